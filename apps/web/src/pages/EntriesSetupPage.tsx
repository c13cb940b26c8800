import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { EntriesSetup } from '../features/setup/components/EntriesSetup';

export function EntriesSetupPage() {
  const { t } = useTranslation();
  return <CycleScope title={t('shell.entries')}>{(cycle) => <EntriesSetup cycleId={cycle.id} />}</CycleScope>;
}
