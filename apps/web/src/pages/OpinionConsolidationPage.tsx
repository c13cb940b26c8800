import { CycleScope } from '../features/cycles/components/CycleScope';
import { OpinionProgressOverview } from '../features/opinions/components/OpinionProgressOverview';
import { useOpinionsT } from '../features/opinions/i18n';

/** 検証意見のとりまとめ: the secretariat's overview of the Check step, per group and entry. */
export function OpinionConsolidationPage() {
  const ot = useOpinionsT();
  return <CycleScope title={ot('consolidation.title')}>{(cycle) => <OpinionProgressOverview cycleId={cycle.id} />}</CycleScope>;
}
