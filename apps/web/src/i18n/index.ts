import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, storedLang } from '../shared/lang';
import { resources } from './resources';

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

/** The one i18next set-up: every namespace registered here, at init. */
void i18n.use(initReactI18next).init({
  resources,
  ns: Object.keys(resources.ja),
  defaultNS: 'translation',
  lng: storedLang(),
  fallbackLng: 'ja',
  supportedLngs: LANGS,
  interpolation: { escapeValue: false },
  returnNull: false,
});
