import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SaveStatusIcon } from '../../../shared/components/SaveStatusIcon';
import type { SaveStatus } from '../hooks/useSheetDraft';

const COLORS: Record<SaveStatus, string> = {
  saved: 'success.main',
  dirty: 'text.secondary',
  saving: 'text.secondary',
  offline: 'warning.main',
  invalid: 'error.main',
  error: 'error.main',
  conflict: 'warning.main',
  locked: 'text.secondary',
};

/** Where the draft stands: saved (which version), waiting, saving, offline, held back, or no longer editable. */
export function SaveStatusBar({ status, version, onSaveNow }: { status: SaveStatus; version: number; onSaveNow: () => void }) {
  const { t: st } = useTranslation('sheets');
  const canRetry = status === 'dirty' || status === 'offline' || status === 'error';
  return (
    <Box
      sx={{
        position: 'sticky',
        top: 48,
        zIndex: 2,
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 0.75,
        mb: 2,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <SaveStatusIcon status={status} color={COLORS[status]} />
      <Typography variant="body2" role="status" aria-live="polite" data-testid="save-status" data-status={status} sx={{ color: COLORS[status], flexGrow: 1 }}>
        {st(`editor.status.${status}`, { version })}
      </Typography>
      {canRetry && (
        <Button size="small" onClick={onSaveNow}>
          {st('editor.saveNow')}
        </Button>
      )}
    </Box>
  );
}
