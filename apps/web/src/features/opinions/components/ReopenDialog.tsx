import Typography from '@mui/material/Typography';
import { COUNCIL_OPINION_EVENT_LABELS, LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { useConsolidationMutations, type ConsolidationCouncilOpinion } from '../hooks/useConsolidation';

/** Reopens a confirmed council opinion; the reason is asked for when the server requires it. */
export function ReopenDialog({ opinion, onClose, onReload }: { opinion: ConsolidationCouncilOpinion; onClose: () => void; onReload: () => void }) {
  const { t: ot } = useTranslation('opinions');
  const { label, lang } = useLang();
  const notify = useNotify();
  const { reopen } = useConsolidationMutations();
  const form = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const { problem, handle, clear } = useServerErrors(form);
  const required = opinion.availableActions.find((a) => a.event === 'REOPEN')?.requiresComment ?? true;

  const submit = form.handleSubmit(async ({ comment }) => {
    clear();
    try {
      await reopen({ variables: { input: { id: opinion.id, version: opinion.version, comment: comment.trim() || null } } });
      notify(ot('council.reopened'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      title={ot('council.reopenTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      problem={problem}
      onReload={() => {
        onReload();
        onClose();
      }}
      submitLabel={label(COUNCIL_OPINION_EVENT_LABELS.REOPEN)}
      submitColor="warning"
    >
      <Typography variant="body2">{ot('council.reopenMessage', { mark: opinion.mark })}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', bgcolor: 'background.default', p: 1, borderRadius: 1 }}>
        {opinion.text}
      </Typography>
      <FormTextField
        control={form.control}
        name="comment"
        label={ot('council.reason')}
        multiline
        minRows={3}
        required={required}
        autoFocus
        maxLength={LIMITS.reason}
        rules={
          required
            ? { required: { value: true, message: ot('council.reasonRequired') }, validate: (v) => (v.trim() ? true : ot('council.reasonRequired')), maxLength: rules.maxLength(LIMITS.reason, lang) }
            : { maxLength: rules.maxLength(LIMITS.reason, lang) }
        }
      />
    </FormDialog>
  );
}
