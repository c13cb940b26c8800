import SubdirectoryArrowRightOutlined from '@mui/icons-material/SubdirectoryArrowRightOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

interface Use {
  id: string;
  mark: string;
  text: string;
  state: string;
}

/** Where a submitted opinion went: the council opinions (① and their wording) drawn from it. */
export function UsedIn({ uses }: { uses: readonly Use[] }) {
  const { t: ot } = useTranslation('opinions');
  return (
    <Box sx={{ mt: 1.5, pt: 1, borderTop: 1, borderColor: 'divider' }} data-testid="used-in">
      <Typography variant="caption" sx={{ fontWeight: 700, display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <SubdirectoryArrowRightOutlined fontSize="inherit" />
        {ot('entry.usedIn')}
      </Typography>
      {uses.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {ot('entry.usedInNone')}
        </Typography>
      ) : (
        uses.map((u) => (
          <Box key={u.id} sx={{ display: 'flex', gap: 1, mt: 0.5 }} data-testid="used-in-item">
            <Typography component="span" sx={{ fontWeight: 700, color: 'primary.main', flexShrink: 0 }}>
              {u.mark}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {u.text}
              {u.state === 'DRAFT' && (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                  {ot('entry.usedInDraft')}
                </Typography>
              )}
            </Typography>
          </Box>
        ))
      )}
    </Box>
  );
}
