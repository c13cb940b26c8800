import { useMutation } from '@apollo/client/react';
import type { ResponseEvent } from '@kensho/domain';
import {
  ApproveResponseMutation,
  ApproveResponsesMutation,
  CreateResponseMutation,
  DeleteResponseMutation,
  ReopenResponseMutation,
  ReturnResponseMutation,
  SubmitResponseMutation,
  SubmitResponsesMutation,
  UpdateResponseMutation,
} from '../graphql/responses';

/**
 * A response's change moves the opinions' answers and the progress counts: after each, the screens that
 * show them read again (the shared workflow convention: the record updates in the cache from the answer,
 * the lists and counts are refetched).
 */
const AFTER = { refetchQueries: ['EntryResponses', 'ResponseQueue', 'ResponseQueueSetup', 'ResponseEntries'], awaitRefetchQueries: true };

/** One mutation per business event (STYLE.md item 4), and the edits. */
export function useResponseMutations() {
  const [create] = useMutation(CreateResponseMutation, AFTER);
  const [update] = useMutation(UpdateResponseMutation, AFTER);
  const [remove] = useMutation(DeleteResponseMutation, AFTER);
  const [submit] = useMutation(SubmitResponseMutation, AFTER);
  const [submitMany] = useMutation(SubmitResponsesMutation, AFTER);
  const [ret] = useMutation(ReturnResponseMutation, AFTER);
  const [approve] = useMutation(ApproveResponseMutation, AFTER);
  const [approveMany] = useMutation(ApproveResponsesMutation, AFTER);
  const [reopen] = useMutation(ReopenResponseMutation, AFTER);
  const fire = (event: ResponseEvent, input: { id: string; version: number; comment: string | null }) => {
    const variables = { input };
    switch (event) {
      case 'SUBMIT':
        return submit({ variables });
      case 'RETURN':
        return ret({ variables });
      case 'APPROVE':
        return approve({ variables });
      case 'REOPEN':
        return reopen({ variables });
    }
  };
  return { create, update, remove, fire, submitMany, approveMany };
}
