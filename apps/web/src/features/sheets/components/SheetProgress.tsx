import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { SHEET_STATE_COLORS, SHEET_STATE_LABELS, SHEET_STATES, type SheetState } from '@kensho/domain';
import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

interface Props {
  progress: ReadonlyArray<{ state: SheetState; count: number }>;
  /** Clicking a state filters the queue by it. */
  onSelect?: (state: SheetState) => void;
  selected?: readonly SheetState[];
}

/** The whole cycle at a glance: how many sheets are in each state (Cycle.sheetProgress). */
export function SheetProgress({ progress, onSelect, selected = [] }: Props) {
  const { t: st } = useTranslation('sheets');
  const { label } = useLang();
  const theme = useTheme();
  const count = (s: SheetState) => progress.find((p) => p.state === s)?.count ?? 0;
  const total = SHEET_STATES.reduce((n, s) => n + count(s), 0);
  const colour = (s: SheetState) => {
    const c = SHEET_STATE_COLORS[s];
    return c === 'default' ? theme.palette.grey[400] : theme.palette[c].main;
  };
  return (
    <Paper component="section" aria-labelledby="progress-title" sx={{ p: 2, mb: 2 }} data-testid="sheet-progress">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1 }}>
        <Typography variant="h3" component="h2" id="progress-title">
          {st('review.progress')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {st('review.progressSummary', { total, accepted: count('ACCEPTED') })}
        </Typography>
      </Box>
      <Box role="img" aria-label={st('review.progressBar')} sx={{ display: 'flex', height: 10, borderRadius: 5, overflow: 'hidden', bgcolor: 'grey.200', mb: 1.5 }}>
        {SHEET_STATES.map((s) => (total && count(s) ? <Box key={s} sx={{ width: `${(count(s) / total) * 100}%`, bgcolor: colour(s) }} /> : null))}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))', gap: 1 }}>
        {SHEET_STATES.map((s) => (
          <ButtonBase
            key={s}
            onClick={onSelect ? () => onSelect(s) : undefined}
            disabled={!onSelect}
            aria-pressed={onSelect ? selected.includes(s) : undefined}
            data-testid={`progress-${s}`}
            sx={{
              justifyContent: 'flex-start',
              gap: 1.5,
              px: 1.5,
              py: 1,
              border: 1,
              borderColor: selected.includes(s) ? 'primary.main' : 'divider',
              borderRadius: 1,
              bgcolor: selected.includes(s) ? 'action.selected' : undefined,
            }}
          >
            <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: colour(s), flexShrink: 0 }} />
            <Typography variant="body2" sx={{ flexGrow: 1, textAlign: 'left' }}>
              {label(SHEET_STATE_LABELS[s])}
            </Typography>
            <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{count(s)}</Typography>
          </ButtonBase>
        ))}
      </Box>
    </Paper>
  );
}
