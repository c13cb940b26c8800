import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page title's parts, most specific first, then the app's name: 「医工連携等推進事業 | 施策検証シート | 検証 Kensho」. */
export function pageTitle(parts: readonly (string | null | undefined)[], app: string): string {
  return [...parts.filter((p): p is string => !!p?.trim()), app].join(' | ');
}

/**
 * Sets the browser tab's title while the page is shown, in the current language; a part not known yet
 * (a record still loading) is left out. Back to the app's name alone when the page goes.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useTranslation();
  const app = t('app.title');
  const title = pageTitle(parts, app);
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = app;
    };
  }, [title, app]);
}
