import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@apollo/client/react';
import type { CyclePhase, SheetState } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/components/QueryState';
import { IndicatorCharts, SheetPrint } from '../../sheets';
import { EntrySheetQuery } from '../graphql/opinions';

/**
 * Why no sheet is shown, from the sheet's state the server gives every reader: an entry verified with
 * another has none; a draft of a year past Do will never be submitted; only in Do is one still to come.
 */
function unavailableReason(state: SheetState | null, phase: CyclePhase) {
  if (!state) return 'entry.sheetNone' as const;
  if (phase !== 'PLAN' && phase !== 'DO') return 'entry.sheetNeverSubmitted' as const;
  return 'entry.sheetUnavailable' as const;
}

/** The entry's verification sheet, read-only, as the sheets feature prints it (with the indicators' chart). */
export function SheetPane({ projectId, fiscalYear, cyclePhase }: { projectId: string; fiscalYear: number; cyclePhase: CyclePhase }) {
  const { t: ot } = useTranslation('opinions');
  const { data, loading, error, refetch } = useQuery(EntrySheetQuery, { variables: { projectId } });
  const project = data?.project;
  const sheet = project?.sheet;
  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {project && !sheet && (
        <Alert severity="info" data-testid="sheet-unavailable">
          {ot(unavailableReason(project.sheetState ?? null, cyclePhase))}
        </Alert>
      )}
      {project && sheet && (
        <Box data-testid="opinion-sheet">
          <Box
            sx={{
              bgcolor: '#e9edf1',
              p: 1,
              borderRadius: 1,
              // the A4 page, narrower: the pane is half the screen
              '& .sheet-print': { p: { xs: 2, xl: 3 }, maxWidth: 'none' },
            }}
          >
            <SheetPrint content={sheet.content} project={project} fiscalYear={fiscalYear} tags={sheet.tags} />
          </Box>
          <Box sx={{ mt: 2 }}>
            <IndicatorCharts indicators={sheet.content.indicators} />
          </Box>
        </Box>
      )}
    </QueryState>
  );
}
