import { MESSAGES, type ErrorCode, type MessageKey, type Thing } from '@kensho/domain';

/** A failing field of an input: the path, the rule that failed and its parameters (translated late). */
export interface FieldProblem {
  field: string;
  constraint: string;
  params?: Record<string, string | number>;
}

/**
 * The one error type of the domain. Services throw it; `GraphqlErrorFilter` turns it into the error
 * shape of STYLE.md item 7, with the message in the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${messageKey}`);
  }
}

export const notFound = (what: Thing) => new DomainError('NOT_FOUND', 'NOT_FOUND', { what });
export const forbidden = () => new DomainError('FORBIDDEN', 'FORBIDDEN');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED');
export const conflict = (currentVersion?: number) =>
  new DomainError('CONFLICT', 'CONFLICT', {}, [], currentVersion === undefined ? {} : { currentVersion });
export const badInput = (fields: FieldProblem[]) => new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT', {}, fields);
/**
 * One failing field. Where the rule has a message of its own (duplicate, in use, …) that message is also
 * the error's headline, so the user reads the reason and not only "some input is not valid".
 */
export const badField = (field: string, constraint: string, params: Record<string, string | number> = {}) =>
  new DomainError('BAD_USER_INPUT', constraint in MESSAGES ? (constraint as MessageKey) : 'BAD_USER_INPUT', params, [{ field, constraint, params }]);
/**
 * A refusal until `until`: the message says how long to wait, `extensions.retryAfter` (seconds) and
 * `retryAt` say it to a program, and GraphqlErrorFilter sends the `Retry-After` header.
 */
export const rateLimited = (until: Date, now = new Date()) => {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new DomainError('RATE_LIMITED', 'TRY_AGAIN_IN', { minutes: Math.ceil(retryAfter / 60) }, [], { retryAfter, retryAt: until.toISOString() });
};
