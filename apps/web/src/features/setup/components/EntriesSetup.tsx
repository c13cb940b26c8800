import { Fragment, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { MESSAGES, PROJECT_KIND_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { EntriesSetupQuery, SetupProjectFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { useNotify } from '../../../shared/components/Notifier';
import { QueryState } from '../../../shared/components/QueryState';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { useLang } from '../../../shared/hooks/useLang';
import { DeleteProjectMutation, EntriesSetupQuery as EntriesSetupDoc, ReinstateProjectMutation } from '../graphql/entries';
import { AssignmentsDialog } from './AssignmentsDialog';
import { EntryDialog } from './EntryDialog';
import { DeleteRowDialog } from './DeleteRowDialog';
import { DeleteAction, EditAction, RowAction } from './RowActions';
import { WithdrawEntryDialog } from './WithdrawEntryDialog';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; project: SetupProjectFragment }
  | { kind: 'assign'; project: SetupProjectFragment }
  | { kind: 'delete'; project: SetupProjectFragment }
  | { kind: 'withdraw'; project: SetupProjectFragment }
  | null;

/** The secretariat's table of a year's entries: create, edit, delete, and assign members. */
export function EntriesSetup({ cycleId }: { cycleId: string }) {
  const { label } = useLang();
  const { data, loading, error, refetch } = useQuery(EntriesSetupDoc, { variables: { id: cycleId } });
  const [open, setOpen] = useState<Open>(null);
  const [remove] = useMutation(DeleteProjectMutation, {
    update: (cache, { data: d }) => evictDeleted(cache, 'Project', d?.deleteProject.id),
  });
  const reloadProject = (id: string) => async () => (await refetch()).data?.cycle.projects.find((p) => p.id === id);
  const [reinstate] = useMutation(ReinstateProjectMutation);
  const notify = useNotify();
  const { t } = useTranslation();
  const { problem, handle, clear } = useServerErrors();
  const onReinstate = async (project: SetupProjectFragment) => {
    clear();
    try {
      await reinstate({ variables: { input: { id: project.id, version: project.version } } });
      notify(t('setup.reinstated', { name: project.name }));
    } catch (e) {
      handle(e);
    }
  };

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      <ServerErrorAlert problem={problem} onReload={() => void refetch()} />
      {data && (
        <EntriesTableView
          data={data}
          onWithdraw={(project) => setOpen({ kind: 'withdraw', project })}
          onReinstate={onReinstate}
          onCreate={() => setOpen({ kind: 'create' })}
          onEdit={(project) => setOpen({ kind: 'edit', project })}
          onAssign={(project) => setOpen({ kind: 'assign', project })}
          onDelete={(project) => setOpen({ kind: 'delete', project })}
        />
      )}
      {data && open?.kind === 'create' && (
        <EntryDialog data={data} onClose={() => setOpen(null)} onCreated={() => void refetch()} />
      )}
      {data && open?.kind === 'edit' && (
        <EntryDialog data={data} project={open.project} onClose={() => setOpen(null)} onReload={reloadProject(open.project.id)} onCreated={() => {}} />
      )}
      {data && open?.kind === 'assign' && (
        <AssignmentsDialog
          project={open.project}
          group={data.cycle.groups.find((g) => g.id === open.project.groupId)}
          onClose={() => setOpen(null)}
          onReload={reloadProject(open.project.id)}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRowDialog
          name={open.project.name}
          onClose={() => setOpen(null)}
          onDelete={() => remove({ variables: { input: { id: open.project.id, version: open.project.version } } })}
          onReload={() => void refetch()}
        />
      )}
      {open?.kind === 'withdraw' && <WithdrawEntryDialog project={open.project} onClose={() => setOpen(null)} onReload={() => void refetch()} />}
      {data?.cycle.phase === 'PUBLISHED' && <Alert severity="info" sx={{ mt: 2 }}>{label(MESSAGES.CYCLE_LOCKED)}</Alert>}
    </QueryState>
  );
}

interface ViewProps {
  data: EntriesSetupQuery;
  onCreate: () => void;
  onEdit: (p: SetupProjectFragment) => void;
  onAssign: (p: SetupProjectFragment) => void;
  onDelete: (p: SetupProjectFragment) => void;
  onWithdraw: (p: SetupProjectFragment) => void;
  onReinstate: (p: SetupProjectFragment) => void;
}

function EntriesTableView({ data, onCreate, onEdit, onAssign, onDelete, onWithdraw, onReinstate }: ViewProps) {
  const { t } = useTranslation();
  const { label } = useLang();
  const cycle = data.cycle;
  const editable = cycle.canEditSetup;
  const articleNo = new Map(cycle.articles.map((a) => [a.id, a.number]));
  const leads = [...cycle.projects].filter((p) => !p.verifiedWithId);
  const related = (id: string) => cycle.projects.filter((p) => p.verifiedWithId === id);

  const row = (p: SetupProjectFragment, isRelated: boolean) => (
    <TableRow key={p.id} hover data-testid="setup-entry-row" sx={p.withdrawnAt ? { bgcolor: 'action.hover' } : undefined}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('cycles.articleNo', { number: articleNo.get(p.articleId) ?? '?' })}</TableCell>
      <TableCell sx={{ pl: isRelated ? 4 : 2, minWidth: 220 }}>
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
          {isRelated && <SubdirectoryArrowRight fontSize="small" sx={{ color: 'text.secondary' }} />}
          <span>
            {p.name}
            {p.withdrawnAt && (
              <Tooltip title={t('setup.withdrawnBecause', { reason: p.withdrawnReason ?? '' })}>
                <Chip size="small" color="warning" variant="outlined" label={t('setup.withdrawnChip')} sx={{ ml: 1 }} data-testid="withdrawn-chip" />
              </Tooltip>
            )}
            {isRelated && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {t('cycles.verifiedWith')}
              </Typography>
            )}
          </span>
        </Box>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{label(PROJECT_KIND_LABELS[p.kind])}</TableCell>
      <TableCell sx={{ minWidth: 150 }}>{p.department?.name ?? <Muted>{t('common.notSet')}</Muted>}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {p.page ? t('cycles.pageNo', { page: p.page }) : '—'}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{isRelated ? '' : (p.group?.name ?? <Muted>{t('common.notSet')}</Muted>)}</TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        {!isRelated && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {p.assignedMembers.length === 0 ? <Muted>{t('common.notSet')}</Muted> : p.assignedMembers.map((m) => <Chip key={m.id} label={m.name} variant="outlined" />)}
          </Box>
        )}
      </TableCell>
      {editable && (
        <TableCell sx={{ whiteSpace: 'nowrap' }} align="right">
          <EditAction onClick={() => onEdit(p)} />
          {!isRelated && <RowAction label={t('setup.assignments')} icon={<PersonAddAltOutlined fontSize="small" />} onClick={() => onAssign(p)} />}
          {!isRelated && !p.withdrawnAt && <RowAction label={t('setup.withdraw')} icon={<RemoveCircleOutline fontSize="small" />} onClick={() => onWithdraw(p)} />}
          {p.withdrawnAt && <RowAction label={t('setup.reinstate')} icon={<RestoreOutlined fontSize="small" />} onClick={() => onReinstate(p)} />}
          <DeleteAction onClick={() => onDelete(p)} />
        </TableCell>
      )}
    </TableRow>
  );

  return (
    <Paper>
      <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.5, gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('cycles.summary', { projects: cycle.projects.length, entries: leads.length, groups: cycle.groups.length })}
        </Typography>
        {editable && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={onCreate}>
            {t('setup.addEntry')}
          </Button>
        )}
      </Box>
      <TableContainer>
        <Table data-testid="setup-entries-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('setup.article')}</TableCell>
              <TableCell>{t('setup.name')}</TableCell>
              <TableCell>{t('setup.kind')}</TableCell>
              <TableCell>{t('setup.department')}</TableCell>
              <TableCell align="right">{t('setup.page')}</TableCell>
              <TableCell>{t('setup.group')}</TableCell>
              <TableCell>{t('setup.assignments')}</TableCell>
              {editable && <TableCell align="right">{t('common.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {leads.map((p) => (
              <Fragment key={p.id}>
                {row(p, false)}
                {related(p.id).map((r) => row(r, true))}
              </Fragment>
            ))}
            {cycle.projects.length === 0 && <EmptyTableRow colSpan={8}>{t('setup.noRows')}</EmptyTableRow>}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

function Muted({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2" color="warning.main">
      {children}
    </Typography>
  );
}
