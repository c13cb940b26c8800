/** Rows grouped by fiscal year, in the order the server gave them (newest year first). */
export function byYear<T extends { fiscalYear: number }>(rows: readonly T[]): Array<[number, T[]]> {
  const groups = new Map<number, T[]>();
  for (const r of rows) groups.set(r.fiscalYear, [...(groups.get(r.fiscalYear) ?? []), r]);
  return [...groups.entries()];
}
