import type { ContentLike, IndicatorLike, ItemLike } from './draft';

/** The words a plain-text rendering of a sheet needs, in the user's language. */
export interface TextLabels {
  implementation: string;
  indicators: string;
  assessment: string;
  notes: string;
  /** 2019 → 2019年度 / FY2019 */
  fy: (year: number) => string;
  /** 約 / approx. */
  approx: string;
  lang: 'ja' | 'en';
}

/** 1234.5 → 1,234.5 */
export function formatNumber(value: number, lang: 'ja' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 6 }).format(value);
}

/** 約3 / approx. 3 */
export function formatValue(value: number, approximate: boolean, labels: Pick<TextLabels, 'approx' | 'lang'>): string {
  const n = formatNumber(value, labels.lang);
  if (!approximate) return n;
  return labels.lang === 'en' ? `${labels.approx} ${n}` : `${labels.approx}${n}`;
}

/** (1) heading / text / ・bullets / | table | */
export function itemToText(item: ItemLike, n: number): string {
  const lines = [`(${n}) ${item.heading}`];
  if (item.text) lines.push(...item.text.split('\n'));
  for (const b of item.bullets) lines.push(`・${b}`);
  for (const row of item.table ?? []) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** 件数（件）: 2018年度 5 ／ 2019年度 約3（note） */
export function indicatorToText(ind: IndicatorLike, labels: TextLabels): string {
  const unit = ind.unit ? (labels.lang === 'en' ? ` (${ind.unit})` : `（${ind.unit}）`) : '';
  const values = ind.values.map((v) => `${labels.fy(v.fiscalYear)} ${formatValue(v.value, ind.approximate, labels)}`).join(labels.lang === 'en' ? ' / ' : ' ／ ');
  const note = ind.note ? (labels.lang === 'en' ? ` (${ind.note})` : `（${ind.note}）`) : '';
  return `${ind.label}${unit}: ${values}${note}`;
}

/** The whole sheet as lines of text, in the order it prints: the basis of the readable diff. */
export function contentToText(c: ContentLike, labels: TextLabels): string {
  const out: string[] = [];
  const title = (t: string) => (labels.lang === 'en' ? `[${t}]` : `【${t}】`);
  out.push(title(labels.implementation));
  c.items.forEach((item, i) => out.push(itemToText(item, i + 1)));
  out.push(title(labels.indicators));
  c.indicators.forEach((ind) => out.push(indicatorToText(ind, labels)));
  out.push(title(labels.assessment));
  if (c.assessment) out.push(c.assessment);
  out.push(title(labels.notes));
  if (c.notes) out.push(c.notes);
  return `${out.join('\n')}\n`;
}
