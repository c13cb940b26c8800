import Typography from '@mui/material/Typography';
import type { ResponseEvent, ResponseState } from '@kensho/domain';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TransitionDialog, WorkflowActions, type WorkflowAction } from '../../../shared/workflow';
import { useResponseMutations } from '../hooks/useResponseMutations';
import { responseWorkflow } from '../workflow';

const TEXTS: Record<ResponseEvent, { title: ParseKeys<'responses'>; confirm: ParseKeys<'responses'> }> = {
  SUBMIT: { title: 'entry.submitTitle', confirm: 'entry.submitConfirm' },
  RETURN: { title: 'entry.returnTitle', confirm: 'entry.returnConfirm' },
  APPROVE: { title: 'entry.approveTitle', confirm: 'entry.approveConfirm' },
  REOPEN: { title: 'entry.reopenTitle', confirm: 'entry.reopenConfirm' },
};

interface Props {
  response: { id: string; version: number; marks: string; text: string; availableActions: readonly WorkflowAction<ResponseEvent, ResponseState>[] };
  /** What it answers, named in the dialog (the entry's name in the queue). */
  context?: string;
  onReload: () => Promise<{ version: number } | null | undefined>;
  /** Runs before submitting (the editor saves what is still unsaved); the version to act on, or null to stop. */
  prepare?: () => Promise<number | null>;
  compact?: boolean;
}

/** A response's workflow buttons (what the server offers) and the dialog that confirms each. */
export function ResponseActions({ response, context, onReload, prepare, compact = false }: Props) {
  const { t: rt } = useTranslation('responses');
  const { fire } = useResponseMutations();
  return (
    <WorkflowActions
      config={responseWorkflow}
      actions={response.availableActions}
      compact={compact}
      testId="response-actions"
      dialog={({ action }, close) => (
        <TransitionDialog
          config={responseWorkflow}
          action={action}
          record={response}
          title={rt(TEXTS[action.event].title)}
          fire={({ id, version, comment }) => fire(action.event, { id, version, comment })}
          onReload={onReload}
          onClose={close}
          prepare={action.event === 'SUBMIT' ? prepare : undefined}
        >
          <Typography sx={{ fontWeight: 700 }}>
            {context ? `${context} ` : ''}
            {response.marks}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', bgcolor: 'background.default', p: 1, borderRadius: 1, maxHeight: 160, overflow: 'auto' }}>
            {response.text}
          </Typography>
          <Typography variant="body2">{rt(TEXTS[action.event].confirm)}</Typography>
        </TransitionDialog>
      )}
    />
  );
}
