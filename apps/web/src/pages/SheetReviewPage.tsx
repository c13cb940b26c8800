import { CycleScope } from '../features/cycles/components/CycleScope';
import { ReviewQueue } from '../features/sheets/components/ReviewQueue';
import { useSheetsT } from '../features/sheets/i18n';

/** シート審査: the secretariat's queue across departments. */
export function SheetReviewPage() {
  const st = useSheetsT();
  return <CycleScope title={st('list.reviewTitle')}>{(cycle) => <ReviewQueue cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />}</CycleScope>;
}
