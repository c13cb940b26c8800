import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** 凡例: each tag's mark and what it means (※ は新型コロナウイルス感染症を踏まえた意見). */
export function TagLegend({ tags }: { tags: ReadonlyArray<{ id: string; mark: string; label: string; legend: string }> }) {
  const { t: ot } = useTranslation('opinions');
  if (tags.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'baseline' }} data-testid="tag-legend">
      <Typography variant="caption" sx={{ fontWeight: 700 }}>
        {ot('council.legend')}
      </Typography>
      {tags.map((t) => (
        <Typography key={t.id} variant="caption">
          {/* a legend usually starts with its mark (※ は…); otherwise the mark goes first */}
          {!t.legend.startsWith(t.mark) && (
            <Box component="span" sx={{ fontWeight: 700, color: 'secondary.main', mr: 0.5 }}>
              {t.mark}
            </Box>
          )}
          {t.legend}
        </Typography>
      ))}
    </Box>
  );
}
