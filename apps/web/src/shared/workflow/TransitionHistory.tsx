import { useId } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks/useLang';
import { usePreconditionLabel } from './preconditions';
import { StateChip } from './StateChip';
import type { WorkflowConfig, WorkflowTransition } from './types';

interface Props<E extends string, S extends string> {
  config: WorkflowConfig<E, S>;
  /** Oldest first, as the API gives them; shown newest first. */
  transitions: readonly WorkflowTransition<E, S>[];
  title: string;
  empty: string;
}

/** Every change of a record's state: when (era date), what, from what to what, who, the comment or reason, and any overridden conditions. */
export function TransitionHistory<E extends string, S extends string>({ config, transitions, title, empty }: Props<E, S>) {
  const { t } = useTranslation('workflow');
  const { label, dateTime } = useLang();
  const name = usePreconditionLabel();
  const titleId = useId();
  const rows = [...transitions].reverse();
  const chip = (state: S) => <StateChip config={{ ...config, stateTestId: undefined }} state={state} />;
  return (
    <Paper component="section" aria-labelledby={titleId} sx={{ mb: 2 }}>
      <Typography variant="h3" component="h2" id={titleId} sx={{ px: 2, pt: 1.5, pb: 1 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          {empty}
        </Typography>
      ) : (
        <TableContainer>
          <Table aria-labelledby={titleId} data-testid="transition-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('history.at')}</TableCell>
                <TableCell>{t('history.event')}</TableCell>
                <TableCell>{t('history.fromTo')}</TableCell>
                <TableCell>{t('history.actor')}</TableCell>
                <TableCell>{t('history.comment')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((tr) => (
                <TableRow key={tr.id} data-testid="transition-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(tr.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{label(config.events[tr.event])}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
                      {chip(tr.fromState)} → {chip(tr.toState)}
                    </Box>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{tr.actorName ?? t('history.system')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap', minWidth: 240 }}>
                    {tr.comment ?? ''}
                    {tr.overridden && tr.overridden.length > 0 && (
                      <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                        {t('history.overridden')}: {tr.overridden.map(name).join('、')}
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
