import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SHEET_ACTIVITY_LABELS } from '@kensho/domain';
import type { SheetCycleQuery, SheetDetailFieldsFragment } from '../../../generated/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { TransitionHistory } from '../../../shared/workflow';
import { TagMarks } from '../../../shared/components/TagMarks';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { SheetCycleQuery as SheetCycleDoc, SheetQuery } from '../graphql/sheets';
import { useSheetDraft } from '../hooks/useSheetDraft';
import { draftToContent, type ContentLike } from '../model/draft';
import { IndicatorCharts } from './IndicatorCharts';
import { ReturnedNotice } from './ReturnedNotice';
import { SheetActions } from './SheetActions';
import { SheetAttachments } from './SheetAttachments';
import { SheetComments } from './SheetComments';
import { SheetEditor } from './SheetEditor';
import { SheetPrint } from './SheetPrint';
import { SheetStateChip } from './SheetStateChip';
import { SheetTags } from './SheetTags';
import { sheetWorkflow } from '../workflow';
import { VersionDiff } from './VersionDiff';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';

type Sheet = SheetDetailFieldsFragment;
type Cycle = SheetCycleQuery['cycle'];
type TabId = 'edit' | 'content' | 'preview' | 'history' | 'attachments' | 'comments';

/** One verification sheet: loads it and its cycle, then the page. */
export function SheetWorkspace({ sheetId }: { sheetId: string }) {
  const { data, loading, error, refetch } = useQuery(SheetQuery, { variables: { id: sheetId } });
  const sheet = data?.sheet;
  const cycleQuery = useQuery(SheetCycleDoc, { variables: { id: sheet?.cycleId ?? '' }, skip: !sheet });
  const cycle = cycleQuery.data?.cycle;
  const { t: st } = useTranslation('sheets');
  usePageTitle(sheet?.project.name, st('sheet.title'));
  return (
    <QueryState
      loading={loading || cycleQuery.loading}
      error={error ?? cycleQuery.error}
      hasData={!!sheet && !!cycle}
      onRetry={() => void (sheet ? cycleQuery.refetch() : refetch())}
    >
      {sheet && cycle && (
        // a sheet that becomes (un)editable starts a fresh editor from the server's content
        <SheetBody key={`${sheet.id}:${sheet.canEdit}`} sheet={sheet} cycle={cycle} onReload={async () => (await refetch()).data?.sheet} />
      )}
    </QueryState>
  );
}

function SheetBody({ sheet, cycle, onReload }: { sheet: Sheet; cycle: Cycle; onReload: () => Promise<{ version: number } | undefined> }) {
  const { t: st } = useTranslation('sheets');
  const { dateTime, date, fiscalYear, label } = useLang();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const draft = useSheetDraft({ sheet, fiscalYear: cycle.fiscalYear, enabled: sheet.canEdit });

  const isSecretariat = user?.role === 'SECRETARIAT';
  // the thread is the department's and the secretariat's (the API returns [] to others)
  const mayDiscuss = isSecretariat || (user?.role === 'DEPARTMENT_STAFF' && user.departmentId === sheet.project.departmentId);
  const tabs: TabId[] = [sheet.canEdit ? 'edit' : 'content', ...(sheet.canEdit ? (['preview'] as const) : []), 'history', 'attachments', ...(mayDiscuss ? (['comments'] as const) : [])];
  const requested = params.get('tab') as TabId | null;
  const tab: TabId = requested && tabs.includes(requested) ? requested : tabs[0]!;
  const selectTab = (next: TabId) =>
    setParams(
      (p) => {
        p.set('tab', next);
        return p;
      },
      { replace: true },
    );
  const tabLabel: Record<TabId, string> = {
    edit: st('sheet.tabEdit'),
    content: st('sheet.tabContent'),
    preview: st('sheet.tabPreview'),
    history: st('sheet.tabHistory'),
    attachments: st('sheet.tabAttachments'),
    comments: st('sheet.tabComments'),
  };
  const backTo = `${isSecretariat ? '/sheets/review' : '/sheets'}?year=${cycle.fiscalYear}`;
  const shownContent: ContentLike = sheet.canEdit ? draftToContent(draft.draft) : sheet.content;

  return (
    <>
      <Button component={RouterLink} to={backTo} startIcon={<ArrowBackOutlined />} size="small" sx={{ mb: 1 }}>
        {st('sheet.back')}
      </Button>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 0.5 }}>
        <Typography variant="h1" component="h1" data-testid="sheet-title">
          {sheet.project.name}
        </Typography>
        <TagMarks tags={sheet.tags} />
        <SheetStateChip state={sheet.state} size="medium" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {fiscalYear(cycle.fiscalYear)} ・ {st('list.articleNo', { number: sheet.project.article.number })} {sheet.project.article.title}
        {sheet.project.department && ` ・ ${sheet.project.department.name}`}
        {sheet.project.group && ` ・ ${sheet.project.group.name}`}
      </Typography>
      {sheet.project.relatedProjects.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {st('sheet.relatedProjects', { names: sheet.project.relatedProjects.map((p) => p.name).join('、') })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 0.5, mb: 1.5 }}>
        <Typography variant="body2" data-testid="sheet-last-change">
          {sheet.lastActivity
            ? st('sheet.lastActivity', {
                at: dateTime(sheet.lastActivity.at),
                what: label(SHEET_ACTIVITY_LABELS[sheet.lastActivity.kind]),
                name: sheet.lastActivity.byName ?? st('history.system'),
              })
            : st('sheet.lastChangeNoName', { at: dateTime(sheet.updatedAt) })}
        </Typography>
        {sheet.submittedAt && <Typography variant="body2">{st('sheet.submittedAt', { at: dateTime(sheet.submittedAt) })}</Typography>}
        {cycle.sheetDeadline && (
          <Typography variant="body2" data-testid="sheet-deadline">
            {st('list.deadlineLine', { date: date(cycle.sheetDeadline) })}
          </Typography>
        )}
      </Box>
      <Box sx={{ mb: 2 }}>
        <SheetTags sheet={sheet} cycleTags={cycle.tags} canSet={isSecretariat && cycle.phase !== 'PUBLISHED'} onReload={() => void onReload()} />
      </Box>

      {sheet.availableActions.length > 0 && (
        <Paper sx={{ p: 2, mb: 2 }}>
          <SheetActions sheet={sheet} onReload={onReload} prepare={sheet.canEdit ? draft.prepareTransition : undefined} />
        </Paper>
      )}
      <ReturnedNotice state={sheet.state} transitions={sheet.transitions} />

      <Tabs value={tab} onChange={(_, v: TabId) => selectTab(v)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        {tabs.map((id) => (
          <Tab key={id} value={id} label={tabLabel[id]} />
        ))}
      </Tabs>

      {sheet.canEdit && (
        <Box hidden={tab !== 'edit'}>
          <SheetEditor state={draft} fiscalYear={cycle.fiscalYear} />
        </Box>
      )}
      {(tab === 'preview' || tab === 'content') && (
        <>
          {tab === 'content' && <IndicatorCharts indicators={sheet.content.indicators} />}
          <PrintArea>
            <SheetPrint content={shownContent} project={sheet.project} fiscalYear={cycle.fiscalYear} tags={sheet.tags} />
          </PrintArea>
        </>
      )}
      {tab === 'history' && (
        <>
          <TransitionHistory config={sheetWorkflow} transitions={sheet.transitions} title={st('history.transitions')} empty={st('history.noTransitions')} />
          <VersionDiff sheetId={sheet.id} revisions={sheet.revisions} />
        </>
      )}
      {tab === 'attachments' && <SheetAttachments sheetId={sheet.id} />}
      {tab === 'comments' && mayDiscuss && <SheetComments sheetId={sheet.id} />}
    </>
  );
}

/** The print button and the A4 page; printing shows only the page. */
function PrintArea({ children }: { children: ReactNode }) {
  const { t: st } = useTranslation('sheets');
  return (
    <Box>
      <GlobalStyles
        styles={{
          '@page': { size: 'A4 portrait', margin: '15mm' },
          '@media print': {
            'body *': { visibility: 'hidden' },
            '.sheet-print, .sheet-print *': { visibility: 'visible' },
            '.sheet-print': { position: 'absolute', left: 0, top: 0, width: '100%' },
          },
        }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {st('preview.intro')}
        </Typography>
        <Button variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
          {st('sheet.print')}
        </Button>
      </Box>
      <Box sx={{ bgcolor: '#e9edf1', p: { xs: 1, md: 3 }, borderRadius: 1 }}>{children}</Box>
    </Box>
  );
}
