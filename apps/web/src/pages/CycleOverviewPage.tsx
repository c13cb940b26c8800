import { useTranslation } from 'react-i18next';
import { CycleOverview } from '../features/cycles/components/CycleOverview';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function CycleOverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('cycles.title'));
  return <CycleScope title={t('cycles.title')}>{(cycle) => <CycleOverview cycleId={cycle.id} />}</CycleScope>;
}
