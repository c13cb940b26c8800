import type { SheetContent, SheetItem, Indicator } from '../data/sheet-content.model';

/** The seed's detailed page of a project (kawasaki-fy2019.json `projects[]`), as far as sheets read it. */
export interface SeedPage {
  name: string;
  implementation: Array<Record<string, unknown>>;
  metrics: Array<{ label: string; unit: string; value?: number; values?: Record<string, number>; valueText?: string; approximate?: boolean }>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * A detailed page of the FY2019 document as the content of its verification sheet: each printed item
 * becomes an implementation item (heading, text, bullets, table), each figure an indicator. The
 * transcriber's English notes are not part of the document and are left out.
 */
export function sheetContentFromSeed(page: SeedPage, fiscalYear: number): SheetContent {
  const items: SheetItem[] = page.implementation.map((raw) => {
    const heading = String(raw.heading ?? raw.title ?? '').trim() || '実施状況';
    const text = [raw.heading ? raw.title : null, raw.text, raw.parties, ...strings(raw.captions), raw.footnote]
      .filter((x): x is string => typeof x === 'string' && x.length > 0)
      .join('\n');
    const groups = Array.isArray(raw.groups) ? (raw.groups as Array<{ label: string; bullets: string[] }>) : [];
    const bullets = [
      ...strings(raw.columnHeadings),
      ...strings(raw.bullets),
      ...groups.flatMap((g) => g.bullets.map((b) => `${g.label}：${b}`)),
    ];
    const table = Array.isArray(raw.table) ? (raw.table as Array<Array<string | null>>).map((row) => row.map((c) => c ?? '')) : null;
    return { heading, text: text || null, bullets, table };
  });
  const indicators: Indicator[] = page.metrics.flatMap((m) => {
    const values = m.values
      ? Object.entries(m.values).map(([y, v]) => ({ fiscalYear: Number(y), value: v }))
      : typeof m.value === 'number'
        ? [{ fiscalYear, value: m.value }]
        : [];
    if (values.length === 0) return [];
    return [{ label: m.label, unit: m.unit, values, approximate: !!m.approximate, note: m.valueText ?? null }];
  });
  return { items, indicators, assessment: null, notes: null };
}
