import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { ServerProblem } from '../errors';

interface Props {
  problem: ServerProblem | null;
  /** Offered on CONFLICT: load the latest version (discards what was typed). */
  onReload?: () => void;
}

/** The server's message; on CONFLICT, says that someone else saved first and offers to reload. */
export function ServerErrorAlert({ problem, onReload }: Props) {
  const { t } = useTranslation();
  if (!problem) return null;
  const conflict = problem.code === 'CONFLICT';
  return (
    <Alert
      severity={conflict ? 'warning' : 'error'}
      role="alert"
      sx={{ mb: 2 }}
      action={
        conflict && onReload ? (
          <Button color="inherit" size="small" onClick={onReload} sx={{ whiteSpace: 'nowrap' }}>
            {t('common.reloadLatest')}
          </Button>
        ) : undefined
      }
    >
      {conflict ? <AlertTitle sx={{ fontWeight: 700 }}>{problem.message}</AlertTitle> : problem.message}
      {conflict && t('common.conflictHint')}
      {problem.fields.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {problem.fields.filter((f) => f.message !== problem.message).map((f) => (
            <li key={f.field + f.message}>{f.message}</li>
          ))}
        </ul>
      )}
      {problem.code === 'INTERNAL_SERVER_ERROR' && problem.requestId && !problem.message.includes(problem.requestId) && (
        <div>{t('common.requestId', { id: problem.requestId })}</div>
      )}
    </Alert>
  );
}
