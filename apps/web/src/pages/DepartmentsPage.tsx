import { useTranslation } from 'react-i18next';
import { DepartmentsSetup } from '../features/setup/components/DepartmentsSetup';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function DepartmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.departmentsTitle'));
  return (
    <>
      <PageHeader title={t('setup.departmentsTitle')} />
      <DepartmentsSetup />
    </>
  );
}
