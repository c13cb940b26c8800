import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SetupGroupFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { SetGroupMembersMutation } from '../graphql/groups';
import { MemberChecklist, type ChecklistMember } from './MemberChecklist';

interface Props {
  group: SetupGroupFragment;
  /** The subcommittee's members, with the group each already belongs to this year. */
  candidates: readonly ChecklistMember[];
  onClose: () => void;
  onReload: () => Promise<SetupGroupFragment | undefined>;
}

/** The members of a group (班). */
export function GroupMembersDialog({ group, candidates, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const toValues = (g: SetupGroupFragment) => ({ memberIds: g.members.map((m) => m.id) });
  const form = useForm<{ memberIds: string[] }>({ defaultValues: toValues(group) });
  const [version, setVersion] = useState(group.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [save, { loading }] = useMutation(SetGroupMembersMutation);

  const submit = form.handleSubmit(async ({ memberIds }) => {
    clear();
    try {
      await save({ variables: { input: { groupId: group.id, version, memberIds } } });
      notify(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      title={t('setup.groupMembersTitle', { name: group.name })}
      onClose={onClose}
      onSubmit={submit}
      submitting={loading}
      problem={problem}
      onReload={async () => {
        const latest = await onReload();
        if (latest) {
          form.reset(toValues(latest));
          setVersion(latest.version);
        }
        clear();
      }}
    >
      <MemberChecklist control={form.control} name="memberIds" label={t('setup.groupMembers')} members={candidates} helperText={t('setup.groupMembersHelp')} />
    </FormDialog>
  );
}
