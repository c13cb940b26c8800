import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { EntriesSetup } from '../features/setup/components/EntriesSetup';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function EntriesSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('shell.entries'));
  return <CycleScope title={t('shell.entries')}>{(cycle) => <EntriesSetup cycleId={cycle.id} />}</CycleScope>;
}
