import { useCallback, useState } from 'react';

/** The rows a user has ticked in a list, by id. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const replace = useCallback((ids: Iterable<string>) => setSelected(new Set(ids)), []);
  return { selected, toggle, replace, clear: useCallback(() => setSelected(new Set()), []) };
}
