import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SaveStatusIcon } from '../../../shared/components/SaveStatusIcon';
import type { DraftStatus } from '../hooks/useOpinionDraft';

const COLORS: Record<DraftStatus, string> = {
  saved: 'success.main',
  dirty: 'text.secondary',
  saving: 'text.secondary',
  offline: 'warning.main',
  invalid: 'text.secondary',
  error: 'error.main',
  conflict: 'warning.main',
  locked: 'text.secondary',
};

/** Where a draft opinion stands: saved, waiting, saving, offline, or held back. */
export function AutosaveStatus({ status, onSaveNow }: { status: DraftStatus; onSaveNow: () => void }) {
  const { t: ot } = useTranslation('opinions');
  const canRetry = status === 'dirty' || status === 'offline' || status === 'error';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
      <SaveStatusIcon status={status} color={COLORS[status]} />
      <Typography variant="caption" role="status" aria-live="polite" data-testid="autosave-status" data-status={status} sx={{ color: COLORS[status] }}>
        {ot(`autosave.${status}`)}
      </Typography>
      {canRetry && (
        <Button size="small" onClick={onSaveNow} sx={{ py: 0, minWidth: 0 }}>
          {ot('autosave.saveNow')}
        </Button>
      )}
    </Box>
  );
}
