import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { CreateDepartmentMutation, DepartmentsQuery, UpdateDepartmentMutation } from '../graphql/departments';

interface Values {
  name: string;
  bureau: string;
}
const toValues = (d?: DepartmentFieldsFragment): Values => ({ name: d?.name ?? '', bureau: d?.bureau ?? '' });

interface Props {
  department?: DepartmentFieldsFragment;
  onClose: () => void;
  onReload: () => Promise<DepartmentFieldsFragment | undefined>;
}

/** A department (所管課) and its bureau (局). */
export function DepartmentDialog({ department, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<Values>({ defaultValues: toValues(department) });
  const [version, setVersion] = useState(department?.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [create, creating] = useMutation(CreateDepartmentMutation, { refetchQueries: [DepartmentsQuery] });
  const [update, updating] = useMutation(UpdateDepartmentMutation);

  const submit = form.handleSubmit(async (v) => {
    clear();
    const fields = { name: v.name.trim(), bureau: v.bureau.trim() || null };
    try {
      if (department && version !== undefined) await update({ variables: { input: { ...fields, id: department.id, version } } });
      else await create({ variables: { input: fields } });
      notify(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      maxWidth="xs"
      title={department ? t('setup.departmentDialogEdit') : t('setup.departmentDialogNew')}
      onClose={onClose}
      onSubmit={submit}
      submitting={creating.loading || updating.loading}
      problem={problem}
      onReload={
        department &&
        (async () => {
          const latest = await onReload();
          if (latest) {
            form.reset(toValues(latest));
            setVersion(latest.version);
          }
          clear();
        })
      }
    >
      <FormTextField control={form.control} name="bureau" label={t('setup.bureau')} maxLength={LIMITS.name} rules={{ maxLength: rules.maxLength(LIMITS.name, lang) }} />
      <FormTextField
        control={form.control}
        name="name"
        label={t('setup.departmentName')}
        required
        autoFocus
        maxLength={LIMITS.name}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.name, lang) }}
      />
    </FormDialog>
  );
}
