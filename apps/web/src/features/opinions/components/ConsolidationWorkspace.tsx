import { useCallback, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import ArticleOutlined from '@mui/icons-material/ArticleOutlined';
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined';
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { COUNCIL_OPINION_EVENT_LABELS, CYCLE_PHASE_LABELS } from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ConsolidationQuery as Data } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { QueryState } from '../../../shared/components/QueryState';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { TransitionDialog } from '../../../shared/workflow';
import { ConsolidationQuery } from '../graphql/opinions';
import { isEditable, useConsolidationMutations, type ConsolidationCouncilOpinion, type ConsolidationEntry } from '../hooks/useConsolidation';
import { ConfirmOpinionsDialog } from './ConfirmOpinionsDialog';
import { CouncilOpinionFormDialog, type FormMode } from './CouncilOpinionFormDialog';
import { CouncilOpinionsPanel, type CouncilCommand } from './CouncilOpinionsPanel';
import { OpinionDeadline } from './Deadline';
import { EntryHeading } from './EntryHeading';
import { Pane } from './Pane';
import { MemberOpinionsPanel, MemberSelectionBar } from './MemberOpinionsPanel';
import { RevisionsDialog } from './RevisionsDialog';
import { SheetPane } from './SheetPane';
import { SplitDialog } from './SplitDialog';
import { TagLegend } from './TagLegend';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { councilOpinionWorkflow } from '../workflow';

type Cycle = NonNullable<Data['cycle']>;

/** One entry's consolidation (secretariat): the members' opinions on one side, the council's on the other. */
export function ConsolidationWorkspace({ cycleId, projectId }: { cycleId: string; projectId: string }) {
  const { t: ot } = useTranslation('opinions');
  const { data, loading, error, refetch } = useQuery(ConsolidationQuery, { variables: { cycleId, projectId } });
  const cycle = data?.cycle;
  const entries = cycle?.projects.filter((p) => !p.verifiedWithId) ?? [];
  // an entry of this cycle, verified in its own right (not a project verified with a lead)
  const entry = data?.project.cycleId === cycleId && !data.project.verifiedWithId ? data.project : undefined;
  usePageTitle(entry?.name, ot('consolidation.title'));
  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {cycle && !entry && <Alert severity="warning">{ot('common.entryNotFound')}</Alert>}
      {cycle && entry && <Workspace key={entry.id} cycle={cycle} entry={entry} entries={entries} onReload={() => void refetch()} />}
    </QueryState>
  );
}

type Dialog =
  | { kind: 'form'; mode: FormMode }
  | { kind: 'split' | 'delete' | 'revisions' | 'reopen'; opinion: ConsolidationCouncilOpinion }
  | { kind: 'merge' | 'confirm'; opinions: ConsolidationCouncilOpinion[] }
  | null;

type EntryName = Cycle['projects'][number];

function Workspace({ cycle, entry, entries, onReload }: { cycle: Cycle; entry: ConsolidationEntry; entries: EntryName[]; onReload: () => void }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const notify = useNotify();
  const client = useApolloClient();
  const { problem, handle, clear } = useServerErrors();
  const { merge, reorder, remove, noteMany, reopen } = useConsolidationMutations();
  const [memberSelection, setMemberSelection] = useState<Set<string>>(new Set());
  const [councilSelection, setCouncilSelection] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const memberOpinions = [...entry.memberOpinions].sort((a, b) => a.author.sortOrder - b.author.sortOrder || a.createdAt.localeCompare(b.createdAt));
  const council = entry.councilOpinions;
  const selectedCouncil = council.filter((o) => councilSelection.has(o.id));
  const confirmable = selectedCouncil.length > 0 && selectedCouncil.every((o) => o.availableActions.some((a) => a.event === 'CONFIRM' && a.failedPreconditions.length === 0));
  const mergeable = selectedCouncil.length >= 2 && selectedCouncil.every(isEditable);
  const drafts = council.filter((o) => o.availableActions.some((a) => a.event === 'CONFIRM'));
  // Once the council's opinions are confirmed (which adopted their sources), the submitted opinions no
  // council opinion used are offered to be noted at once: those the server lets the caller note now.
  const unused = council.length > 0 && drafts.length === 0
    ? memberOpinions.filter((o) => o.usedIn.length === 0 && o.availableActions.some((a) => a.event === 'NOTE' && a.failedPreconditions.length === 0))
    : [];
  const index = entries.findIndex((e) => e.id === entry.id);
  const prev = entries[index - 1];
  const next = entries[index + 1];
  const year = cycle.fiscalYear;
  const inCheck = cycle.phase === 'CHECK';
  // the reference of the last confirmation seen in this cycle, offered again (one deliberation confirms many)
  const lastReference = entries.flatMap((e) => e.councilOpinions).find((o) => o.confirmedBy)?.confirmedBy ?? '';

  const toggle = (set: Set<string>, id: string) => {
    const copy = new Set(set);
    if (copy.has(id)) copy.delete(id);
    else copy.add(id);
    return copy;
  };

  const reloadOpinion = useCallback(
    async (id: string) => {
      const { data } = await client.query({ query: ConsolidationQuery, variables: { cycleId: cycle.id, projectId: entry.id }, fetchPolicy: 'network-only' });
      return data?.project.councilOpinions.find((o) => o.id === id) ?? null;
    },
    [client, cycle.id, entry.id],
  );

  const onReorder = async (order: ConsolidationCouncilOpinion[]) => {
    clear();
    setBusy(true);
    try {
      await reorder({ variables: { input: { projectId: entry.id, opinions: order.map((o) => ({ id: o.id, version: o.version })) } } });
      notify(ot('council.reordered'));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };

  const onCommand = (command: CouncilCommand, opinion: ConsolidationCouncilOpinion) => {
    clear();
    if (command === 'edit') setDialog({ kind: 'form', mode: { kind: 'edit', opinion } });
    else setDialog({ kind: command, opinion });
  };

  const onNoteUnused = async () => {
    clear();
    setBusy(true);
    try {
      await noteMany({ variables: { input: { opinions: unused.map((o) => ({ id: o.id, version: o.version })) } } });
      notify(ot('council.notedCount', { count: unused.length }));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };

  const closeDialog = () => setDialog(null);
  const clearCouncilSelection = () => setCouncilSelection(new Set());

  return (
    <>
      <EntryHeading entry={entry} fiscalYear={year} back={{ to: `/consolidation?year=${year}`, label: ot('common.backToConsolidation') }}>
        <Button variant="outlined" startIcon={<ArticleOutlined />} onClick={() => setSheetOpen(true)}>
          {ot('council.viewSheet')}
        </Button>
        <Box sx={{ display: 'flex' }}>
          <Tooltip title={prev ? `${ot('consolidation.prev')}: ${prev.name}` : ''}>
            <span>
              <IconButton component={RouterLink} to={prev ? `/consolidation/${prev.id}?year=${year}` : '#'} disabled={!prev} aria-label={ot('consolidation.prev')}>
                <ChevronLeftOutlined />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={next ? `${ot('consolidation.next')}: ${next.name}` : ''}>
            <span>
              <IconButton component={RouterLink} to={next ? `/consolidation/${next.id}?year=${year}` : '#'} disabled={!next} aria-label={ot('consolidation.next')}>
                <ChevronRightOutlined />
              </IconButton>
            </span>
          </Tooltip>
        </Box>
      </EntryHeading>
      <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center', mb: 1.5 }}>
        <OpinionDeadline deadline={cycle.opinionDeadline} />
        <Typography variant="body2" data-testid="assigned-members">
          {ot('common.assigned')}: {entry.assignedMembers.map((m) => m.name).join('、') || '—'}
        </Typography>
        <TagLegend tags={cycle.tags} />
      </Box>
      {!inCheck && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {ot('common.notInCheck', { phase: label(CYCLE_PHASE_LABELS[cycle.phase]) })}
        </Alert>
      )}
      {unused.length > 0 && (
        <Alert
          severity="warning"
          sx={{ mb: 1.5 }}
          data-testid="unused-opinions"
          action={
            <Button color="inherit" size="small" disabled={busy} onClick={onNoteUnused}>
              {ot('council.noteUnused', { count: unused.length })}
            </Button>
          }
        >
          {ot('council.unusedAfterConfirm', { count: unused.length })}
        </Alert>
      )}
      <ServerErrorAlert problem={problem} onReload={onReload} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 5fr) minmax(0, 6fr)' }, gap: 2, alignItems: 'start' }}>
        <Pane
          title={ot('member.title')}
          testId="member-opinions-pane"
          actions={
            inCheck && (
              <MemberSelectionBar
                count={memberSelection.size}
                onClear={() => setMemberSelection(new Set())}
                onCreateFrom={() => setDialog({ kind: 'form', mode: { kind: 'create', memberOpinionIds: [...memberSelection] } })}
                onCreateBlank={() => setDialog({ kind: 'form', mode: { kind: 'blank' } })}
              />
            )
          }
        >
          <MemberOpinionsPanel opinions={memberOpinions} selected={memberSelection} onToggle={(id) => setMemberSelection((s) => toggle(s, id))} onError={handle} />
        </Pane>
        <Pane
          title={ot('council.title')}
          testId="council-opinions-pane"
          actions={
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              {councilSelection.size > 0 && (
                <Typography variant="body2" data-testid="council-selection-count">
                  {ot('council.selected', { count: councilSelection.size })}
                </Typography>
              )}
              {drafts.length > 0 && (
                <Button size="small" onClick={() => setCouncilSelection(new Set(drafts.map((o) => o.id)))}>
                  {ot('council.selectDrafts')}
                </Button>
              )}
              {drafts.length >= 2 && (
                <Button size="small" variant="outlined" disabled={!mergeable} onClick={() => setDialog({ kind: 'merge', opinions: selectedCouncil })}>
                  {ot('council.merge')}
                </Button>
              )}
              {drafts.length > 0 && (
                <Button size="small" variant="contained" color="success" disabled={!confirmable} onClick={() => setDialog({ kind: 'confirm', opinions: selectedCouncil })}>
                  {label(COUNCIL_OPINION_EVENT_LABELS.CONFIRM)}
                </Button>
              )}
            </Box>
          }
        >
          <CouncilOpinionsPanel
            opinions={council}
            selected={councilSelection}
            onToggle={(id) => setCouncilSelection((s) => toggle(s, id))}
            onCommand={onCommand}
            onReorder={(order) => void onReorder(order)}
            busy={busy}
          />
        </Pane>
      </Box>

      <Drawer
        anchor="right"
        open={sheetOpen}
        onClose={() => setSheetOpen(false)}
        // above the app bar, which sits above the navigation drawer
        sx={{ zIndex: (theme) => theme.zIndex.modal }}
        slotProps={{ paper: { sx: { width: { xs: '100%', md: 720 }, p: 2 } } }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h2" sx={{ flexGrow: 1 }}>
            {entry.name}
          </Typography>
          <IconButton onClick={() => setSheetOpen(false)} aria-label={ot('council.closeSheet')}>
            <CloseOutlined />
          </IconButton>
        </Box>
        {sheetOpen && <SheetPane projectId={entry.id} fiscalYear={year} cyclePhase={cycle.phase} />}
      </Drawer>

      {dialog?.kind === 'form' && (
        <CouncilOpinionFormDialog
          mode={dialog.mode}
          projectId={entry.id}
          memberOpinions={memberOpinions}
          tags={cycle.tags}
          reloadOpinion={reloadOpinion}
          onClose={() => {
            if (dialog.mode.kind === 'create') setMemberSelection(new Set());
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'split' && (
        <SplitDialog
          opinion={dialog.opinion}
          onReload={onReload}
          onClose={() => {
            clearCouncilSelection();
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'reopen' && <ReopenDialog opinion={dialog.opinion} reopen={reopen} reloadOpinion={reloadOpinion} onClose={closeDialog} />}
      {dialog?.kind === 'revisions' && <RevisionsDialog opinion={dialog.opinion} projectId={entry.id} onClose={closeDialog} />}
      {dialog?.kind === 'confirm' && (
        <ConfirmOpinionsDialog
          opinions={dialog.opinions}
          suggestedBy={lastReference}
          onReload={onReload}
          onClose={() => {
            setCouncilSelection(new Set());
            closeDialog();
          }}
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={ot('council.deleteTitle')}
        message={dialog?.kind === 'delete' ? ot('council.deleteMessage', { mark: dialog.opinion.mark }) : ''}
        confirmLabel={ot('council.delete')}
        danger
        onClose={closeDialog}
        onReload={onReload}
        onConfirm={async () => {
          if (dialog?.kind !== 'delete') return;
          await remove({ variables: { input: { id: dialog.opinion.id, version: dialog.opinion.version } } });
          clearCouncilSelection();
          notify(ot('council.deleted'));
        }}
      />
      <ConfirmDialog
        open={dialog?.kind === 'merge'}
        title={ot('council.mergeTitle')}
        message={
          dialog?.kind === 'merge'
            ? ot('council.mergeMessage', { marks: dialog.opinions.map((o) => o.mark).join('・'), first: dialog.opinions[0]?.mark ?? '' })
            : ''
        }
        confirmLabel={ot('council.merge')}
        onClose={closeDialog}
        onReload={onReload}
        onConfirm={async () => {
          if (dialog?.kind !== 'merge') return;
          await merge({ variables: { input: { opinions: dialog.opinions.map((o) => ({ id: o.id, version: o.version })) } } });
          clearCouncilSelection();
          notify(ot('council.merged'));
        }}
      />
    </>
  );
}

/** Reopens a confirmed council opinion (the shared transition dialog; the reason the server requires). */
function ReopenDialog({
  opinion,
  reopen,
  reloadOpinion,
  onClose,
}: {
  opinion: ConsolidationCouncilOpinion;
  reopen: ReturnType<typeof useConsolidationMutations>['reopen'];
  reloadOpinion: (id: string) => Promise<{ version: number } | null>;
  onClose: () => void;
}) {
  const { t: ot } = useTranslation('opinions');
  const action = opinion.availableActions.find((a) => a.event === 'REOPEN');
  if (!action) return null;
  return (
    <TransitionDialog
      config={councilOpinionWorkflow}
      action={action}
      record={opinion}
      title={ot('council.reopenTitle')}
      fire={({ id, version, comment }) => reopen({ variables: { input: { id, version, comment } } })}
      doneMessage={ot('council.reopened')}
      onReload={() => reloadOpinion(opinion.id)}
      onClose={onClose}
    >
      <Typography variant="body2">{ot('council.reopenMessage', { mark: opinion.mark })}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', bgcolor: 'background.default', p: 1, borderRadius: 1 }}>
        {opinion.text}
      </Typography>
    </TransitionDialog>
  );
}
