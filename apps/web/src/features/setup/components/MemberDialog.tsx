import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import { LIMITS, MEMBER_CATEGORIES, MEMBER_CATEGORY_LABELS, type MemberCategory } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormCheckbox, FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules, toIntOrNull, toNull } from '../../../shared/validation';
import { CreateMemberMutation, MembersSetupQuery, UpdateMemberMutation } from '../graphql/members';

interface Values {
  name: string;
  affiliation: string;
  title: string;
  category: MemberCategory;
  isChair: boolean;
  alsoCouncilMember: boolean;
  termStart: string;
  termEnd: string;
  sortOrder: string;
  /** New members only: an account to sign in with, made in the same step. */
  withAccount: boolean;
  loginId: string;
  password: string;
}

const toValues = (m?: MemberFieldsFragment): Values => ({
  name: m?.name ?? '',
  affiliation: m?.affiliation ?? '',
  title: m?.title ?? '',
  category: m?.category ?? 'ACADEMIC',
  isChair: m?.isChair ?? false,
  alsoCouncilMember: m?.alsoCouncilMember ?? false,
  termStart: m?.termStart ?? '',
  termEnd: m?.termEnd ?? '',
  sortOrder: m ? String(m.sortOrder) : '',
  withAccount: false,
  loginId: '',
  password: '',
});

interface Props {
  bodyId: string;
  member?: MemberFieldsFragment;
  onClose: () => void;
  onReload?: () => Promise<MemberFieldsFragment | undefined>;
}

/** A member of a body: name, affiliation, title, category, chair, council membership, term. */
export function MemberDialog({ bodyId, member, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang, label } = useLang();
  // A new chair steps the old one down: read the list again after saving.
  const [create] = useMutation(CreateMemberMutation, { refetchQueries: [MembersSetupQuery] });
  const [update] = useMutation(UpdateMemberMutation, { refetchQueries: [MembersSetupQuery] });
  const fields = (v: Values) => ({
    name: v.name.trim(),
    affiliation: v.affiliation.trim(),
    title: v.title.trim(),
    category: v.category,
    isChair: v.isChair,
    alsoCouncilMember: v.alsoCouncilMember,
    termStart: toNull(v.termStart),
    termEnd: toNull(v.termEnd),
    sortOrder: toIntOrNull(v.sortOrder),
  });
  const { form, dialogProps } = useVersionedForm({
    record: member,
    toValues,
    create: (v) =>
      create({ variables: { input: { ...fields(v), bodyId, account: v.withAccount ? { loginId: v.loginId.trim(), password: v.password } : null } } }),
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });

  const withAccount = form.watch('withAccount');
  const required = { required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.name, lang) };
  return (
    <FormDialog open title={member ? t('setup.memberDialogEdit') : t('setup.memberDialogNew')} {...dialogProps}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={form.control} name="name" label={t('setup.memberName')} required autoFocus maxLength={LIMITS.name} rules={required} />
        <FormSelectField
          control={form.control}
          name="category"
          label={t('setup.category')}
          required
          options={MEMBER_CATEGORIES.map((c) => ({ value: c, label: label(MEMBER_CATEGORY_LABELS[c]) }))}
        />
      </Stack>
      <FormTextField control={form.control} name="affiliation" label={t('setup.affiliation')} required maxLength={LIMITS.name} rules={required} />
      <FormTextField control={form.control} name="title" label={t('setup.title')} maxLength={LIMITS.name} rules={{ maxLength: rules.maxLength(LIMITS.name, lang) }} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={form.control} name="termStart" type="date" label={t('setup.termStart')} />
        <FormTextField
          control={form.control}
          name="termEnd"
          type="date"
          label={t('setup.termEnd')}
          rules={{ validate: (end, all) => rules.dateRange(lang, all.termStart, end) }}
        />
        <FormTextField control={form.control} name="sortOrder" type="number" label={t('setup.sortOrder')} rules={{ validate: rules.optionalInt(lang, 0, 10_000) }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormCheckbox control={form.control} name="isChair" label={t('setup.isChair')} helperText={t('setup.isChairHelp')} />
        <FormCheckbox control={form.control} name="alsoCouncilMember" label={t('setup.alsoCouncilMember')} />
      </Stack>
      {!member && <FormCheckbox control={form.control} name="withAccount" label={t('setup.withAccount')} helperText={t('setup.withAccountHelp')} />}
      {!member && withAccount && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <FormTextField
            control={form.control}
            name="loginId"
            label={t('admin.loginId')}
            required
            autoComplete="off"
            maxLength={LIMITS.loginId}
            rules={{ required: rules.required(lang), minLength: rules.minLength(3, lang), maxLength: rules.maxLength(LIMITS.loginId, lang) }}
          />
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
        </Stack>
      )}
    </FormDialog>
  );
}
