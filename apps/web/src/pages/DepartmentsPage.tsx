import { useTranslation } from 'react-i18next';
import { DepartmentsSetup } from '../features/setup/components/DepartmentsSetup';
import { PageHeader } from '../shared/components/PageHeader';

export function DepartmentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('setup.departmentsTitle')} />
      <DepartmentsSetup />
    </>
  );
}
