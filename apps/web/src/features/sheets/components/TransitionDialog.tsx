import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { LIMITS, SHEET_EVENT_LABELS, SHEET_STATE_LABELS, type SheetEvent, type SheetState } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { useSheetTransition } from '../hooks/useSheetTransition';

export interface SheetActionLike {
  event: SheetEvent;
  toState: SheetState;
  requiresComment: boolean;
}

interface Props {
  sheet: { id: string; version: number; project: { name: string } };
  action: SheetActionLike;
  onClose: () => void;
  /** Reads the sheet again (offered on CONFLICT). */
  onReload: () => void;
  /** Runs first (the editor saves what is still unsaved); returns the version to act on, or null to stop. */
  prepare?: () => Promise<number | null>;
}

const TEXTS: Record<SheetEvent, { title: ParseKeys<'sheets'>; confirm: ParseKeys<'sheets'> }> = {
  SUBMIT: { title: 'transition.submitTitle', confirm: 'transition.submitConfirm' },
  ACCEPT: { title: 'transition.acceptTitle', confirm: 'transition.acceptConfirm' },
  RETURN: { title: 'transition.returnTitle', confirm: 'transition.returnConfirm' },
  REOPEN: { title: 'transition.reopenTitle', confirm: 'transition.reopenConfirm' },
};

/** Confirms one workflow event; asks for the comment the server requires (return, reopen). */
export function TransitionDialog({ sheet, action, onClose, onReload, prepare }: Props) {
  const { t: st } = useTranslation('sheets');
  const { label, lang } = useLang();
  const notify = useNotify();
  const form = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const { problem, handle, clear } = useServerErrors(form);
  const { run, loading } = useSheetTransition();
  const required = action.requiresComment;
  const texts = TEXTS[action.event];

  const submit = form.handleSubmit(async ({ comment }) => {
    clear();
    try {
      const version = prepare ? await prepare() : sheet.version;
      if (version === null) {
        // the editor could not save first; its status bar says why
        onClose();
        return;
      }
      await run(action.event, { id: sheet.id, version, comment: comment.trim() || null });
      notify(st('transition.done', { state: label(SHEET_STATE_LABELS[action.toState]) }));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      title={st(texts.title)}
      onClose={onClose}
      onSubmit={submit}
      submitting={loading || form.formState.isSubmitting}
      problem={problem}
      onReload={() => {
        onReload();
        clear();
      }}
      submitLabel={label(SHEET_EVENT_LABELS[action.event])}
      submitColor={action.event === 'RETURN' || action.event === 'REOPEN' ? 'warning' : 'primary'}
    >
      <Typography sx={{ fontWeight: 700 }}>{sheet.project.name}</Typography>
      <Typography variant="body2">{st(texts.confirm)}</Typography>
      {action.event === 'SUBMIT' && prepare && (
        <Alert severity="info" variant="outlined">
          {st('transition.saveFirst')}
        </Alert>
      )}
      <FormTextField
        control={form.control}
        name="comment"
        label={required ? (action.event === 'REOPEN' ? st('transition.reason') : st('transition.comment')) : st('transition.commentOptional')}
        multiline
        minRows={3}
        required={required}
        autoFocus={required}
        maxLength={LIMITS.comment}
        rules={
          required
            ? {
                required: { value: true, message: st('transition.commentRequired') },
                validate: (v) => (v.trim() ? true : st('transition.commentRequired')),
                maxLength: rules.maxLength(LIMITS.comment, lang),
              }
            : { maxLength: rules.maxLength(LIMITS.comment, lang) }
        }
      />
    </FormDialog>
  );
}
