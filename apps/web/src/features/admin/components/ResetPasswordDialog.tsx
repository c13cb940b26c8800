import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { ResetPasswordMutation } from '../graphql/users';

interface Props {
  user: UserFieldsFragment;
  onClose: () => void;
  onReload: () => Promise<UserFieldsFragment | undefined>;
}

/** Sets a new password for a user (signs them out everywhere). */
export function ResetPasswordDialog({ user, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<{ password: string }>({ defaultValues: { password: '' } });
  const [version, setVersion] = useState(user.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [reset, { loading }] = useMutation(ResetPasswordMutation);

  const submit = form.handleSubmit(async ({ password }) => {
    clear();
    try {
      await reset({ variables: { input: { id: user.id, version, password } } });
      notify(t('admin.resetDone'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      maxWidth="xs"
      title={t('admin.resetPasswordTitle', { name: user.displayName })}
      onClose={onClose}
      onSubmit={submit}
      submitting={loading}
      problem={problem}
      onReload={async () => {
        const latest = await onReload();
        if (latest) setVersion(latest.version);
        clear();
      }}
    >
      <FormTextField
        control={form.control}
        name="password"
        type="password"
        label={t('admin.newPassword')}
        required
        autoFocus
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        helperText={t('admin.passwordHelp', { min: LIMITS.passwordMin })}
        rules={{ required: rules.required(lang), minLength: rules.minLength(LIMITS.passwordMin, lang) }}
      />
    </FormDialog>
  );
}
