import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { GroupsSetup } from '../features/setup/components/GroupsSetup';

export function GroupsSetupPage() {
  const { t } = useTranslation();
  return <CycleScope title={t('shell.groups')}>{(cycle) => <GroupsSetup cycleId={cycle.id} />}</CycleScope>;
}
