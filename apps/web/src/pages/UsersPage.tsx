import { useTranslation } from 'react-i18next';
import { UsersAdmin } from '../features/admin/components/UsersAdmin';
import { PageHeader } from '../shared/components/PageHeader';

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.usersTitle')} />
      <UsersAdmin />
    </>
  );
}
