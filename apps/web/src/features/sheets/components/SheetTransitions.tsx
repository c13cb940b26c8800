import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SHEET_EVENT_LABELS, type SheetEvent, type SheetState } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetStateChip } from './SheetStateChip';

interface Transition {
  id: string;
  event: SheetEvent;
  fromState: SheetState;
  toState: SheetState;
  actorName?: string | null;
  comment?: string | null;
  at: string;
}

/** Every change of the sheet's state: who, when (era date), from what to what, and the comment. */
export function SheetTransitions({ transitions }: { transitions: readonly Transition[] }) {
  const { t: st } = useTranslation('sheets');
  const { label, dateTime } = useLang();
  const rows = [...transitions].reverse();
  return (
    <Paper component="section" aria-labelledby="transitions-title" sx={{ mb: 2 }}>
      <Typography variant="h3" component="h2" id="transitions-title" sx={{ px: 2, pt: 1.5, pb: 1 }}>
        {st('history.transitions')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {st('history.noTransitions')}
        </Typography>
      ) : (
        <TableContainer>
          <Table data-testid="transition-table">
            <TableHead>
              <TableRow>
                <TableCell>{st('history.at')}</TableCell>
                <TableCell>{st('history.event')}</TableCell>
                <TableCell>{st('history.fromTo')}</TableCell>
                <TableCell>{st('history.actor')}</TableCell>
                <TableCell>{st('history.comment')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((tr) => (
                <TableRow key={tr.id} data-testid="transition-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(tr.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{label(SHEET_EVENT_LABELS[tr.event])}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
                      <SheetStateChip state={tr.fromState} /> → <SheetStateChip state={tr.toState} />
                    </Box>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{tr.actorName ?? st('history.actorUnrecorded')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap', minWidth: 240 }}>{tr.comment ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
