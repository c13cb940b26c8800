import { useQuery } from '@apollo/client/react';
import EventOutlined from '@mui/icons-material/EventOutlined';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetCycleQuery, SheetListQuery } from '../graphql/sheets';
import { SheetTable } from './SheetTable';

/** The cycle's deadline for the sheets, in the Japanese era. */
export function SheetDeadline({ cycleId }: { cycleId: string }) {
  const { t: st } = useTranslation('sheets');
  const { date } = useLang();
  const { data } = useQuery(SheetCycleQuery, { variables: { id: cycleId } });
  const deadline = data?.cycle.sheetDeadline;
  if (!data) return null;
  return (
    <Alert severity="info" icon={<EventOutlined />} sx={{ mb: 2 }} data-testid="sheet-deadline">
      {deadline ? st('list.deadlineLine', { date: date(deadline) }) : st('list.noDeadline')}
    </Alert>
  );
}

/** Staff: their department's sheets of the year (`mine: true`). */
export function MySheets({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t: st } = useTranslation('sheets');
  const { data, loading, error, refetch } = useQuery(SheetListQuery, { variables: { filter: { cycleId, mine: true } } });
  return (
    <>
      <SheetDeadline cycleId={cycleId} />
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {data && <SheetTable sheets={data.sheets} empty={st('list.noneMine')} linkSearch={`?year=${fiscalYear}`} />}
      </QueryState>
    </>
  );
}

/** Members (and anyone else): every sheet the API lets them read, read-only. */
export function AllSheets({ cycleId, fiscalYear }: { cycleId: string; fiscalYear: number }) {
  const { t: st } = useTranslation('sheets');
  const { data, loading, error, refetch } = useQuery(SheetListQuery, { variables: { filter: { cycleId } } });
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {st('list.readOnlyNote')}
      </Typography>
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {data && <SheetTable sheets={data.sheets} showDepartment showGroup empty={st('list.noneAll')} linkSearch={`?year=${fiscalYear}`} />}
      </QueryState>
    </>
  );
}
