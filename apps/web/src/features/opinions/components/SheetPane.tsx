import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../../shared/components/QueryState';
import { IndicatorCharts } from '../../sheets/components/IndicatorCharts';
import { SheetPrint } from '../../sheets/components/SheetPrint';
import { OpinionSheetQuery } from '../graphql/opinions';
import { useEntrySheet } from '../hooks/useEntrySheet';
import { useOpinionsT } from '../i18n';

interface Props {
  entry: { id: string; cycleId: string; group?: { id: string } | null };
  fiscalYear: number;
}

/** The entry's verification sheet, read-only, as the sheets feature prints it (with the indicators' chart). */
export function SheetPane({ entry, fiscalYear }: Props) {
  const ot = useOpinionsT();
  const lookup = useEntrySheet(entry);
  const sheetQuery = useQuery(OpinionSheetQuery, { variables: { id: lookup.sheetId ?? '' }, skip: !lookup.sheetId });
  const sheet = sheetQuery.data?.sheet;
  if (lookup.hasData && !lookup.sheetId) {
    return (
      <Alert severity="info" data-testid="sheet-unavailable">
        {ot('entry.sheetUnavailable')}
      </Alert>
    );
  }
  return (
    <QueryState
      loading={lookup.loading || sheetQuery.loading}
      error={lookup.error ?? sheetQuery.error}
      hasData={!!sheet}
      onRetry={() => void (lookup.sheetId ? sheetQuery.refetch() : lookup.refetch())}
    >
      {sheet && (
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
            <SheetPrint content={sheet.content} project={sheet.project} fiscalYear={fiscalYear} tags={sheet.tags} />
          </Box>
          <Box sx={{ mt: 2 }}>
            <IndicatorCharts indicators={sheet.content.indicators} />
          </Box>
        </Box>
      )}
    </QueryState>
  );
}
