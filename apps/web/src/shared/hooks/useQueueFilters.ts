import { useSearchParams } from 'react-router';

const ALL = 'ALL';

/**
 * A review queue's filters, kept in the address so that going back finds the queue as it was: the states
 * (`defaults` when the address names none, `ALL` for every state) and single-choice filters by key
 * (`article`, `department`…); clearing shows every state.
 */
export function useQueueFilters<S extends string, K extends string>(all: readonly S[], defaults: readonly S[], keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('states');
  const states: S[] = raw === null ? [...defaults] : raw === ALL ? [] : raw.split(',').filter((s): s is S => (all as readonly string[]).includes(s));
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value === null || value === '') p.delete(key);
        else p.set(key, value);
        return p;
      },
      { replace: true },
    );
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  return {
    states,
    values,
    setStates: (next: readonly S[]) => set('states', next.length ? next.join(',') : ALL),
    setValue: (key: K, value: string) => set(key, value),
    clear: () =>
      setParams(
        (p) => {
          for (const k of keys) p.delete(k);
          p.set('states', ALL);
          return p;
        },
        { replace: true },
      ),
  };
}
