import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
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
  const [reset] = useMutation(ResetPasswordMutation);
  const { form, dialogProps } = useVersionedForm({
    record: user,
    defaultValues: { password: '' },
    update: ({ password }, { id }, version) => reset({ variables: { input: { id, version, password } } }),
    savedMessage: t('admin.resetDone'),
    onClose,
    onReload,
  });

  return (
    <FormDialog open maxWidth="xs" title={t('admin.resetPasswordTitle', { name: user.displayName })} {...dialogProps}>
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
