import { describe, expect, it } from '@jest/globals';
import { InMemoryCache } from '@apollo/client';
import { client } from './apollo';

/** The fields whose answers replace what the cache held (`merge: false`), by type, as each feature declares them. */
const REPLACED: Array<[string, string]> = [
  ['Cycle', 'availableActions'],
  ['Project', 'assignedMembers'],
  // the sheets' lists
  ['Sheet', 'content'],
  ['Sheet', 'attachments'],
  ['SheetContent', 'items'],
  ['Cycle', 'sheetProgress'],
  // the opinions' lists
  ['Project', 'memberOpinions'],
  ['CouncilOpinion', 'sources'],
  ['Query', 'opinionProgress'],
  ['Cycle', 'tags'],
];

describe("the app's Apollo cache", () => {
  it.each(REPLACED)('holds the policy of %s.%s from the start, before any screen of its feature is loaded', (type, field) => {
    const cache = client.cache as InMemoryCache;
    expect(cache).toBeInstanceOf(InMemoryCache);
    expect(cache.policies.getMergeFunction(type, field, undefined)).toBeDefined();
  });
});
