import { useTranslation } from 'react-i18next';
import { CycleOverview } from '../features/cycles/components/CycleOverview';
import { CycleScope } from '../features/cycles/components/CycleScope';

export function CycleOverviewPage() {
  const { t } = useTranslation();
  return <CycleScope title={t('cycles.title')}>{(cycle) => <CycleOverview cycleId={cycle.id} />}</CycleScope>;
}
