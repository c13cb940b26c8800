import { LIMITS } from '@kensho/domain';

/**
 * The sheet's content as the API gives it and takes it (SheetContent / SheetContentInput), and as the
 * editor holds it while the user types (a Draft: every field a string, each item with a React key).
 */
export interface ItemLike {
  heading: string;
  text?: string | null;
  bullets: readonly string[];
  table?: ReadonlyArray<readonly string[]> | null;
}
export interface IndicatorLike {
  label: string;
  unit: string;
  approximate: boolean;
  note?: string | null;
  values: ReadonlyArray<{ fiscalYear: number; value: number }>;
}
export interface ContentLike {
  items: readonly ItemLike[];
  indicators: readonly IndicatorLike[];
  assessment?: string | null;
  notes?: string | null;
}

export interface ContentInput {
  items: Array<{ heading: string; text: string | null; bullets: string[]; table: string[][] | null }>;
  indicators: Array<{ label: string; unit: string; approximate: boolean; note: string | null; values: Array<{ fiscalYear: number; value: number }> }>;
  assessment: string | null;
  notes: string | null;
}

export interface DraftItem {
  key: string;
  heading: string;
  text: string;
  bullets: string[];
  /** Rows of cells; the first row is the header. */
  table: string[][] | null;
}

export interface DraftIndicator {
  key: string;
  label: string;
  unit: string;
  approximate: boolean;
  note: string;
  /** Typed values by fiscal year ('2019' → '3'); what the user typed, checked when saving. */
  values: Record<string, string>;
}

export interface Draft {
  items: DraftItem[];
  indicators: DraftIndicator[];
  assessment: string;
  notes: string;
}

/** A problem the client finds before sending: where (a path into the draft) and which message. */
export interface DraftProblem {
  path: string;
  message: 'headingRequired' | 'labelRequired' | 'notANumber' | 'yearOutOfRange';
}

let counter = 0;
export const newKey = (): string => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

export const emptyItem = (): DraftItem => ({ key: newKey(), heading: '', text: '', bullets: [], table: null });
export const emptyIndicator = (): DraftIndicator => ({ key: newKey(), label: '', unit: '', approximate: false, note: '', values: {} });

export function fromContent(c: ContentLike): Draft {
  return {
    items: c.items.map((i) => ({
      key: newKey(),
      heading: i.heading,
      text: i.text ?? '',
      bullets: [...i.bullets],
      table: i.table?.length ? i.table.map((r) => [...r]) : null,
    })),
    indicators: c.indicators.map((ind) => ({
      key: newKey(),
      label: ind.label,
      unit: ind.unit,
      approximate: ind.approximate,
      note: ind.note ?? '',
      values: Object.fromEntries(ind.values.map((v) => [String(v.fiscalYear), String(v.value)])),
    })),
    assessment: c.assessment ?? '',
    notes: c.notes ?? '',
  };
}

/** '1,234.5' → 1234.5; '' → null; anything else → NaN. */
export function parseValue(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '').replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

const isBlankItem = (i: DraftItem) =>
  !i.heading.trim() && !i.text.trim() && i.bullets.every((b) => !b.trim()) && (!i.table || i.table.every((r) => r.every((c) => !c.trim())));
const isBlankIndicator = (i: DraftIndicator) =>
  !i.label.trim() && !i.unit.trim() && !i.note.trim() && Object.values(i.values).every((v) => !v.trim());

/**
 * What the API will be sent, and what the client finds wrong first. Entirely blank items and indicators
 * (just added, nothing typed) are left out rather than refused.
 */
export function toInput(d: Draft, years: { min: number; max: number }): { input: ContentInput; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const items: ContentInput['items'] = [];
  d.items.forEach((item, i) => {
    if (isBlankItem(item)) return;
    if (!item.heading.trim()) problems.push({ path: `items.${i}.heading`, message: 'headingRequired' });
    const table = item.table && item.table.some((r) => r.some((c) => c.trim())) ? item.table.map((r) => r.map((c) => c.trim())) : null;
    items.push({
      heading: item.heading.trim(),
      text: item.text.trim() || null,
      bullets: item.bullets.map((b) => b.trim()).filter(Boolean),
      table,
    });
  });
  const indicators: ContentInput['indicators'] = [];
  d.indicators.forEach((ind, i) => {
    if (isBlankIndicator(ind)) return;
    if (!ind.label.trim()) problems.push({ path: `indicators.${i}.label`, message: 'labelRequired' });
    const values: Array<{ fiscalYear: number; value: number }> = [];
    for (const [year, text] of Object.entries(ind.values)) {
      const value = parseValue(text);
      if (value === null) continue;
      const fy = Number(year);
      if (Number.isNaN(value)) problems.push({ path: `indicators.${i}.values.${year}`, message: 'notANumber' });
      else if (fy < years.min || fy > years.max) problems.push({ path: `indicators.${i}.values.${year}`, message: 'yearOutOfRange' });
      else values.push({ fiscalYear: fy, value });
    }
    values.sort((a, b) => a.fiscalYear - b.fiscalYear);
    indicators.push({ label: ind.label.trim(), unit: ind.unit.trim(), approximate: ind.approximate, note: ind.note.trim() || null, values });
  });
  return {
    input: { items, indicators, assessment: d.assessment.trim() || null, notes: d.notes.trim() || null },
    problems,
  };
}

/** The draft as the content it stands for (for the preview and the diff), leaving out what cannot be sent. */
export function draftToContent(d: Draft): ContentInput {
  return toInput(d, { min: 0, max: 9999 }).input;
}

/** Two drafts say the same thing (whitespace at the ends and blank entries aside). */
export function sameDraft(a: Draft, b: Draft): boolean {
  return canonical(a) === canonical(b);
}

export function canonical(d: Draft): string {
  return JSON.stringify({
    ...toInput(d, { min: 0, max: 9999 }).input,
    // values that do not parse still count as a difference
    raw: d.indicators.map((i) => Object.entries(i.values).filter(([, v]) => v.trim() && Number.isNaN(parseValue(v) ?? 0))),
  });
}

/** The fiscal years a sheet's indicators may have: its own and the LIMITS.indicatorYearsBack before it. */
export function indicatorYears(fiscalYear: number): { min: number; max: number; all: number[] } {
  const min = fiscalYear - LIMITS.indicatorYearsBack;
  const all = Array.from({ length: LIMITS.indicatorYearsBack + 1 }, (_, i) => min + i);
  return { min, max: fiscalYear, all };
}
