/**
 * What a log line may hold of a value: no secrets (password hashes, session tokens and their hashes,
 * passwords, cookies), and nothing large (an attachment's bytes, a 20,000-character text): a failed
 * INSERT is logged with its SQL parameters, and those are the row being written.
 */
export const REDACTED = '[REDACTED]';

/** Keys whose values are secrets wherever they appear. */
const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization|session|credential/i;
/** Values that are secrets whatever their key: argon2 hashes, SHA-256 hex (session token hashes), bare tokens. */
const SECRET_VALUE = [/^\$argon2/, /^[0-9a-f]{64}$/i, /^[A-Za-z0-9_-]{40,128}$/];
const ARGON2_INSIDE = /\$argon2[a-z]*\$[\w+/=$,.-]*/g;

const MAX_STRING = 500;
const MAX_STACK = 4000;
const MAX_ITEMS = 20;
const MAX_DEPTH = 6;

function redactString(s: string, max = MAX_STRING): string {
  if (SECRET_VALUE.some((re) => re.test(s))) return REDACTED;
  const cleaned = s.replace(ARGON2_INSIDE, REDACTED);
  return cleaned.length > max ? `${cleaned.slice(0, max)}…[${cleaned.length} chars]` : cleaned;
}

/** A copy of `value` fit for a log line (see above). */
export function redactForLog(value: unknown, depth = 0, key = ''): unknown {
  if (typeof value === 'string') return key === 'stack' ? redactString(value, MAX_STACK) : redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${(value as ArrayBufferView).byteLength} bytes]`;
  if (value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => redactForLog(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…[${value.length - MAX_ITEMS} more]`] : items;
  }
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  const keys = new Set([...Object.keys(source), ...(value instanceof Error ? ['name', 'message', 'stack'] : [])]);
  for (const k of keys) out[k] = SECRET_KEY.test(k) && source[k] != null ? REDACTED : redactForLog(source[k], depth + 1, k);
  return out;
}

/**
 * pino's serializer of `err` (pino-http hands it the standard serialization: type, message, stack and the
 * error's own fields, such as a QueryFailedError's `query`, `parameters` and `driverError`).
 */
export const errSerializer = (err: unknown) => redactForLog(err);
