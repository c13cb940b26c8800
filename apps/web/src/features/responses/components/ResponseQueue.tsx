import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { RESPONSE_STATE_LABELS, RESPONSE_STATES, type ResponseState } from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResponseQueueQuery } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { QueryState } from '../../../shared/components/QueryState';
import { downloadXlsx } from '../../../shared/export/xlsx';
import { useLang } from '../../../shared/hooks/useLang';
import { useSelection } from '../../../shared/hooks/useSelection';
import { useQueueFilters } from '../../../shared/hooks/useQueueFilters';
import { ResponseQueueQuery as QueueDoc, ResponseQueueSetupQuery } from '../graphql/responses';
import { useResponseMutations } from '../hooks/useResponseMutations';
import { ResponseActions } from './ResponseActions';
import { ResponseDiffDialog } from './ResponseDiffDialog';
import { CategoryChip, ProgressCounts, ResponseStateChip, useCategoryLabel } from './ResponseParts';

type QueueResponse = ResponseQueueQuery['responses'][number];
const DEFAULT_STATES: ResponseState[] = ['SUBMITTED'];

/** The secretariat's approval queue across departments: filters, the diff of a resubmission, approve one or several, return with a comment. */
export function ResponseQueue({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t: rt } = useTranslation('responses');
  const { label, dateTime, fiscalYear: fy } = useLang();
  const category = useCategoryLabel();
  const f = useQueueFilters(RESPONSE_STATES, DEFAULT_STATES, ['article', 'department']);
  const setup = useQuery(ResponseQueueSetupQuery, { variables: { cycleId } });
  const filter = { cycleId, states: f.states.length ? f.states : undefined, articleId: f.values.article || undefined, departmentId: f.values.department || undefined };
  const list = useQuery(QueueDoc, { variables: { filter } });
  const { approveMany } = useResponseMutations();
  const { selected, toggle, replace, clear } = useSelection();
  const [diff, setDiff] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);
  const responses = list.data?.responses ?? [];
  const approvable = responses.filter((r) => r.availableActions.some((a) => a.event === 'APPROVE' && a.failedPreconditions.length === 0));
  const chosen = approvable.filter((r) => selected.has(r.id));
  const reload = (id: string) => async () => (await list.refetch()).data?.responses.find((r) => r.id === id);
  const shown = diff ? responses.find((r) => r.id === diff) : undefined;

  const columns = [rt('queue.entry'), rt('queue.marks'), rt('queue.department'), rt('queue.category'), rt('queue.text'), rt('queue.state'), rt('queue.updated')];
  const exportQueue = () =>
    void downloadXlsx(
      rt('export.queueFile', { year: fiscalYear }),
      rt('queue.title'),
      columns.map((header, i) => ({ header, width: [36, 8, 16, 12, 60, 12, 24][i] })),
      responses.map((r: QueueResponse) => [
        `第${r.project.article.number}条 ${r.project.name}`,
        r.marks,
        r.project.department?.name ?? '',
        category(r.category),
        r.text,
        label(RESPONSE_STATE_LABELS[r.state]),
        r.updatedByName ? `${dateTime(r.updatedAt)} ${r.updatedByName}` : dateTime(r.updatedAt),
      ]),
    );

  return (
    <>
      {setup.data && (
        <Box sx={{ mb: 2 }}>
          <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
            {rt('progress.title')}（{fy(fiscalYear)}）
          </Typography>
          <ProgressCounts progress={setup.data.cycle.responseProgress} testId="cycle-progress" />
        </Box>
      )}
      <Paper sx={{ p: 2, mb: 2 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <ToggleButtonGroup size="small" value={f.states} onChange={(_, v: ResponseState[]) => f.setStates(v)} aria-label={rt('queue.state')} sx={{ flexWrap: 'wrap' }}>
            {RESPONSE_STATES.map((s) => (
              <ToggleButton key={s} value={s}>
                {label(RESPONSE_STATE_LABELS[s])}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Button size="small" onClick={() => f.setStates([])}>
            {rt('queue.any')}
          </Button>
          <FilterSelect
            label={rt('queue.article')}
            value={f.values.article}
            onChange={(v) => f.setValue('article', v)}
            any={rt('queue.any')}
            minWidth={140}
            options={(setup.data?.cycle.articles ?? []).map((a) => ({ value: a.id, label: `第${a.number}条 ${a.title}` }))}
          />
          <FilterSelect
            label={rt('queue.department')}
            value={f.values.department}
            onChange={(v) => f.setValue('department', v)}
            any={rt('queue.any')}
            options={(setup.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
          <Button onClick={f.clear}>{rt('queue.clear')}</Button>
          <Typography variant="body2" color="text.secondary" data-testid="queue-count">
            {list.data ? rt('queue.count', { count: responses.length }) : ''}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', ml: { md: 'auto' } }}>
            <Button variant="contained" color="success" disabled={chosen.length === 0} onClick={() => setApproving(true)}>
              {rt('queue.approveSelected', { count: chosen.length })}
            </Button>
            <Button variant="outlined" startIcon={<DownloadOutlined />} onClick={exportQueue} disabled={responses.length === 0}>
              {rt('export.button')}
            </Button>
          </Box>
        </Box>
      </Paper>
      <QueryState loading={list.loading} error={list.error ?? setup.error} hasData={!!list.data} onRetry={() => void list.refetch()}>
        <TableContainer component={Paper}>
          <Table size="small" data-testid="response-queue" sx={{ minWidth: 900 }}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={approvable.length > 0 && chosen.length === approvable.length}
                    indeterminate={chosen.length > 0 && chosen.length < approvable.length}
                    disabled={approvable.length === 0}
                    onChange={(e) => (e.target.checked ? replace(approvable.map((r) => r.id)) : clear())}
                    slotProps={{ input: { 'aria-label': rt('queue.selectAll') } }}
                  />
                </TableCell>
                {columns.map((c) => (
                  <TableCell key={c}>{c}</TableCell>
                ))}
                <TableCell>{rt('queue.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {responses.length === 0 && <EmptyTableRow colSpan={columns.length + 2}>{rt('queue.none')}</EmptyTableRow>}
              {responses.map((r) => (
                <TableRow key={r.id} hover data-testid="queue-row" data-marks={r.marks}>
                  <TableCell padding="checkbox">
                    {approvable.includes(r) && (
                      <Checkbox checked={selected.has(r.id)} onChange={() => toggle(r.id)} slotProps={{ input: { 'aria-label': rt('queue.select', { entry: r.project.name, marks: r.marks }) } }} />
                    )}
                  </TableCell>
                  <TableCell sx={{ minWidth: 200 }}>
                    <RouterLink to={`/responses/${r.project.id}?year=${fiscalYear}`}>{`第${r.project.article.number}条 ${r.project.name}`}</RouterLink>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 700 }}>{r.marks}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.project.department?.name ?? ''}</TableCell>
                  <TableCell>
                    <CategoryChip category={r.category} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 280 }}>
                    <Typography variant="body2" sx={{ display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                      {r.text}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <ResponseStateChip state={r.state} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {dateTime(r.updatedAt)}
                    {r.updatedByName && <Typography variant="caption" component="div">{r.updatedByName}</Typography>}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Box sx={{ display: 'flex', gap: 1 }}>
                      <Button size="small" variant="outlined" onClick={() => setDiff(r.id)} aria-label={`${r.project.name} ${r.marks} ${rt('queue.diff')}`}>
                        {rt('queue.diff')}
                      </Button>
                      <ResponseActions response={r} context={r.project.name} onReload={reload(r.id)} compact />
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </QueryState>
      {shown && <ResponseDiffDialog response={shown} onClose={() => setDiff(null)} onReload={reload(shown.id)} />}
      <ConfirmDialog
        open={approving}
        title={rt('queue.approveManyTitle')}
        message={rt('queue.approveManyMessage', { count: chosen.length })}
        confirmLabel={rt('queue.approveSelected', { count: chosen.length })}
        onClose={() => {
          setApproving(false);
          clear();
        }}
        onReload={() => void list.refetch()}
        onConfirm={() => approveMany({ variables: { input: { responses: chosen.map((r) => ({ id: r.id, version: r.version })) } } })}
      />
    </>
  );
}
