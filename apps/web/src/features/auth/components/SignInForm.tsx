import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../shared/components/FormFields';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { MeQuery, SignInMutation } from '../graphql/session';
import { takeSessionExpired } from '../hooks/sessionExpired';

interface Values {
  loginId: string;
  password: string;
}

/** Login ID and password; the server's message (wrong password, too many attempts) in the user's language. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const client = useApolloClient();
  const [expired] = useState(takeSessionExpired);
  const form = useForm<Values>({ defaultValues: { loginId: '', password: '' } });
  const { problem, handle, clear } = useServerErrors(form);
  const [signIn, { loading }] = useMutation(SignInMutation);

  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      const { data } = await signIn({ variables: { input: { loginId: values.loginId.trim(), password: values.password } } });
      if (data) client.cache.writeQuery({ query: MeQuery, data: { me: data.signIn } });
      onSignedIn();
    } catch (e) {
      handle(e);
      form.setValue('password', '');
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.title')}>
      <Stack spacing={2}>
        {expired && !problem && <Alert severity="info">{t('auth.sessionExpired')}</Alert>}
        <ServerErrorAlert problem={problem} />
        <FormTextField
          control={form.control}
          name="loginId"
          label={t('auth.loginId')}
          autoComplete="username"
          autoFocus
          maxLength={LIMITS.loginId}
          rules={{ validate: rules.notBlank(lang), required: rules.required(lang) }}
        />
        <FormTextField
          control={form.control}
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          rules={{ required: rules.required(lang) }}
        />
        <Button type="submit" variant="contained" size="large" loading={loading} fullWidth>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
