import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import GroupAddOutlined from '@mui/icons-material/GroupAddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { MESSAGES } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { SetupGroupFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { DeleteGroupMutation, GroupsSetupQuery } from '../graphql/groups';
import { GroupDialog } from './GroupDialog';
import { GroupMembersDialog } from './GroupMembersDialog';
import { DeleteRowDialog } from './DeleteRowDialog';
import { DeleteAction, EditAction, RowAction } from './RowActions';

type Open =
  | { kind: 'create' }
  | { kind: 'edit' | 'members' | 'delete'; group: SetupGroupFragment }
  | null;

/** The year's groups (班), their members and the entries each verifies. */
export function GroupsSetup({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const { label } = useLang();
  const { data, loading, error, refetch } = useQuery(GroupsSetupQuery, { variables: { id: cycleId } });
  const [open, setOpen] = useState<Open>(null);
  const [remove] = useMutation(DeleteGroupMutation, { update: (cache, { data: d }) => evictDeleted(cache, 'Group', d?.deleteGroup.id) });
  const reloadGroup = (id: string) => async () => (await refetch()).data?.cycle.groups.find((g) => g.id === id);

  const cycle = data?.cycle;
  const editable = cycle?.canEditSetup ?? false;
  const subcommittee = data?.bodies.find((b) => b.kind === 'SUBCOMMITTEE');
  const groupOf = new Map((cycle?.groups ?? []).flatMap((g) => g.members.map((m) => [m.id, g] as const)));
  const candidates = (group: SetupGroupFragment) =>
    (data?.members ?? [])
      .filter((m) => m.bodyId === subcommittee?.id)
      .map((m) => {
        const other = groupOf.get(m.id);
        const elsewhere = other && other.id !== group.id ? other : undefined;
        return {
          id: m.id,
          name: m.name,
          isChair: m.isChair,
          note: elsewhere ? t('setup.inOtherGroup', { group: elsewhere.name }) : m.affiliation,
          disabled: !!elsewhere,
        };
      });

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {cycle && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
              {t('setup.groupCount', { count: cycle.groups.length })}
            </Typography>
            {editable && (
              <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'create' })}>
                {t('setup.addGroup')}
              </Button>
            )}
          </Box>
          {!editable && <Alert severity="info" sx={{ mb: 2 }}>{label(MESSAGES.CYCLE_LOCKED)}</Alert>}
          {cycle.groups.length === 0 && <Alert severity="info">{t('setup.noGroups')}</Alert>}
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            {cycle.groups.map((g) => (
              <Paper key={g.id} sx={{ p: 2 }} data-testid="group-card">
                <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
                  <Typography variant="h4" component="h3" sx={{ flexGrow: 1 }}>
                    {g.name}
                  </Typography>
                  {editable && (
                    <>
                      <RowAction label={t('setup.setMembers')} icon={<GroupAddOutlined fontSize="small" />} onClick={() => setOpen({ kind: 'members', group: g })} />
                      <EditAction onClick={() => setOpen({ kind: 'edit', group: g })} />
                      <DeleteAction onClick={() => setOpen({ kind: 'delete', group: g })} />
                    </>
                  )}
                </Box>
                <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
                  {t('setup.groupMembers')}
                </Typography>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mb: 1.5 }}>
                  {g.members.length === 0 ? (
                    <Typography variant="body2" color="warning.main">{t('common.notSet')}</Typography>
                  ) : (
                    g.members.map((m) => (
                      <Chip key={m.id} label={m.isChair ? t('cycles.withChair', { name: m.name }) : m.name} color={m.isChair ? 'primary' : 'default'} variant="outlined" />
                    ))
                  )}
                </Box>
                <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
                  {t('setup.groupProjects')}（{t('common.count', { count: g.projects.length })}）
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {g.projects.map((p) => (
                    <Typography component="li" variant="body2" key={p.id}>
                      {t('cycles.articleNo', { number: p.article.number })}　{p.name}
                    </Typography>
                  ))}
                </Box>
              </Paper>
            ))}
          </Box>
        </>
      )}
      {open?.kind === 'create' && <GroupDialog cycleId={cycleId} onClose={() => setOpen(null)} onCreated={() => void refetch()} />}
      {open?.kind === 'edit' && <GroupDialog cycleId={cycleId} group={open.group} onClose={() => setOpen(null)} onCreated={() => {}} onReload={reloadGroup(open.group.id)} />}
      {open?.kind === 'members' && (
        <GroupMembersDialog group={open.group} candidates={candidates(open.group)} onClose={() => setOpen(null)} onReload={reloadGroup(open.group.id)} />
      )}
      {open?.kind === 'delete' && (
        <DeleteRowDialog
          name={open.group.name}
          onClose={() => setOpen(null)}
          onDelete={() => remove({ variables: { input: { id: open.group.id, version: open.group.version } } })}
          onReload={() => void refetch()}
        />
      )}
    </QueryState>
  );
}
