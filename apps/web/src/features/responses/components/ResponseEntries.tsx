import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';
import { QueryState } from '../../../shared/components/QueryState';
import { useSession } from '../../auth';
import { ResponseEntriesQuery } from '../graphql/responses';
import { ProgressCounts } from './ResponseParts';

/** The cycle's entries, each with its progress (answered / submitted / approved), and the cycle's; staff see their department's. */
export function ResponseEntries({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t: rt } = useTranslation('responses');
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(ResponseEntriesQuery, { variables: { cycleId } });
  const cycle = data?.cycle;
  const mine = user?.role === 'DEPARTMENT_STAFF' ? user.departmentId : null;
  const entries = (cycle?.projects ?? []).filter((p) => !p.verifiedWithId && (!mine || p.departmentId === mine)).sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <QueryState loading={loading} error={error} hasData={!!cycle} onRetry={() => void refetch()}>
      {cycle && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {rt('entries.help')}
          </Typography>
          <Box sx={{ mb: 2 }}>
            <ProgressCounts progress={cycle.responseProgress} testId="cycle-progress" />
          </Box>
          <TableContainer component={Paper}>
            <Table size="small" data-testid="response-entries">
              <TableHead>
                <TableRow>
                  <TableCell>{rt('entries.article')}</TableCell>
                  <TableCell>{rt('entries.entry')}</TableCell>
                  <TableCell>{rt('entries.department')}</TableCell>
                  <TableCell>{rt('entries.progress')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {entries.length === 0 && <EmptyTableRow colSpan={4}>{rt('entries.none')}</EmptyTableRow>}
                {entries.map((p) => (
                  <TableRow key={p.id} hover data-testid="response-entry-row">
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>第{p.article.number}条</TableCell>
                    <TableCell sx={{ minWidth: 180 }}>
                      <RouterLink to={`/responses/${p.id}?year=${fiscalYear}`}>{p.name}</RouterLink>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.department?.name ?? ''}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="entry-progress-line">
                      {rt('progress.line', { ...p.responseProgress })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
    </QueryState>
  );
}
