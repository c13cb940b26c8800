import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { ResponseEntries } from '../features/responses/components/ResponseEntries';

/** 対応: the cycle's entries with their responses' progress. */
export function ResponsesPage() {
  const { t: rt } = useTranslation('responses');
  return <CycleScope title={rt('entries.title')}>{(cycle) => <ResponseEntries cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />}</CycleScope>;
}
