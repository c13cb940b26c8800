import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import type { EntriesSetupQuery, SetupProjectFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { SetProjectAssignmentsMutation } from '../graphql/entries';
import { MemberChecklist } from './MemberChecklist';

type Group = EntriesSetupQuery['cycle']['groups'][number];

interface Props {
  project: SetupProjectFragment;
  group: Group | undefined;
  onClose: () => void;
  onReload: () => Promise<SetupProjectFragment | undefined>;
}

/** 検証担当委員 of one entry, chosen among the members of the entry's group. */
export function AssignmentsDialog({ project, group, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [save] = useMutation(SetProjectAssignmentsMutation);
  const { form, dialogProps } = useVersionedForm({
    record: project,
    toValues: (p: SetupProjectFragment) => ({ memberIds: p.assignedMembers.map((m) => m.id) }),
    update: ({ memberIds }, { id }, version) => save({ variables: { input: { projectId: id, version, memberIds } } }),
    onClose,
    onReload,
  });

  const members = group?.members ?? [];
  return (
    <FormDialog open title={t('setup.assignmentsTitle', { name: project.name })} {...dialogProps}>
      {!group ? (
        <Alert severity="info">{t('setup.noGroupForAssignments')}</Alert>
      ) : members.length === 0 ? (
        <Alert severity="info">{t('setup.groupHasNoMembers')}</Alert>
      ) : (
        <MemberChecklist control={form.control} name="memberIds" label={t('setup.assignmentsHelp', { group: group.name })} members={members} />
      )}
    </FormDialog>
  );
}
