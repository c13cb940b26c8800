import { useCallback } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { CycleListQuery } from '../graphql/cycles';

/** The fiscal year chosen in the URL (?year=2019), or the newest cycle. */
export function useCycleSelection() {
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(CycleListQuery);
  const cycles = data?.cycles ?? [];
  const year = Number(params.get('year'));
  const selected = cycles.find((c) => c.fiscalYear === year) ?? cycles[0] ?? null;
  const select = useCallback(
    (fiscalYear: number) =>
      setParams((p) => {
        p.set('year', String(fiscalYear));
        return p;
      }),
    [setParams],
  );
  return { cycles, selected, select, loading: loading && !data, error: data ? undefined : error, refetch, hasData: !!data };
}
