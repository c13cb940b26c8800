import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_EVENT_LABELS, CYCLE_PHASE_LABELS, LIMITS, PRECONDITION_LABELS, type CyclePhase } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleActionFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
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
  const [advance] = useMutation(AdvanceCycleMutation);
  // The version the user decided on; a newer one arrives only when they reload (CONFLICT).
  const { form, dialogProps } = useVersionedForm({
    record: cycle,
    defaultValues: { reason: '' },
    update: ({ reason }, { id }, version) =>
      advance({ variables: { input: { id, version, event: action.event, override, reason: reason.trim() || null } } }),
    savedMessage: t('cycles.advanced', { phase: label(CYCLE_PHASE_LABELS[action.toState]) }),
    onClose,
    onReload: async () => {
      const latest = await onReload();
      return latest && { ...cycle, version: latest.version };
    },
  });

  return (
    <FormDialog
      open
      title={override ? t('cycles.overrideTitle') : label(CYCLE_PHASE_EVENT_LABELS[action.event])}
      {...dialogProps}
      submitLabel={label(CYCLE_PHASE_EVENT_LABELS[action.event])}
      submitColor={override ? 'warning' : 'primary'}
    >
      <Typography>
        {t('cycles.advanceConfirm', { from: label(CYCLE_PHASE_LABELS[cycle.phase]), to: label(CYCLE_PHASE_LABELS[action.toState]) })}
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
