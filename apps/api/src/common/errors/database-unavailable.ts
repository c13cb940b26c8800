import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL's error codes for "the server cannot answer now" (https://www.postgresql.org/docs/current/errcodes-appendix.html):
 * class 08 (connection exception), admin/crash shutdown, cannot connect now (starting up or recovering),
 * too many connections, and a statement cancelled by `statement_timeout` (a server that stopped answering).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** Socket errors of a server that is down, unreachable or went away mid-request. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/** What node-postgres and its pool say when a connection cannot be had or is lost (they set no code). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i, // "…unexpectedly", "…due to connection timeout"
  /^timeout exceeded when trying to connect/i,
  /^Client has encountered a connection error and is not queryable/i,
  /^Query read timeout/i,
  /^Cannot use a pool after calling end on the pool/i, // this instance is shutting down: another may answer
];

/**
 * Whether an error means the database is out of reach for now, so that the client is told to try again
 * (SERVICE_UNAVAILABLE) rather than shown a bug. TypeORM wraps a failed statement in QueryFailedError
 * (the driver's error in `driverError`); a connection that cannot be had arrives as the driver's error.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e instanceof QueryFailedError ? (e.driverError as unknown) : e;
  if (!err || typeof err !== 'object') return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (/^08[0-9A-Z]{3}$/.test(code) || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
  // An AggregateError (connecting to every address of "localhost" failed) carries the socket errors.
  const inner = (err as { errors?: unknown }).errors;
  return Array.isArray(inner) && inner.length > 0 && inner.every(isDatabaseUnavailable);
}
