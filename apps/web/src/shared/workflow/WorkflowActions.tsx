import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks/useLang';
import { FailedPreconditions } from './preconditions';
import type { WorkflowAction, WorkflowConfig } from './types';

/** The action the user chose: the event, and whether they move on although its preconditions fail. */
export interface WorkflowChoice<E extends string, S extends string> {
  action: WorkflowAction<E, S>;
  override: boolean;
}

interface Props<E extends string, S extends string> {
  config: WorkflowConfig<E, S>;
  /** The record's `availableActions`, as the server computed them for the caller. */
  actions: readonly WorkflowAction<E, S>[];
  /** The dialog that confirms the chosen action (usually a `TransitionDialog`). */
  dialog: (choice: WorkflowChoice<E, S>, close: () => void) => ReactNode;
  /** Buttons only (a list's rows). */
  compact?: boolean;
  /** Say so when every precondition is met. */
  showMet?: boolean;
  testId?: string;
}

/**
 * The workflow buttons the server offers this user now (`availableActions`), nothing else: an action whose
 * preconditions fail is disabled, with the conditions listed (PRECONDITION_LABELS), and offers the override
 * (with a written reason) where the server allows it.
 */
export function WorkflowActions<E extends string, S extends string>({ config, actions, dialog, compact = false, showMet = false, testId }: Props<E, S>) {
  const { t } = useTranslation('workflow');
  const { label } = useLang();
  const [open, setOpen] = useState<WorkflowChoice<E, S> | null>(null);
  if (actions.length === 0) return null;
  const failed = [...new Set(actions.flatMap((a) => a.failedPreconditions))];
  const size = compact ? 'small' : 'medium';

  return (
    <Box sx={compact ? { display: 'inline-flex', gap: 1 } : { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }} data-testid={testId}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {actions.map((action) => {
          const tone = config.tones?.[action.event] ?? 'primary';
          const blocked = action.failedPreconditions.length > 0;
          return [
            <Button
              key={action.event}
              size={size}
              variant={tone === 'warning' ? 'outlined' : 'contained'}
              color={tone}
              disabled={blocked}
              onClick={() => setOpen({ action, override: false })}
            >
              {label(config.events[action.event])}
            </Button>,
            blocked && action.mayOverride && (
              <Button key={`${action.event}-override`} size={size} variant="outlined" color="warning" onClick={() => setOpen({ action, override: true })}>
                {t('actions.override')}
              </Button>
            ),
          ];
        })}
      </Box>
      {!compact && <FailedPreconditions codes={failed} showMet={showMet} />}
      {open && dialog(open, () => setOpen(null))}
    </Box>
  );
}
