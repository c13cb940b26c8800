import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../hooks/useServerErrors';
import { ServerErrorAlert } from './ServerErrorAlert';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onClose: () => void;
  /** Throws to keep the dialog open with the server's message. */
  onConfirm: () => Promise<unknown>;
  /** Offered on CONFLICT. */
  onReload?: () => void;
}

/** Asks before an action that cannot be undone (delete, deactivate) and shows why the server refused. */
export function ConfirmDialog({ open, title, message, confirmLabel, danger, onClose, onConfirm, onReload }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { problem, handle, clear } = useServerErrors();
  const close = () => {
    clear();
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    clear();
    try {
      await onConfirm();
      close();
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : close} maxWidth="xs" aria-labelledby="confirm-dialog-title">
      <DialogTitle id="confirm-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <ServerErrorAlert
          problem={problem}
          onReload={
            onReload &&
            (() => {
              onReload();
              close();
            })
          }
        />
        <DialogContentText>{message}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={close} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color={danger ? 'error' : 'primary'} onClick={confirm} loading={busy}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
