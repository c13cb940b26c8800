import type { Decision } from '@kensho/domain';
import { badField, DomainError } from '../errors/domain-error';

/** Turns a refused workflow decision into the API's error: one mapping for every workflow. */
export function throwIfRefused<S extends string>(decision: Decision<S>, state: string): asserts decision is Extract<Decision<S>, { allowed: true }> {
  if (decision.allowed) return;
  switch (decision.reason) {
    case 'FORBIDDEN_ROLE':
    case 'OUT_OF_SCOPE':
      throw new DomainError('FORBIDDEN', 'FORBIDDEN');
    case 'COMMENT_REQUIRED':
      throw badField('comment', 'COMMENT_REQUIRED');
    case 'PRECONDITION_FAILED':
      throw new DomainError('INVALID_TRANSITION', 'PRECONDITION_FAILED', { failed: decision.failed.join(', ') }, [], {
        failedPreconditions: decision.failed,
      });
    default:
      throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state });
  }
}

/**
 * Refuses a role that may never fire the event, before anything else is read (so that a caller
 * without the right gets FORBIDDEN, not CONFLICT or a state error that tells them about the record).
 */
export function assertMayFire<E extends string>(workflow: { events: Record<E, { roles: readonly string[] }> }, event: E, role: string): void {
  if (!workflow.events[event].roles.includes(role)) throw new DomainError('FORBIDDEN', 'FORBIDDEN');
}
