import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../features/audit/components/AuditTrail';
import { PageHeader } from '../shared/components/PageHeader';

export function AuditPage() {
  const { t } = useTranslation('audit');
  return (
    <>
      <PageHeader title={t('title')} />
      <AuditTrail />
    </>
  );
}
