import { useTranslation } from 'react-i18next';
import { MembersSetup } from '../features/setup/components/MembersSetup';
import { PageHeader } from '../shared/components/PageHeader';

export function MembersSetupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('setup.membersTitle')} />
      <MembersSetup />
    </>
  );
}
