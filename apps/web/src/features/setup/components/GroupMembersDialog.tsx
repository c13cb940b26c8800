import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SetupGroupFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
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
  const [save] = useMutation(SetGroupMembersMutation);
  const { form, dialogProps } = useVersionedForm({
    record: group,
    toValues: (g: SetupGroupFragment) => ({ memberIds: g.members.map((m) => m.id) }),
    update: ({ memberIds }, { id }, version) => save({ variables: { input: { groupId: id, version, memberIds } } }),
    onClose,
    onReload,
  });

  return (
    <FormDialog open title={t('setup.groupMembersTitle', { name: group.name })} {...dialogProps}>
      <MemberChecklist control={form.control} name="memberIds" label={t('setup.groupMembers')} members={candidates} helperText={t('setup.groupMembersHelp')} />
    </FormDialog>
  );
}
