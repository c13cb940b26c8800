import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { ReviewQueue } from '../features/sheets/components/ReviewQueue';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** シート審査: the secretariat's queue across departments. */
export function SheetReviewPage() {
  const { t: st } = useTranslation('sheets');
  usePageTitle(st('list.reviewTitle'));
  return <CycleScope title={st('list.reviewTitle')}>{(cycle) => <ReviewQueue cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />}</CycleScope>;
}
