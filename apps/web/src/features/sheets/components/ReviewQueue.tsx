import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { SHEET_STATE_LABELS, SHEET_STATES, type SheetState } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../shared/components/FilterSelect';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { useQueueFilters } from '../../../shared/hooks/useQueueFilters';
import { SheetListQuery, SheetReviewSetupQuery } from '../graphql/sheets';
import { SheetDeadline } from './SheetLists';
import { SheetActions } from './SheetActions';
import { SheetProgress } from './SheetProgress';
import { SheetTable } from './SheetTable';

/** The queue opens on what waits for the secretariat. */
const DEFAULT_STATES: SheetState[] = ['SUBMITTED'];

/** The filters, kept in the URL so that going back to the queue finds it as it was. */
function useReviewFilters() {
  const f = useQueueFilters(SHEET_STATES, DEFAULT_STATES, ['article', 'department', 'group']);
  return {
    ...f,
    articleId: f.values.article,
    departmentId: f.values.department,
    groupId: f.values.group,
    setArticle: (v: string) => f.setValue('article', v),
    setDepartment: (v: string) => f.setValue('department', v),
    setGroup: (v: string) => f.setValue('group', v),
  };
}

/** The secretariat's review: progress of the whole cycle, the sheets across departments, accept / return. */
export function ReviewQueue({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t: st } = useTranslation('sheets');
  const { label } = useLang();
  const f = useReviewFilters();
  const setup = useQuery(SheetReviewSetupQuery, { variables: { id: cycleId } });
  const filter = {
    cycleId,
    states: f.states.length ? f.states : null,
    articleId: f.articleId || null,
    departmentId: f.departmentId || null,
    groupId: f.groupId || null,
  };
  const list = useQuery(SheetListQuery, { variables: { filter } });
  const cycle = setup.data?.cycle;
  const articles = [...(cycle?.articles ?? [])].sort((a, b) => a.number - b.number);
  const toggleState = (s: SheetState) => f.setStates(f.states.includes(s) ? f.states.filter((x) => x !== s) : [...f.states, s]);

  return (
    <>
      <SheetDeadline cycleId={cycleId} />
      {cycle && <SheetProgress progress={cycle.sheetProgress} onSelect={(s) => f.setStates([s])} selected={f.states} />}
      <Paper sx={{ p: 2, mb: 2 }} component="section" aria-label={st('review.filters')}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {st('review.states')}
            </Typography>
            <ToggleButtonGroup size="small" aria-label={st('review.states')}>
              <ToggleButton value="ALL" selected={f.states.length === 0} onClick={() => f.setStates([])}>
                {st('review.allStates')}
              </ToggleButton>
              {SHEET_STATES.map((s) => (
                <ToggleButton key={s} value={s} selected={f.states.includes(s)} onClick={() => toggleState(s)}>
                  {label(SHEET_STATE_LABELS[s])}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Box>
          <FilterSelect
            label={st('review.article')}
            value={f.articleId}
            onChange={f.setArticle}
            any={st('review.any')}
            minWidth={220}
            options={articles.map((a) => ({ value: a.id, label: `${st('list.articleNo', { number: a.number })} ${a.title}` }))}
          />
          <FilterSelect
            label={st('review.department')}
            value={f.departmentId}
            onChange={f.setDepartment}
            any={st('review.any')}
            minWidth={200}
            options={(setup.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
          <FilterSelect
            label={st('review.group')}
            value={f.groupId}
            onChange={f.setGroup}
            any={st('review.any')}
            minWidth={140}
            options={(cycle?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
          <Button onClick={f.clear}>{st('review.clear')}</Button>
          <Typography variant="body2" color="text.secondary" sx={{ ml: 'auto' }} data-testid="review-count">
            {list.data ? st('list.count', { count: list.data.sheets.length }) : ''}
          </Typography>
        </Box>
      </Paper>
      <QueryState loading={list.loading} error={list.error} hasData={!!list.data} onRetry={() => void list.refetch()}>
        {list.data && (
          <SheetTable
            sheets={list.data.sheets}
            showDepartment
            showGroup
            empty={st('list.noneFiltered')}
            linkSearch={`?year=${fiscalYear}`}
            actions={(s) => <SheetActions sheet={s} compact onReload={async () => (await list.refetch()).data?.sheets.find((x) => x.id === s.id)} />}
          />
        )}
      </QueryState>
    </>
  );
}
