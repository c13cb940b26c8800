import { useCallback } from 'react';
import { PRECONDITION_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

/** Why an offered action is disabled: the failed preconditions, in words (PRECONDITION_LABELS). */
export function usePreconditions() {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  return useCallback(
    (codes: readonly string[]): string =>
      codes.length === 0 ? '' : ot('common.failedPreconditions', { list: codes.map((c) => (PRECONDITION_LABELS[c] ? label(PRECONDITION_LABELS[c]) : c)).join('、') }),
    [label, ot],
  );
}
