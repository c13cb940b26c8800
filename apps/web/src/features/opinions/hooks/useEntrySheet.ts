import { useQuery } from '@apollo/client/react';
import '../graphql/cachePolicies';
import { OpinionSheetLookupQuery } from '../graphql/opinions';

/**
 * The verification sheet of an entry, if the caller may read it (members read submitted and accepted
 * sheets). The API has no Project.sheet, so this looks it up among the sheets of the entry's group.
 */
export function useEntrySheet(entry: { id: string; cycleId: string; group?: { id: string } | null }) {
  const { data, loading, error, refetch } = useQuery(OpinionSheetLookupQuery, {
    variables: { filter: { cycleId: entry.cycleId, ...(entry.group ? { groupId: entry.group.id } : {}) } },
  });
  const sheet = data?.sheets.find((s) => s.projectId === entry.id) ?? null;
  return { sheetId: sheet?.id ?? null, loading: loading && !data, error: data ? undefined : error, refetch, hasData: !!data };
}
