import type { FormEvent, ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ServerProblem } from '../errors';
import { ServerErrorAlert } from './ServerErrorAlert';

export interface FormDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  submitting: boolean;
  problem: ServerProblem | null;
  onReload?: () => void;
  submitLabel?: string;
  submitColor?: 'primary' | 'error' | 'warning';
  maxWidth?: 'xs' | 'sm' | 'md';
  children: ReactNode;
}

/** A dialog around a form: title, the server's problem, the fields, cancel and save. */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const { open, title, onClose, onSubmit, submitting, problem, onReload, submitLabel, submitColor = 'primary', maxWidth = 'sm', children } = props;
  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      maxWidth={maxWidth}
      aria-labelledby="form-dialog-title"
      slotProps={{ paper: { component: 'form', onSubmit, noValidate: true } as object }}
    >
      <DialogTitle id="form-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <ServerErrorAlert problem={problem} onReload={onReload} />
        <Stack spacing={2} sx={{ pt: 0.5 }}>
          {children}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={submitting}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="contained" color={submitColor} loading={submitting}>
          {submitLabel ?? t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
