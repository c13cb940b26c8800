import { useTranslation } from 'react-i18next';
import { UsersAdmin } from '../features/admin/components/UsersAdmin';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.usersTitle'));
  return (
    <>
      <PageHeader title={t('admin.usersTitle')} />
      <UsersAdmin />
    </>
  );
}
