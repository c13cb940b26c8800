import i18n from 'i18next';
import type { Lang } from '@kensho/domain';

/**
 * The UI's language, kept in localStorage; the i18next instance is set up once in `i18n/index.ts`.
 * Here so that shared code and features read and change it without importing the app's strings.
 */
export const LANGS: readonly Lang[] = ['ja', 'en'];
const STORAGE_KEY = 'kensho.lang';

/** The language chosen last time in this browser, Japanese by default. */
export function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

/** The language of the UI and of the server's messages (sent as Accept-Language). */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'ja';
}

export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18n.changeLanguage(lang);
}
