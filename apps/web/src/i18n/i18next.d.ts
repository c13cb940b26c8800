import 'i18next';
import type { resources } from './resources';

/** Every namespace, so i18next checks the keys: `useTranslation('sheets')` then `t('editor.addItem')`. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['ja'];
  }
}
