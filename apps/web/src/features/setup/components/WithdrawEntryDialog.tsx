import { useMutation } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SetupProjectFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useDialogSubmit } from '../../../shared/components/useDialogSubmit';
import { useLang } from '../../../shared/hooks/useLang';
import { rules } from '../../../shared/validation';
import { WithdrawProjectMutation } from '../graphql/entries';

/** Takes an entry out of the year's verification, keeping its sheet, opinions and history, with a reason. */
export function WithdrawEntryDialog({ project, onClose, onReload }: { project: SetupProjectFragment; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [withdraw] = useMutation(WithdrawProjectMutation);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { submit, problem } = useDialogSubmit(
    form,
    async ({ reason }) => {
      await withdraw({ variables: { input: { id: project.id, version: project.version, reason: reason.trim() } } });
      return t('setup.withdrawn', { name: project.name });
    },
    onClose,
  );

  return (
    <FormDialog
      open
      title={t('setup.withdrawTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      problem={problem}
      onReload={() => {
        onReload();
        onClose();
      }}
      submitLabel={t('setup.withdraw')}
      submitColor="warning"
    >
      <Typography variant="body2">{t('setup.withdrawMessage', { name: project.name })}</Typography>
      <FormTextField
        control={form.control}
        name="reason"
        label={t('setup.withdrawReason')}
        multiline
        minRows={3}
        required
        autoFocus
        maxLength={LIMITS.reason}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.reason, lang) }}
      />
    </FormDialog>
  );
}
