import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { GroupsSetup } from '../features/setup/components/GroupsSetup';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function GroupsSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('shell.groups'));
  return <CycleScope title={t('shell.groups')}>{(cycle) => <GroupsSetup cycleId={cycle.id} />}</CycleScope>;
}
