import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/components/QueryState';
import { IndicatorCharts, SheetPrint } from '../../sheets';
import { EntrySheetQuery } from '../graphql/opinions';

/** The entry's verification sheet, read-only, as the sheets feature prints it (with the indicators' chart). */
export function SheetPane({ projectId, fiscalYear }: { projectId: string; fiscalYear: number }) {
  const { t: ot } = useTranslation('opinions');
  const { data, loading, error, refetch } = useQuery(EntrySheetQuery, { variables: { projectId } });
  const project = data?.project;
  const sheet = project?.sheet;
  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {project && !sheet && (
        <Alert severity="info" data-testid="sheet-unavailable">
          {ot('entry.sheetUnavailable')}
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
