import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_EVENT_LABELS, CYCLE_PHASE_LABELS, LIMITS, PRECONDITION_LABELS, type CyclePhase } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CycleActionFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { AdvanceCycleMutation } from '../graphql/cycles';

type Action = CycleActionFieldsFragment['availableActions'][number];

interface Props {
  cycle: { id: string; version: number; phase: CyclePhase };
  action: Action;
  /** Move on although preconditions fail: the reason is required and recorded. */
  override: boolean;
  onClose: () => void;
  /** Reads the cycle again; returns its latest version. */
  onReload: () => Promise<{ version: number } | undefined>;
}

/** Confirms a phase change; with an override, asks for the written reason. */
export function AdvanceDialog({ cycle, action, override, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { label, lang } = useLang();
  const notify = useNotify();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, handle, clear } = useServerErrors(form);
  const [advance, { loading }] = useMutation(AdvanceCycleMutation);
  // The version the user decided on; a newer one arrives only when they reload (CONFLICT).
  const [version, setVersion] = useState(cycle.version);

  const submit = form.handleSubmit(async ({ reason }) => {
    clear();
    try {
      await advance({
        variables: { input: { id: cycle.id, version, event: action.event, override, reason: reason.trim() || null } },
      });
      notify(t('cycles.advanced', { phase: label(CYCLE_PHASE_LABELS[action.toPhase]) }));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      title={override ? t('cycles.overrideTitle') : label(CYCLE_PHASE_EVENT_LABELS[action.event])}
      onClose={onClose}
      onSubmit={submit}
      submitting={loading}
      problem={problem}
      onReload={async () => {
        const latest = await onReload();
        if (latest) setVersion(latest.version);
        clear();
      }}
      submitLabel={label(CYCLE_PHASE_EVENT_LABELS[action.event])}
      submitColor={override ? 'warning' : 'primary'}
    >
      <Typography>
        {t('cycles.advanceConfirm', { from: label(CYCLE_PHASE_LABELS[cycle.phase]), to: label(CYCLE_PHASE_LABELS[action.toPhase]) })}
      </Typography>
      {override && (
        <Alert severity="warning">
          {t('cycles.overrideIntro')}
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {action.failedPreconditions.map((code) => (
              <li key={code}>{PRECONDITION_LABELS[code] ? label(PRECONDITION_LABELS[code]) : code}</li>
            ))}
          </ul>
        </Alert>
      )}
      <FormTextField
        control={form.control}
        name="reason"
        label={override ? t('cycles.reason') : t('cycles.comment')}
        multiline
        minRows={3}
        required={override}
        autoFocus
        maxLength={LIMITS.reason}
        rules={
          override
            ? { required: { value: true, message: t('cycles.reasonRequired') }, validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.reason, lang) }
            : { maxLength: rules.maxLength(LIMITS.reason, lang) }
        }
      />
    </FormDialog>
  );
}
