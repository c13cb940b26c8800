import { useMutation } from '@apollo/client/react';
import type { SheetEvent } from '@kensho/domain';
import {
  AcceptSheetMutation,
  ReopenSheetMutation,
  ReturnSheetMutation,
  SheetListQuery,
  SheetReviewSetupQuery,
  SubmitSheetMutation,
} from '../graphql/sheets';

/** One mutation per business event (STYLE.md item 4); the lists and the progress refresh after it. */
export function useSheetTransition() {
  const options = { refetchQueries: [SheetListQuery, SheetReviewSetupQuery] };
  const [submit, s] = useMutation(SubmitSheetMutation, options);
  const [ret, r] = useMutation(ReturnSheetMutation, options);
  const [accept, a] = useMutation(AcceptSheetMutation, options);
  const [reopen, o] = useMutation(ReopenSheetMutation, options);
  const run = async (event: SheetEvent, input: { id: string; version: number; comment: string | null }) => {
    const variables = { input };
    switch (event) {
      case 'SUBMIT':
        return (await submit({ variables })).data?.submitSheet;
      case 'RETURN':
        return (await ret({ variables })).data?.returnSheet;
      case 'ACCEPT':
        return (await accept({ variables })).data?.acceptSheet;
      case 'REOPEN':
        return (await reopen({ variables })).data?.reopenSheet;
    }
  };
  return { run, loading: s.loading || r.loading || a.loading || o.loading };
}
