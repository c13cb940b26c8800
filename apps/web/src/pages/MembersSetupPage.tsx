import { useTranslation } from 'react-i18next';
import { MembersSetup } from '../features/setup/components/MembersSetup';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function MembersSetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.membersTitle'));
  return (
    <>
      <PageHeader title={t('setup.membersTitle')} />
      <MembersSetup />
    </>
  );
}
