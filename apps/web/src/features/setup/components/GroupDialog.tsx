import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SetupGroupFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules, toIntOrNull } from '../../../shared/validation';
import { CreateGroupMutation, UpdateGroupMutation } from '../graphql/groups';

interface Values {
  name: string;
  sortOrder: string;
}
const toValues = (g?: SetupGroupFragment): Values => ({ name: g?.name ?? '', sortOrder: g ? String(g.sortOrder) : '' });

interface Props {
  cycleId: string;
  group?: SetupGroupFragment;
  onClose: () => void;
  onCreated: () => void;
  onReload?: () => Promise<SetupGroupFragment | undefined>;
}

/** Name and order of a group (班). */
export function GroupDialog({ cycleId, group, onClose, onCreated, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [create] = useMutation(CreateGroupMutation);
  const [update] = useMutation(UpdateGroupMutation);
  const fields = (v: Values) => ({ name: v.name.trim(), sortOrder: toIntOrNull(v.sortOrder) });
  const { form, dialogProps } = useVersionedForm({
    record: group,
    toValues,
    create: async (v) => {
      await create({ variables: { input: { ...fields(v), cycleId } } });
      onCreated();
    },
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });

  return (
    <FormDialog open maxWidth="xs" title={group ? t('setup.groupDialogEdit') : t('setup.groupDialogNew')} {...dialogProps}>
      <FormTextField
        control={form.control}
        name="name"
        label={t('setup.groupName')}
        required
        autoFocus
        maxLength={100}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(100, lang) }}
      />
      <FormTextField control={form.control} name="sortOrder" type="number" label={t('setup.sortOrder')} rules={{ validate: rules.optionalInt(lang, 0, 10_000) }} />
    </FormDialog>
  );
}
