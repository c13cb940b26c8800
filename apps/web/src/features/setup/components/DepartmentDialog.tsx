import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
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
  onReload?: () => Promise<DepartmentFieldsFragment | undefined>;
}

/** A department (所管課) and its bureau (局). */
export function DepartmentDialog({ department, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [create] = useMutation(CreateDepartmentMutation, { refetchQueries: [DepartmentsQuery] });
  const [update] = useMutation(UpdateDepartmentMutation);
  const fields = (v: Values) => ({ name: v.name.trim(), bureau: v.bureau.trim() || null });
  const { form, dialogProps } = useVersionedForm({
    record: department,
    toValues,
    create: (v) => create({ variables: { input: fields(v) } }),
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });

  return (
    <FormDialog open maxWidth="xs" title={department ? t('setup.departmentDialogEdit') : t('setup.departmentDialogNew')} {...dialogProps}>
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
