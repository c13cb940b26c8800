import { useTranslation } from 'react-i18next';
import { OrdinanceSetup } from '../features/setup/components/OrdinanceSetup';
import { PageHeader } from '../shared/components/PageHeader';

export function OrdinancePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('setup.ordinanceTitle')} />
      <OrdinanceSetup />
    </>
  );
}
