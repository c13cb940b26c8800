import type { TypePolicies } from '@apollo/client';

/**
 * How the cache stores this feature's lists: each answer from the server replaces the last one (an
 * entry's opinions, an opinion's sources, tags and actions are always read whole). Registered with the
 * app's cache in `app/apollo.ts`.
 */
export const opinionTypePolicies: TypePolicies = {
  Project: { fields: { memberOpinions: { merge: false }, councilOpinions: { merge: false } } },
  MemberOpinion: { fields: { usedIn: { merge: false } } },
  CouncilOpinion: {
    fields: { tags: { merge: false }, sources: { merge: false }, revisions: { merge: false } },
  },
  Cycle: { fields: { tags: { merge: false } } },
  Query: { fields: { myAssignedEntries: { merge: false }, opinionProgress: { merge: false } } },
};
