import type { EntryResponsesQuery } from '../../generated/graphql';

/** One response as an entry's page reads it (shared by the page and its cards). */
export type EntryResponse = EntryResponsesQuery['project']['responses'][number];
