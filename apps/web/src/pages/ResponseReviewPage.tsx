import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { ResponseQueue } from '../features/responses/components/ResponseQueue';

/** 対応の承認: the secretariat's queue across departments. */
export function ResponseReviewPage() {
  const { t: rt } = useTranslation('responses');
  return <CycleScope title={rt('queue.title')}>{(cycle) => <ResponseQueue cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />}</CycleScope>;
}
