import { InMemoryCache } from '@apollo/client';
import { client } from '../../../app/apollo';

/**
 * How the cache stores this feature's lists: each answer from the server replaces the last one (an
 * entry's opinions, an opinion's sources, tags and actions are always read whole). Registered once, on
 * first import.
 */
if (client.cache instanceof InMemoryCache) {
  client.cache.policies.addTypePolicies({
    Project: { fields: { memberOpinions: { merge: false }, councilOpinions: { merge: false } } },
    MemberOpinion: { fields: { usedIn: { merge: false }, availableActions: { merge: false } } },
    CouncilOpinion: {
      fields: { tags: { merge: false }, sources: { merge: false }, availableActions: { merge: false }, revisions: { merge: false } },
    },
    Cycle: { fields: { tags: { merge: false } } },
    Query: { fields: { myAssignedEntries: { merge: false }, opinionProgress: { merge: false } } },
  });
}
