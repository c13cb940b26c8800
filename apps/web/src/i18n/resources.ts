import { auditEn, auditJa } from '../features/audit/strings';
import { homeEn, homeJa } from '../features/home/strings';
import { opinionsEn, opinionsJa } from '../features/opinions/strings';
import { responsesEn, responsesJa } from '../features/responses/strings';
import { sheetsEn, sheetsJa } from '../features/sheets/strings';
import { workflowEn, workflowJa } from '../shared/workflow/strings';
import { en } from './en';
import { ja } from './ja';

/**
 * Every namespace of UI strings, Japanese first: `translation` (the app's own, the default) and one per
 * feature, kept in the feature's `strings.ts` (`useTranslation('sheets')`, `t('sheets:nav.mine')`).
 * Registered once, at init (`index.ts`); their keys are typed from the Japanese strings
 * (`i18next.d.ts`), and each English bundle is typed as its Japanese one. A new feature's strings are
 * added here; `workflow` is the shared workflow components' (`shared/workflow/`).
 */
export const resources = {
  ja: { translation: ja, sheets: sheetsJa, opinions: opinionsJa, home: homeJa, audit: auditJa, responses: responsesJa, workflow: workflowJa },
  en: { translation: en, sheets: sheetsEn, opinions: opinionsEn, home: homeEn, audit: auditEn, responses: responsesEn, workflow: workflowEn },
};
