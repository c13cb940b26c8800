import { useMutation } from '@apollo/client/react';
import type { ConsolidationQuery } from '../../../generated/graphql';
import {
  AdoptMemberOpinionMutation,
  ConfirmCouncilOpinionsMutation,
  CreateCouncilOpinionMutation,
  DeleteCouncilOpinionMutation,
  MergeCouncilOpinionsMutation,
  NoteMemberOpinionMutation,
  NoteMemberOpinionsMutation,
  ReopenCouncilOpinionMutation,
  ReorderCouncilOpinionsMutation,
  SplitCouncilOpinionMutation,
  UpdateCouncilOpinionMutation,
} from '../graphql/opinions';

export type ConsolidationEntry = ConsolidationQuery['project'];
export type ConsolidationMemberOpinion = ConsolidationEntry['memberOpinions'][number];
export type ConsolidationCouncilOpinion = ConsolidationEntry['councilOpinions'][number];

/**
 * A change to one council opinion touches others (numbers, sources, the member opinions' "used in" and
 * whether they may be adopted): after each, the page reads the entry again.
 */
const AFTER = { refetchQueries: ['Consolidation'], awaitRefetchQueries: true };

/** The secretariat's consolidation mutations, each followed by a fresh read of the entry. */
export function useConsolidationMutations() {
  const [adopt] = useMutation(AdoptMemberOpinionMutation, AFTER);
  const [note] = useMutation(NoteMemberOpinionMutation, AFTER);
  const [create] = useMutation(CreateCouncilOpinionMutation, AFTER);
  const [update] = useMutation(UpdateCouncilOpinionMutation, AFTER);
  const [merge] = useMutation(MergeCouncilOpinionsMutation, AFTER);
  const [split] = useMutation(SplitCouncilOpinionMutation, AFTER);
  const [reorder] = useMutation(ReorderCouncilOpinionsMutation, AFTER);
  const [remove] = useMutation(DeleteCouncilOpinionMutation, AFTER);
  const [confirm] = useMutation(ConfirmCouncilOpinionsMutation, AFTER);
  const [noteMany] = useMutation(NoteMemberOpinionsMutation, AFTER);
  const [reopen] = useMutation(ReopenCouncilOpinionMutation, AFTER);
  return { adopt, note, noteMany, create, update, merge, split, reorder, remove, confirm, reopen };
}

/**
 * The API offers no `canEdit` on a council opinion: a draft the caller may confirm now (CONFIRM offered,
 * no failed precondition) is one the secretariat may also edit, split, move or delete. The server
 * decides in the end; its refusal (e.g. ENTRY_HAS_CONFIRMED) is shown as it words it.
 */
export function isEditable(o: { availableActions: ReadonlyArray<{ event: string; failedPreconditions: readonly string[] }> }): boolean {
  return o.availableActions.some((a) => a.event === 'CONFIRM' && a.failedPreconditions.length === 0);
}
