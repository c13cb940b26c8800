import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { COUNCIL_OPINION_STATE_COLORS, COUNCIL_OPINION_STATE_LABELS, CYCLE_PHASE_LABELS } from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpinionProgressQuery as Data } from '../../../generated/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { OpinionProgressQuery } from '../graphql/opinions';
import { OpinionDeadline } from './Deadline';

type Row = Data['opinionProgress'][number];

interface Totals {
  assigned: number;
  submitted: number;
  drafts: number;
  confirmed: number;
}

const sum = (rows: readonly Row[]): Totals =>
  rows.reduce(
    (t, r) => ({
      assigned: t.assigned + r.assignedCount,
      submitted: t.submitted + r.submittedCount,
      drafts: t.drafts + r.councilDraftCount,
      confirmed: t.confirmed + r.councilConfirmedCount,
    }),
    { assigned: 0, submitted: 0, drafts: 0, confirmed: 0 },
  );

/** Per group (班), then per entry. */
function byGroup(rows: readonly Row[]): Array<{ key: string; name: string | null; rows: Row[] }> {
  const groups = new Map<string, { key: string; name: string | null; order: number; rows: Row[] }>();
  for (const r of rows) {
    const g = r.project.group;
    const key = g?.id ?? '';
    if (!groups.has(key)) groups.set(key, { key, name: g?.name ?? null, order: g?.sortOrder ?? Number.MAX_SAFE_INTEGER, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  return [...groups.values()].sort((a, b) => a.order - b.order);
}

/** The Check step at a glance (secretariat): who submitted, who is late, how far each entry's council opinions are. */
export function OpinionProgressOverview({ cycleId }: { cycleId: string }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const { data, loading, error, refetch } = useQuery(OpinionProgressQuery, { variables: { cycleId } });
  const cycle = data?.cycle;
  const rows = data?.opinionProgress ?? [];
  const total = sum(rows);

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {cycle && (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {ot('consolidation.intro')}
          </Typography>
          <OpinionDeadline deadline={cycle.opinionDeadline} />
          {cycle.phase !== 'CHECK' && <Alert severity="info">{ot('common.notInCheck', { phase: label(CYCLE_PHASE_LABELS[cycle.phase]) })}</Alert>}
          <Paper sx={{ p: 2 }} data-testid="progress-overall">
            <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
              {ot('consolidation.overall')}
            </Typography>
            <TotalsLine totals={total} />
          </Paper>
          {rows.length === 0 && <Alert severity="info">{ot('consolidation.none')}</Alert>}
          {byGroup(rows).map((group) => (
            <Paper key={group.key} component="section" aria-label={group.name ?? ot('common.noGroup')} data-testid="progress-group">
              <Box sx={{ px: 2, pt: 1.5, pb: 1, display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
                <Typography variant="h3" component="h2">
                  {group.name ?? ot('common.noGroup')}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {ot('consolidation.entriesCount', { count: group.rows.length })}
                </Typography>
                <Box sx={{ flexGrow: 1 }} />
                <TotalsLine totals={sum(group.rows)} compact />
              </Box>
              <TableContainer>
                <Table>
                  <TableHead>
                    <TableRow>
                      <TableCell>{ot('common.article')}</TableCell>
                      <TableCell>{ot('common.entry')}</TableCell>
                      <TableCell>{ot('consolidation.submittedLabel')}</TableCell>
                      <TableCell>{ot('consolidation.pending')}</TableCell>
                      <TableCell>{ot('consolidation.councilOpinions')}</TableCell>
                      <TableCell />
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {group.rows.map((r) => (
                      <ProgressRow key={r.project.id} row={r} fiscalYear={cycle.fiscalYear} />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </Paper>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function TotalsLine({ totals, compact = false }: { totals: Totals; compact?: boolean }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  if (compact) {
    return (
      <Typography variant="body2" data-testid="group-totals">
        {ot('consolidation.groupSummary', { submitted: totals.submitted, assigned: totals.assigned, drafts: totals.drafts, confirmed: totals.confirmed })}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Figure label={ot('consolidation.submittedLabel')} value={ot('consolidation.submittedOf', { submitted: totals.submitted, assigned: totals.assigned })} ratio={totals.assigned ? totals.submitted / totals.assigned : 0} />
      <Figure label={`${ot('consolidation.councilOpinions')}・${label(COUNCIL_OPINION_STATE_LABELS.DRAFT)}`} value={String(totals.drafts)} />
      <Figure label={`${ot('consolidation.councilOpinions')}・${label(COUNCIL_OPINION_STATE_LABELS.CONFIRMED)}`} value={String(totals.confirmed)} />
    </Box>
  );
}

function Figure({ label, value, ratio }: { label: string; value: string; ratio?: number }) {
  return (
    <Box sx={{ minWidth: 160 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontSize: '1.4rem', fontWeight: 700, lineHeight: 1.3 }}>{value}</Typography>
      {ratio !== undefined && <LinearProgress variant="determinate" value={Math.round(ratio * 100)} aria-label={label} sx={{ height: 6, borderRadius: 3 }} />}
    </Box>
  );
}

function ProgressRow({ row, fiscalYear }: { row: Row; fiscalYear: number }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const to = `/consolidation/${row.project.id}?year=${fiscalYear}`;
  const late = new Set(row.lateMembers.map((m) => m.id));
  const done = row.assignedCount > 0 && row.submittedCount === row.assignedCount;
  return (
    <TableRow hover data-testid="progress-row">
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{ot('common.articleNo', { number: row.project.article.number })}</TableCell>
      <TableCell sx={{ minWidth: 200 }}>
        <Link component={RouterLink} to={to} sx={{ fontWeight: 600 }}>
          {row.project.name}
        </Link>
        {row.project.department && (
          <Typography variant="caption" color="text.secondary" component="div">
            {row.project.department.name}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 120 }} data-testid="progress-submitted">
        {row.assignedCount === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {ot('consolidation.noAssigned')}
          </Typography>
        ) : (
          <>
            <Typography variant="body2" sx={{ fontWeight: 700 }}>
              {ot('consolidation.submittedOf', { submitted: row.submittedCount, assigned: row.assignedCount })}
            </Typography>
            <LinearProgress
              variant="determinate"
              color={done ? 'success' : 'primary'}
              value={Math.round((row.submittedCount / row.assignedCount) * 100)}
              aria-label={ot('consolidation.submittedLabel')}
              sx={{ height: 5, borderRadius: 3, mt: 0.5 }}
            />
          </>
        )}
      </TableCell>
      <TableCell data-testid="progress-pending">
        {done ? (
          <Typography variant="body2" color="success.main">
            {ot('consolidation.allSubmitted')}
          </Typography>
        ) : (
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            {row.pendingMembers.map((m) =>
              late.has(m.id) ? (
                <Chip key={m.id} size="small" color="error" label={`${m.name}（${ot('common.late')}）`} data-testid="late-member" />
              ) : (
                <Chip key={m.id} size="small" variant="outlined" label={m.name} data-testid="pending-member" />
              ),
            )}
          </Box>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="progress-council">
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          <Chip size="small" variant="outlined" label={`${label(COUNCIL_OPINION_STATE_LABELS.DRAFT)} ${row.councilDraftCount}`} data-testid="council-draft-count" />
          <Chip
            size="small"
            color={row.councilConfirmedCount > 0 ? COUNCIL_OPINION_STATE_COLORS.CONFIRMED : 'default'}
            variant={row.councilConfirmedCount > 0 ? 'filled' : 'outlined'}
            label={`${label(COUNCIL_OPINION_STATE_LABELS.CONFIRMED)} ${row.councilConfirmedCount}`}
            data-testid="council-confirmed-count"
          />
        </Box>
      </TableCell>
      <TableCell align="right">
        <Button component={RouterLink} to={to} size="small" variant="outlined" sx={{ whiteSpace: 'nowrap' }}>
          {ot('consolidation.open')}
        </Button>
      </TableCell>
    </TableRow>
  );
}
