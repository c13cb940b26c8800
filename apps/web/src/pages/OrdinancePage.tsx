import { useTranslation } from 'react-i18next';
import { OrdinanceSetup } from '../features/setup/components/OrdinanceSetup';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function OrdinancePage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.ordinanceTitle'));
  return (
    <>
      <PageHeader title={t('setup.ordinanceTitle')} />
      <OrdinanceSetup />
    </>
  );
}
