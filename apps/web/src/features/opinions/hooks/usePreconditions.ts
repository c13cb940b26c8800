import { useCallback } from 'react';
import { PRECONDITION_LABELS } from '@kensho/domain';
import { useLang } from '../../../shared/hooks/useLang';
import { useOpinionsT } from '../i18n';

/** Why an offered action is disabled: the failed preconditions, in words (PRECONDITION_LABELS). */
export function usePreconditions() {
  const ot = useOpinionsT();
  const { label } = useLang();
  return useCallback(
    (codes: readonly string[]): string =>
      codes.length === 0 ? '' : ot('common.failedPreconditions', { list: codes.map((c) => (PRECONDITION_LABELS[c] ? label(PRECONDITION_LABELS[c]) : c)).join('、') }),
    [label, ot],
  );
}
