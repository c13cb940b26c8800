import Chip from '@mui/material/Chip';
import { CYCLE_PHASE_COLORS, CYCLE_PHASE_LABELS, type CyclePhase } from '@kensho/domain';
import { useLang } from '../../../shared/hooks/useLang';

/** A cycle's phase, labelled and coloured from the one map in @kensho/domain. */
export function PhaseChip({ phase, size = 'small' }: { phase: CyclePhase; size?: 'small' | 'medium' }) {
  const { label } = useLang();
  const color = CYCLE_PHASE_COLORS[phase];
  return <Chip size={size} color={color} variant={color === 'default' ? 'outlined' : 'filled'} label={label(CYCLE_PHASE_LABELS[phase])} sx={{ fontWeight: 700 }} />;
}
