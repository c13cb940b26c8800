import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { SHEET_STATE_LABELS, SHEET_STATES, type SheetState } from '@kensho/domain';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetListQuery, SheetReviewSetupQuery } from '../graphql/sheets';
import { SheetDeadline } from './SheetLists';
import { SheetActions } from './SheetActions';
import { SheetProgress } from './SheetProgress';
import { SheetTable } from './SheetTable';

const ALL = 'ALL';
/** A filter left open shows its "all" choice rather than an empty box. */
const ANY_SHOWN = { select: { displayEmpty: true }, inputLabel: { shrink: true } };
/** The queue opens on what waits for the secretariat. */
const DEFAULT_STATES: SheetState[] = ['SUBMITTED'];

/** The filters, kept in the URL so that going back to the queue finds it as it was. */
function useReviewFilters() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('states');
  const states: SheetState[] =
    raw === null ? DEFAULT_STATES : raw === ALL ? [] : raw.split(',').filter((s): s is SheetState => (SHEET_STATES as readonly string[]).includes(s));
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value === null || value === '') p.delete(key);
        else p.set(key, value);
        return p;
      },
      { replace: true },
    );
  return {
    states,
    articleId: params.get('article') ?? '',
    departmentId: params.get('department') ?? '',
    groupId: params.get('group') ?? '',
    setStates: (next: SheetState[]) => set('states', next.length ? next.join(',') : ALL),
    setArticle: (v: string) => set('article', v),
    setDepartment: (v: string) => set('department', v),
    setGroup: (v: string) => set('group', v),
    clear: () =>
      setParams(
        (p) => {
          for (const k of ['states', 'article', 'department', 'group']) p.delete(k);
          p.set('states', ALL);
          return p;
        },
        { replace: true },
      ),
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
              <ToggleButton value={ALL} selected={f.states.length === 0} onClick={() => f.setStates([])}>
                {st('review.allStates')}
              </ToggleButton>
              {SHEET_STATES.map((s) => (
                <ToggleButton key={s} value={s} selected={f.states.includes(s)} onClick={() => toggleState(s)}>
                  {label(SHEET_STATE_LABELS[s])}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Box>
          <TextField select label={st('review.article')} value={f.articleId} onChange={(e) => f.setArticle(e.target.value)} fullWidth={false} sx={{ minWidth: 220 }} slotProps={ANY_SHOWN}>
            <MenuItem value="">
              <em>{st('review.any')}</em>
            </MenuItem>
            {articles.map((a) => (
              <MenuItem key={a.id} value={a.id}>
                {st('list.articleNo', { number: a.number })} {a.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label={st('review.department')} value={f.departmentId} onChange={(e) => f.setDepartment(e.target.value)} fullWidth={false} sx={{ minWidth: 200 }} slotProps={ANY_SHOWN}>
            <MenuItem value="">
              <em>{st('review.any')}</em>
            </MenuItem>
            {(setup.data?.departments ?? []).map((d) => (
              <MenuItem key={d.id} value={d.id}>
                {d.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label={st('review.group')} value={f.groupId} onChange={(e) => f.setGroup(e.target.value)} fullWidth={false} sx={{ minWidth: 140 }} slotProps={ANY_SHOWN}>
            <MenuItem value="">
              <em>{st('review.any')}</em>
            </MenuItem>
            {(cycle?.groups ?? []).map((g) => (
              <MenuItem key={g.id} value={g.id}>
                {g.name}
              </MenuItem>
            ))}
          </TextField>
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
