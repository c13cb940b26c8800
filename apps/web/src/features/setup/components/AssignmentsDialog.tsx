import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EntriesSetupQuery, SetupProjectFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
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
  const notify = useNotify();
  const toValues = (p: SetupProjectFragment) => ({ memberIds: p.assignedMembers.map((m) => m.id) });
  const form = useForm<{ memberIds: string[] }>({ defaultValues: toValues(project) });
  const [version, setVersion] = useState(project.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [save, { loading }] = useMutation(SetProjectAssignmentsMutation);

  const submit = form.handleSubmit(async ({ memberIds }) => {
    clear();
    try {
      await save({ variables: { input: { projectId: project.id, version, memberIds } } });
      notify(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  const members = group?.members ?? [];
  return (
    <FormDialog
      open
      title={t('setup.assignmentsTitle', { name: project.name })}
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
