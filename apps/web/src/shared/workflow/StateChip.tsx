import Chip from '@mui/material/Chip';
import { useLang } from '../hooks/useLang';
import type { WorkflowConfig } from './types';

/** A record's state, labelled and coloured from its workflow's maps in @kensho/domain. */
export function StateChip<E extends string, S extends string>({
  config,
  state,
  size = 'small',
}: {
  config: WorkflowConfig<E, S>;
  state: S;
  size?: 'small' | 'medium';
}) {
  const { label } = useLang();
  const color = config.stateColors[state];
  return (
    <Chip
      size={size}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={label(config.states[state])}
      sx={{ fontWeight: 700 }}
      data-testid={config.stateTestId}
      data-state={state}
    />
  );
}
