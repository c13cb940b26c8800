import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SetupGroupFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
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
  onReload: () => Promise<SetupGroupFragment | undefined>;
}

/** Name and order of a group (班). */
export function GroupDialog({ cycleId, group, onClose, onCreated, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<Values>({ defaultValues: toValues(group) });
  const [version, setVersion] = useState(group?.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [create, creating] = useMutation(CreateGroupMutation);
  const [update, updating] = useMutation(UpdateGroupMutation);

  const submit = form.handleSubmit(async (v) => {
    clear();
    try {
      const fields = { name: v.name.trim(), sortOrder: toIntOrNull(v.sortOrder) };
      if (group && version !== undefined) await update({ variables: { input: { ...fields, id: group.id, version } } });
      else {
        await create({ variables: { input: { ...fields, cycleId } } });
        onCreated();
      }
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
      title={group ? t('setup.groupDialogEdit') : t('setup.groupDialogNew')}
      onClose={onClose}
      onSubmit={submit}
      submitting={creating.loading || updating.loading}
      problem={problem}
      onReload={
        group &&
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
