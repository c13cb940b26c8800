import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import type { TextLabels } from '../model/text';

/** The words of the plain-text rendering (diffs, conflicts) in the user's language. */
export function useTextLabels(): TextLabels {
  const { t: st } = useTranslation('sheets');
  const { lang } = useLang();
  return useMemo(
    () => ({
      implementation: st('preview.implementation'),
      indicators: st('preview.indicators'),
      assessment: st('preview.assessment'),
      notes: st('preview.notes'),
      fy: (year: number) => st('preview.fy', { year }),
      approx: st('preview.approx'),
      lang,
    }),
    [st, lang],
  );
}
