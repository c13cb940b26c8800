import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { OpinionProgressOverview } from '../features/opinions/components/OpinionProgressOverview';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** 検証意見のとりまとめ: the secretariat's overview of the Check step, per group and entry. */
export function OpinionConsolidationPage() {
  const { t: ot } = useTranslation('opinions');
  usePageTitle(ot('consolidation.title'));
  return <CycleScope title={ot('consolidation.title')}>{(cycle) => <OpinionProgressOverview cycleId={cycle.id} />}</CycleScope>;
}
