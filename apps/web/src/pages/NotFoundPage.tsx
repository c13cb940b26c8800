import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../shared/components/PageHeader';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Button component={Link} to="/" variant="outlined">
        {t('notFound.back')}
      </Button>
    </>
  );
}
