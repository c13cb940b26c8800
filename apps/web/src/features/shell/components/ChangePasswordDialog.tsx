import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { ChangeOwnPasswordMutation } from '../graphql/password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}
const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<Values>({ defaultValues: EMPTY });
  const { problem, handle, clear } = useServerErrors(form);
  const [change, { loading }] = useMutation(ChangeOwnPasswordMutation);

  const close = () => {
    form.reset(EMPTY);
    clear();
    onClose();
  };
  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    clear();
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      notify(t('password.changed'));
      close();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog open={open} title={t('password.title')} onClose={close} onSubmit={submit} submitting={loading} problem={problem} maxWidth="xs">
      <FormTextField control={form.control} name="currentPassword" type="password" label={t('password.current')} autoComplete="current-password" rules={{ required: rules.required(lang) }} />
      <FormTextField
        control={form.control}
        name="newPassword"
        type="password"
        label={t('password.new')}
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        helperText={t('password.minLength', { min: LIMITS.passwordMin })}
        rules={{ required: rules.required(lang), minLength: rules.minLength(LIMITS.passwordMin, lang) }}
      />
      <FormTextField
        control={form.control}
        name="confirmPassword"
        type="password"
        label={t('password.confirm')}
        autoComplete="new-password"
        rules={{ validate: (v, all) => v === all.newPassword || t('password.mismatch') }}
      />
    </FormDialog>
  );
}
