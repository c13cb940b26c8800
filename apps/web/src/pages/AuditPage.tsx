import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../features/audit/components/AuditTrail';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function AuditPage() {
  const { t } = useTranslation('audit');
  usePageTitle(t('title'));
  return (
    <>
      <PageHeader title={t('title')} />
      <AuditTrail />
    </>
  );
}
