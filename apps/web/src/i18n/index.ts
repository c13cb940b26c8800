import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@kensho/domain';
import { en } from './en';
import { ja } from './ja';

export const LANGS: readonly Lang[] = ['ja', 'en'];
const STORAGE_KEY = 'kensho.lang';

function storedLang(): Lang {
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

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'ja',
  supportedLngs: LANGS,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
