import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useSession } from '../features/auth/hooks/useSession';
import { LanguageSwitch } from '../features/shell/components/LanguageSwitch';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function SignInPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const state = useLocation().state as { from?: string; signedOut?: boolean } | null;
  const from = state?.from ?? '/';
  usePageTitle(t('auth.title'));
  if (user && !state?.signedOut) return <Navigate to={from} replace />;
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Box sx={{ width: '100%', maxWidth: 400 }}>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <LanguageSwitch />
        </Box>
        <Paper sx={{ p: 4 }}>
          <Typography component="div" sx={{ fontSize: '2rem', fontWeight: 800, color: 'primary.main', letterSpacing: '0.1em' }}>
            {t('app.name')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t('auth.lead')}
          </Typography>
          <Typography variant="h2" component="h1" sx={{ mb: 2 }}>
            {t('auth.title')}
          </Typography>
          <SignInForm onSignedIn={() => navigate(from, { replace: true })} />
        </Paper>
      </Box>
    </Box>
  );
}
