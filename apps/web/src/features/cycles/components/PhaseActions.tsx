import { useMutation } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleActionFieldsFragment } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { TransitionDialog, WorkflowActions } from '../../../shared/workflow';
import { AdvanceCycleMutation } from '../graphql/cycles';
import { cycleWorkflow } from '../workflow';

/**
 * The phase changes the server offers this user now (`availableActions`), nothing else: each with the
 * preconditions that fail, and the override (with a written reason) where the server allows it.
 */
export function PhaseActions({ cycle, onReload }: { cycle: CycleActionFieldsFragment; onReload: () => Promise<{ version: number } | undefined> }) {
  const { t } = useTranslation();
  const { label } = useLang();
  const [advance] = useMutation(AdvanceCycleMutation);
  if (cycle.availableActions.length === 0) return null;

  return (
    <Paper sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="phase-actions-title">
      <Typography variant="h3" component="h2" id="phase-actions-title" sx={{ mb: 1 }}>
        {t('cycles.phaseActions')}
      </Typography>
      <WorkflowActions
        config={cycleWorkflow}
        actions={cycle.availableActions}
        showMet
        dialog={({ action, override }, close) => (
          <TransitionDialog
            config={cycleWorkflow}
            action={action}
            override={override}
            record={cycle}
            fire={({ id, version, comment }) => advance({ variables: { input: { id, version, event: action.event, override, reason: comment } } })}
            doneMessage={t('cycles.advanced', { phase: label(CYCLE_PHASE_LABELS[action.toState]) })}
            onReload={onReload}
            onClose={close}
          >
            <Typography>
              {t('cycles.advanceConfirm', { from: label(CYCLE_PHASE_LABELS[cycle.phase]), to: label(CYCLE_PHASE_LABELS[action.toState]) })}
            </Typography>
          </TransitionDialog>
        )}
      />
    </Paper>
  );
}
