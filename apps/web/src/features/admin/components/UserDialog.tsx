import { useMutation } from '@apollo/client/react';
import { LIMITS, ROLE_LABELS, ROLES, type Role } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment, UsersQuery } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules } from '../../../shared/validation';
import { CreateUserMutation, UpdateUserMutation, UsersQuery as UsersDoc } from '../graphql/users';

interface Values {
  loginId: string;
  displayName: string;
  password: string;
  role: Role;
  departmentId: string;
  memberId: string;
}

const toValues = (u?: UserFieldsFragment): Values => ({
  loginId: u?.loginId ?? '',
  displayName: u?.displayName ?? '',
  password: '',
  role: u?.role ?? 'DEPARTMENT_STAFF',
  departmentId: u?.departmentId ?? '',
  memberId: u?.memberId ?? '',
});

interface Props {
  data: UsersQuery;
  user?: UserFieldsFragment;
  /** The administrator's own account: the role cannot change. */
  isSelf: boolean;
  onClose: () => void;
  onReload?: () => Promise<UserFieldsFragment | undefined>;
}

/** A user account: login ID and initial password (new only), name, role, and department or member. */
export function UserDialog({ data, user, isSelf, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang, label } = useLang();
  const [create] = useMutation(CreateUserMutation, { refetchQueries: [UsersDoc] });
  const [update] = useMutation(UpdateUserMutation);
  const fields = (v: Values) => ({
    displayName: v.displayName.trim(),
    role: v.role,
    departmentId: v.role === 'DEPARTMENT_STAFF' ? v.departmentId || null : null,
    memberId: v.role === 'COMMITTEE_MEMBER' ? v.memberId || null : null,
  });
  const { form, dialogProps } = useVersionedForm({
    record: user,
    toValues,
    create: (v) => create({ variables: { input: { ...fields(v), loginId: v.loginId.trim(), password: v.password } } }),
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });
  const role = form.watch('role');
  const taken = new Map(data.users.filter((u) => u.memberId && u.id !== user?.id).map((u) => [u.memberId!, u.loginId]));

  return (
    <FormDialog open title={user ? t('admin.userDialogEdit') : t('admin.userDialogNew')} {...dialogProps}>
      <FormTextField
        control={form.control}
        name="loginId"
        label={t('admin.loginId')}
        required={!user}
        disabled={!!user}
        autoComplete="off"
        autoFocus={!user}
        maxLength={LIMITS.loginId}
        rules={user ? {} : { required: rules.required(lang), minLength: rules.minLength(3, lang), maxLength: rules.maxLength(LIMITS.loginId, lang) }}
      />
      <FormTextField
        control={form.control}
        name="displayName"
        label={t('admin.displayName')}
        required
        maxLength={LIMITS.name}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.name, lang) }}
      />
      {!user && (
        <FormTextField
          control={form.control}
          name="password"
          type="password"
          label={t('admin.password')}
          required
          autoComplete="new-password"
          maxLength={LIMITS.passwordMax}
          helperText={t('admin.passwordHelp', { min: LIMITS.passwordMin })}
          rules={{ required: rules.required(lang), minLength: rules.minLength(LIMITS.passwordMin, lang) }}
        />
      )}
      <FormSelectField
        control={form.control}
        name="role"
        label={t('admin.role')}
        required
        disabled={isSelf}
        options={ROLES.filter((r) => data.assignableRoles.includes(r) || r === user?.role).map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
      />
      {role === 'DEPARTMENT_STAFF' && (
        <FormSelectField
          control={form.control}
          name="departmentId"
          label={t('admin.department')}
          required
          rules={{ required: rules.required(lang) }}
          options={data.departments.map((d) => ({ value: d.id, label: d.bureau ? t('common.withNote', { main: d.name, note: d.bureau }) : d.name }))}
        />
      )}
      {role === 'COMMITTEE_MEMBER' && (
        <FormSelectField
          control={form.control}
          name="memberId"
          label={t('admin.member')}
          required
          rules={{ required: rules.required(lang) }}
          options={[...data.members]
            .sort((a, b) => a.sortOrder - b.sortOrder)
            .map((m) => ({ value: m.id, label: taken.has(m.id) ? t('common.withNote', { main: m.name, note: taken.get(m.id) }) : m.name, disabled: taken.has(m.id) }))}
        />
      )}
    </FormDialog>
  );
}
