import type { ApolloCache } from '@apollo/client';

/** Forgets a deleted record; lists that referred to it drop it on their next read. */
export function evictDeleted(cache: ApolloCache, typename: string, id: string | undefined): void {
  if (!id) return;
  cache.evict({ id: cache.identify({ __typename: typename, id }) });
  cache.gc();
}
