import { useTranslation } from 'react-i18next';
import { Home } from '../features/home';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** ホーム: the landing page of every role. */
export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('title'));
  return <Home />;
}
