import { FIELD_MESSAGES, type Lang } from '@kensho/domain';

/** The client's checks, worded like the server's (the same FIELD_MESSAGES from @kensho/domain). */
function text(key: string, lang: Lang, params: Record<string, number> = {}): string {
  const template = (FIELD_MESSAGES[key] ?? FIELD_MESSAGES.default!)[lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

export const rules = {
  required: (lang: Lang) => ({ value: true, message: text('isNotEmpty', lang) }),
  maxLength: (max: number, lang: Lang) => ({ value: max, message: text('maxLength', lang, { max }) }),
  minLength: (min: number, lang: Lang) => ({ value: min, message: text('minLength', lang, { min }) }),
  /** '' or a whole number in range. */
  optionalInt: (lang: Lang, min: number, max: number) => (value: unknown) => {
    if (value === '' || value === null || value === undefined) return true;
    const n = Number(value);
    if (!Number.isInteger(n)) return text('isInt', lang);
    if (n < min) return text('min', lang, { min });
    if (n > max) return text('max', lang, { max });
    return true;
  },
  notBlank: (lang: Lang) => (value: unknown) => (typeof value === 'string' && value.trim() === '' ? text('isNotEmpty', lang) : true),
  dateRange: (lang: Lang, start: unknown, end: unknown) =>
    typeof start === 'string' && typeof end === 'string' && start && end && end < start ? text('dateRange', lang) : true,
};

/** '' → null, else the number. */
export const toIntOrNull = (v: string | number | null | undefined): number | null =>
  v === '' || v === null || v === undefined ? null : Number(v);

/** '' → null. */
export const toNull = (v: string | null | undefined): string | null => (v === '' || v === undefined ? null : v);
