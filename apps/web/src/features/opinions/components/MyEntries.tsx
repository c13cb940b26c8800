import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import {
  CYCLE_PHASE_LABELS,
  isOpinionLate,
  isPastDeadline,
  awaitsOpinions,
  MEMBER_ENTRY_STATUS_LABELS,
  MEMBER_OPINION_STATES,
  MEMBER_OPINION_STATE_LABELS,
  memberEntryStatus,
} from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyAssignedEntriesQuery as Data } from '../../../generated/graphql';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { MyAssignedEntriesQuery } from '../graphql/opinions';
import { LateChip, OpinionDeadline } from './Deadline';
import { MemberOpinionStateChip } from './OpinionChips';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

type Entry = Data['myAssignedEntries'][number];

/** A member's to-do list: each assigned entry, where their opinions stand, and whether they are late. */
export function MyEntries({ cycleId }: { cycleId: string }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(MyAssignedEntriesQuery, { variables: { cycleId } });
  const cycle = data?.cycle;
  const entries = data?.myAssignedEntries ?? [];
  const memberId = user?.memberId ?? null;

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {cycle && (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {ot('mine.intro')}
          </Typography>
          <OpinionDeadline deadline={cycle.opinionDeadline} />
          {cycle.phase !== 'CHECK' && <Alert severity="info">{ot('common.notInCheck', { phase: label(CYCLE_PHASE_LABELS[cycle.phase]) })}</Alert>}
          <Paper>
            <TableContainer>
              <Table data-testid="my-entries">
                <TableHead>
                  <TableRow>
                    <TableCell>{ot('common.article')}</TableCell>
                    <TableCell>{ot('common.entry')}</TableCell>
                    <TableCell>{ot('common.group')}</TableCell>
                    <TableCell>{ot('mine.myOpinions')}</TableCell>
                    <TableCell>{ot('mine.status')}</TableCell>
                    <TableCell>{ot('mine.councilOpinions')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {entries.length === 0 && <EmptyTableRow colSpan={7}>{ot('mine.none')}</EmptyTableRow>}
                  {entries.map((entry) => (
                    <EntryRow key={entry.id} entry={entry} memberId={memberId} fiscalYear={cycle.fiscalYear} deadline={cycle.opinionDeadline} phase={cycle.phase} />
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}

function EntryRow({ entry, memberId, fiscalYear, deadline, phase }: { entry: Entry; memberId: string | null; fiscalYear: number; deadline: string | null | undefined; phase: string }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const mine = entry.memberOpinions.filter((o) => o.memberId === memberId);
  const submitted = mine.some((o) => o.state !== 'DRAFT');
  const to = `/opinions/${entry.id}?year=${fiscalYear}`;
  const confirmed = entry.councilOpinions.filter((c) => c.state === 'CONFIRMED').length;
  // one word for where the member stands (settled by the council first, whatever they did), one late rule
  const standing = { submitted, drafts: mine.filter((o) => o.state === 'DRAFT').length, councilConfirmed: confirmed };
  const status = memberEntryStatus(standing);
  const late = isOpinionLate(isPastDeadline(deadline), standing);
  const opinionsAwaited = awaitsOpinions(phase, status);
  return (
    <TableRow hover data-testid="my-entry-row">
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{ot('common.articleNo', { number: entry.article.number })}</TableCell>
      <TableCell sx={{ minWidth: 200 }}>
        <Link component={RouterLink} to={to} sx={{ fontWeight: 600 }}>
          {entry.name}
        </Link>
        {entry.department && (
          <Typography variant="caption" color="text.secondary" component="div">
            {entry.department.name}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{entry.group?.name ?? '—'}</TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          {mine.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {ot('mine.noOpinions')}
            </Typography>
          )}
          {MEMBER_OPINION_STATES.map((state) => {
            const count = mine.filter((o) => o.state === state).length;
            return count > 0 ? (
              <Box key={state} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} title={ot('mine.countByState', { state: label(MEMBER_OPINION_STATE_LABELS[state]), count })}>
                <MemberOpinionStateChip state={state} />
                <Typography variant="body2">×{count}</Typography>
              </Box>
            ) : null;
          })}
        </Box>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="my-entry-status">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: status === 'SUBMITTED' ? 700 : 400 }}>
            {label(MEMBER_ENTRY_STATUS_LABELS[status])}
          </Typography>
          {late && <LateChip />}
        </Box>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{confirmed > 0 ? ot('mine.confirmedCount', { count: confirmed }) : '—'}</TableCell>
      <TableCell align="right">
        <Button component={RouterLink} to={to} size="small" variant={opinionsAwaited && !submitted ? 'contained' : 'outlined'}>
          {opinionsAwaited ? ot('mine.open') : ot('mine.view')}
        </Button>
      </TableCell>
    </TableRow>
  );
}
