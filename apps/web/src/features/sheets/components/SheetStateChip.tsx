import Chip from '@mui/material/Chip';
import { SHEET_STATE_COLORS, SHEET_STATE_LABELS, type SheetState } from '@kensho/domain';
import { useLang } from '../../../shared/hooks/useLang';

/** A sheet's state, labelled and coloured from the one map in @kensho/domain. */
export function SheetStateChip({ state, size = 'small' }: { state: SheetState; size?: 'small' | 'medium' }) {
  const { label } = useLang();
  const color = SHEET_STATE_COLORS[state];
  return (
    <Chip
      size={size}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={label(SHEET_STATE_LABELS[state])}
      sx={{ fontWeight: 700 }}
      data-testid="sheet-state"
      data-state={state}
    />
  );
}
