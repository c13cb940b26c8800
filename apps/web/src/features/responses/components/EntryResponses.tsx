import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EntryResponsesQuery } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { QueryState } from '../../../shared/components/QueryState';
import { TagMarks } from '../../../shared/components/TagMarks';
import { downloadXlsx } from '../../../shared/export/xlsx';
import { useLang } from '../../../shared/hooks/useLang';
import { useSelection } from '../../../shared/hooks/useSelection';
import { EntryResponsesQuery as EntryDoc } from '../graphql/responses';
import { useResponseMutations } from '../hooks/useResponseMutations';
import { responseWorkflow } from '../workflow';
import { ProgressCounts, useCategoryLabel } from './ResponseParts';
import { ResponseCard } from './ResponseCard';
import { ResponseFormDialog } from './ResponseFormDialog';

type Entry = EntryResponsesQuery['project'];
import type { EntryResponse } from '../model';
type Opinion = Entry['councilOpinions'][number];

/** Opinions answered by one response stand together beside it; an unanswered opinion stands alone. */
interface Row {
  opinions: Opinion[];
  response: EntryResponse | null;
}

function rowsOf(entry: Entry): Row[] {
  const byId = new Map(entry.responses.map((r) => [r.id, r]));
  const rows: Row[] = [];
  const rowOf = new Map<string, Row>();
  for (const o of entry.councilOpinions) {
    const response = o.response ? (byId.get(o.response.id) ?? null) : null;
    const existing = response && rowOf.get(response.id);
    if (existing) existing.opinions.push(o);
    else {
      const row = { opinions: [o], response };
      rows.push(row);
      if (response) rowOf.set(response.id, row);
    }
  }
  return rows;
}

/**
 * One entry's Check and Action side by side: each confirmed council opinion (number, text, tags) with the
 * response beside it. Its department selects opinions to answer them with one response, edits and submits;
 * everyone else reads what the server lets them (approved responses; the secretariat also reviews here).
 */
export function EntryResponses({ projectId, fiscalYear }: { projectId: string; fiscalYear: number }) {
  const { data, loading, error, refetch } = useQuery(EntryDoc, { variables: { id: projectId } });
  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {data && <EntryView entry={data.project} fiscalYear={fiscalYear} reload={async () => (await refetch()).data?.project} />}
    </QueryState>
  );
}

function EntryView({ entry, fiscalYear, reload }: { entry: Entry; fiscalYear: number; reload: () => Promise<Entry | undefined> }) {
  const { t: rt } = useTranslation('responses');
  const { label } = useLang();
  const category = useCategoryLabel();
  const { submitMany } = useResponseMutations();
  const { selected, toggle, clear } = useSelection();
  const [creating, setCreating] = useState(false);
  const [submitAll, setSubmitAll] = useState(false);
  const rows = rowsOf(entry);
  const submittable = entry.responses.filter((r) => r.availableActions.some((a) => a.event === 'SUBMIT' && a.failedPreconditions.length === 0));
  const chosen = entry.councilOpinions.filter((o) => selected.has(o.id));
  const reloadResponse = (id: string) => async () => (await reload())?.responses.find((r) => r.id === id);

  const exportGrid = () =>
    void downloadXlsx(
      rt('export.gridFile', { entry: entry.name }),
      entry.name,
      [
        { header: rt('entry.check'), width: 8 },
        { header: rt('entry.check'), width: 60 },
        { header: rt('form.opinions'), width: 10 },
        { header: rt('form.category'), width: 12 },
        { header: rt('entry.action'), width: 60 },
        { header: rt('queue.state'), width: 12 },
      ],
      rows.map((row) => [
        row.opinions.map((o) => `${o.mark}${o.tags.map((t) => t.mark).join('')}`).join('・'),
        row.opinions.map((o) => `${o.mark} ${o.text}`).join('\n'),
        row.response?.marks ?? '',
        row.response ? category(row.response.category) : '',
        row.response?.text ?? '',
        row.response ? label(responseWorkflow.states[row.response.state]) : '',
      ]),
    );

  return (
    <>
      <Button component={RouterLink} to={`/responses?year=${fiscalYear}`} startIcon={<ArrowBackOutlined />} size="small" sx={{ mb: 1 }}>
        {rt('entry.back')}
      </Button>
      <Typography variant="h1" component="h1" data-testid="entry-title" sx={{ overflowWrap: 'anywhere' }}>
        {entry.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {`第${entry.article.number}条 ${entry.article.title}`}
        {entry.department && ` ・ ${entry.department.name}`}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <ProgressCounts progress={entry.responseProgress} testId="entry-progress" />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, ml: { md: 'auto' } }}>
          {entry.canDraftResponse && (
            <Button variant="contained" startIcon={<AddOutlined />} disabled={chosen.length === 0} onClick={() => setCreating(true)}>
              {rt('entry.answerSelected')}
              {chosen.length > 0 && `（${chosen.map((o) => o.mark).join('・')}）`}
            </Button>
          )}
          {submittable.length > 0 && (
            <Button variant="outlined" onClick={() => setSubmitAll(true)}>
              {rt('entry.submitAll')}
            </Button>
          )}
          <Button variant="outlined" startIcon={<DownloadOutlined />} onClick={exportGrid}>
            {rt('export.button')}
          </Button>
        </Box>
      </Box>

      {entry.councilOpinions.length === 0 ? (
        <Alert severity="info">{rt('entry.noOpinions')}</Alert>
      ) : (
        <Paper component="section" aria-label={`${rt('entry.check')} / ${rt('entry.action')}`} data-testid="check-action">
          <Box sx={{ display: { xs: 'none', md: 'grid' }, gridTemplateColumns: '1fr 1fr', borderBottom: 1, borderColor: 'divider' }}>
            <Typography variant="h3" component="h2" sx={{ p: 1.5 }}>
              {rt('entry.check')}
            </Typography>
            <Typography variant="h3" component="h2" sx={{ p: 1.5, borderLeft: 1, borderColor: 'divider' }}>
              {rt('entry.action')}
            </Typography>
          </Box>
          {rows.map((row) => (
            <Box
              key={row.opinions[0]!.id}
              data-testid="check-action-row"
              data-marks={row.opinions.map((o) => o.mark).join('・')}
              sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(0, 1fr)' }, borderBottom: 1, borderColor: 'divider' }}
            >
              <Box sx={{ p: 1.5 }} data-testid="check-cell">
                {row.opinions.map((o) => (
                  <Box key={o.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }} data-testid="council-opinion" data-mark={o.mark}>
                    {entry.canDraftResponse && !o.response && (
                      <Checkbox
                        size="small"
                        checked={selected.has(o.id)}
                        onChange={() => toggle(o.id)}
                        slotProps={{ input: { 'aria-label': rt('entry.select', { mark: o.mark }) } }}
                        sx={{ p: 0.25 }}
                      />
                    )}
                    <Typography sx={{ fontWeight: 700, color: 'primary.main', minWidth: 24 }}>{o.mark}</Typography>
                    <Box sx={{ minWidth: 0 }}>
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {o.text}
                      </Typography>
                      <TagMarks tags={o.tags} />
                    </Box>
                  </Box>
                ))}
              </Box>
              <Box sx={{ p: 1.5, borderLeft: { md: 1 }, borderTop: { xs: 1, md: 0 }, borderColor: 'divider', bgcolor: { xs: 'background.default', md: 'transparent' } }} data-testid="action-cell">
                <Typography variant="caption" sx={{ display: { md: 'none' }, fontWeight: 700 }}>
                  {rt('entry.action')}
                </Typography>
                {row.response ? (
                  <ResponseCard key={`${row.response.id}:${row.response.permissions.canEdit}`} response={row.response} onReload={reloadResponse(row.response.id)} />
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    {rt('entry.noResponse')}
                  </Typography>
                )}
              </Box>
            </Box>
          ))}
        </Paper>
      )}
      <Legends opinionTags={entry.councilOpinions.flatMap((o) => o.tags)} responseTags={rows.flatMap((r) => r.response?.tags ?? [])} />

      {creating && (
        <ResponseFormDialog
          projectId={entry.id}
          opinions={chosen}
          onClose={() => {
            setCreating(false);
            clear();
          }}
        />
      )}
      <ConfirmDialog
        open={submitAll}
        title={rt('entry.submitAllTitle')}
        message={rt('entry.submitAllMessage', { count: submittable.length })}
        confirmLabel={rt('entry.submitAll')}
        onClose={() => setSubmitAll(false)}
        onReload={() => void reload()}
        onConfirm={() => submitMany({ variables: { input: { responses: submittable.map((r) => ({ id: r.id, version: r.version })) } } })}
      />
    </>
  );
}

type Tag = { id: string; mark: string; legend: string; responseLegend?: string | null };

/**
 * 凡例 as the document prints them: each mark used here, beside the opinions (「※ は…を踏まえた意見」) and
 * beside the responses (「※ は…を踏まえた対応」; a tag without its own response legend uses the one legend).
 */
function Legends({ opinionTags, responseTags }: { opinionTags: readonly Tag[]; responseTags: readonly Tag[] }) {
  const { t: rt } = useTranslation('responses');
  const unique = (tags: readonly Tag[]) => [...new Map(tags.map((t) => [t.id, t])).values()];
  const lines = [
    ...unique(opinionTags).map((t) => ({ key: `o${t.id}`, text: t.legend })),
    ...unique(responseTags).map((t) => ({ key: `r${t.id}`, text: t.responseLegend ?? t.legend })),
  ].filter((line, i, all) => all.findIndex((x) => x.text === line.text) === i);
  if (lines.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mt: 1 }} data-testid="response-legends">
      <Typography variant="caption" sx={{ fontWeight: 700 }}>
        {rt('entry.legend')}
      </Typography>
      {lines.map((l) => (
        <Typography key={l.key} variant="caption">
          {l.text}
        </Typography>
      ))}
    </Box>
  );
}
