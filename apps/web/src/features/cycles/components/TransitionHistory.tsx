import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_EVENT_LABELS, PRECONDITION_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleActionFieldsFragment } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { PhaseChip } from './PhaseChip';

type Transition = CycleActionFieldsFragment['transitions'][number];

/** Who moved the year on, when, from what to what, and why (with any overridden conditions). */
export function TransitionHistory({ transitions }: { transitions: readonly Transition[] }) {
  const { t } = useTranslation();
  const { label, dateTime } = useLang();
  const rows = [...transitions].reverse();
  return (
    <Paper component="section" aria-labelledby="history-title">
      <Typography variant="h3" component="h2" id="history-title" sx={{ px: 2, pt: 1.5, pb: 1 }}>
        {t('cycles.history')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {t('cycles.noHistory')}
        </Typography>
      ) : (
        <TableContainer>
          <Table aria-labelledby="history-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('cycles.at')}</TableCell>
                <TableCell>{t('cycles.event')}</TableCell>
                <TableCell>{t('cycles.fromTo')}</TableCell>
                <TableCell>{t('cycles.actor')}</TableCell>
                <TableCell>{t('cycles.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(r.at)}</TableCell>
                  <TableCell>{label(CYCLE_PHASE_EVENT_LABELS[r.event])}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                      <PhaseChip phase={r.fromState} /> → <PhaseChip phase={r.toState} />
                    </Box>
                  </TableCell>
                  <TableCell>{r.actorName ?? t('cycles.actorUnrecorded')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                    {r.comment ?? ''}
                    {r.overridden.length > 0 && (
                      <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                        {t('cycles.overridden')}: {r.overridden.map((c) => (PRECONDITION_LABELS[c] ? label(PRECONDITION_LABELS[c]) : c)).join('、')}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
