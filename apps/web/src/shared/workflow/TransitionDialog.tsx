import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../components/FormDialog';
import { FormTextField } from '../components/FormFields';
import { useLang } from '../hooks/useLang';
import { useDialogSubmit } from '../components/useDialogSubmit';
import { rules } from '../validation';
import { usePreconditionLabel } from './preconditions';
import type { WorkflowAction, WorkflowConfig } from './types';

/** What a transition's mutation is given: the record at the version the user decided on. */
export interface TransitionInput {
  id: string;
  version: number;
  comment: string | null;
  override: boolean;
}

interface Props<E extends string, S extends string> {
  config: WorkflowConfig<E, S>;
  action: WorkflowAction<E, S>;
  /** Move on although preconditions fail: the reason is required and recorded. */
  override?: boolean;
  record: { id: string; version: number };
  /** The dialog's title; the event's label when not given. */
  title?: string;
  /** What the record is and what the event will do. */
  children?: ReactNode;
  /** Fires the event (one mutation per event). */
  fire: (input: TransitionInput) => Promise<unknown>;
  /** Reads the record again (offered on CONFLICT); returns its latest version. */
  onReload: () => Promise<{ version: number } | null | undefined>;
  onClose: () => void;
  /** Runs first (an editor saves what is still unsaved); returns the version to act on, or null to stop. */
  prepare?: () => Promise<number | null>;
  /** What the user is told afterwards; 「<state>」にしました。 when not given. */
  doneMessage?: string;
}

/**
 * Confirms one workflow event: asks for the comment the server requires (a reason for a step back or an
 * override), acts on the version the user saw (a newer one only after they reload on CONFLICT).
 */
export function TransitionDialog<E extends string, S extends string>(props: Props<E, S>) {
  const { config, action, override = false, record, title, children, fire, onReload, onClose, prepare, doneMessage } = props;
  const { t } = useTranslation('workflow');
  const { label, lang } = useLang();
  const name = usePreconditionLabel();
  const form = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const [version, setVersion] = useState(record.version);
  const required = !!action.requiresComment || override;
  const reason = override || (config.reasonEvents ?? []).includes(action.event);
  const limit = config.commentLimit ?? LIMITS.reason;
  const requiredMessage = reason ? t('dialog.reasonRequired') : t('dialog.commentRequired');
  const tone = override ? 'warning' : (config.tones?.[action.event] ?? 'primary');

  const { submit, problem, clear } = useDialogSubmit(
    form,
    async ({ comment }) => {
      const at = prepare ? await prepare() : version;
      // null: the editor could not save first; its status bar says why
      if (at === null) return null;
      await fire({ id: record.id, version: at, comment: comment.trim() || null, override });
      return doneMessage ?? t('dialog.done', { state: label(config.states[action.toState]) });
    },
    onClose,
  );

  return (
    <FormDialog
      open
      title={override ? t('dialog.overrideTitle') : (title ?? label(config.events[action.event]))}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      problem={problem}
      onReload={async () => {
        const latest = await onReload();
        if (latest) setVersion(latest.version);
        clear();
      }}
      submitLabel={label(config.events[action.event])}
      submitColor={tone === 'warning' ? 'warning' : 'primary'}
    >
      {children}
      {override && (
        <Alert severity="warning">
          {t('dialog.overrideIntro')}
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {action.failedPreconditions.map((code) => (
              <li key={code}>{name(code)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <FormTextField
        control={form.control}
        name="comment"
        label={required ? (reason ? t('dialog.reason') : t('dialog.comment')) : t('dialog.commentOptional')}
        multiline
        minRows={3}
        required={required}
        autoFocus={required}
        maxLength={limit}
        rules={
          required
            ? {
                required: { value: true, message: requiredMessage },
                validate: (v) => (v.trim() ? true : requiredMessage),
                maxLength: rules.maxLength(limit, lang),
              }
            : { maxLength: rules.maxLength(limit, lang) }
        }
      />
    </FormDialog>
  );
}
