import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import { toServerProblem } from '../errors';

interface Props {
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Rendered once the data is there. */
  children: ReactNode;
  hasData: boolean;
}

/** Loading and load errors of a screen, the same everywhere. */
export function QueryState({ loading, error, onRetry, children, hasData }: Props) {
  const { t } = useTranslation();
  if (error && !hasData) {
    const p = toServerProblem(error);
    return (
      <Alert
        severity="error"
        action={onRetry ? <Button color="inherit" size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      >
        {p.message}
      </Alert>
    );
  }
  if (loading && !hasData) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 3, color: 'text.secondary' }} role="status">
        <CircularProgress size={20} />
        {t('common.loading')}
      </Box>
    );
  }
  return <>{children}</>;
}
