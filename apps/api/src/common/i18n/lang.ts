import type { Lang } from '@kensho/domain';

/** The user's language: the client sends Accept-Language (ja or en); Japanese is the default. */
export function langOf(req: { headers?: Record<string, string | string[] | undefined> } | undefined): Lang {
  const header = req?.headers?.['accept-language'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'ja';
}
