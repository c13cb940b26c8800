import { isSetupLocked, type CyclePhase } from '@kensho/domain';
import { DomainError } from '../errors/domain-error';

/**
 * The cycle's set-up lock, used by every feature that changes a cycle's set-up (cycles, entries, sheets'
 * tags…): its home is here, not inside one feature's service.
 */
export function assertSetupEditable(cycle: { phase: CyclePhase }): void {
  if (isSetupLocked(cycle.phase)) throw new DomainError('INVALID_TRANSITION', 'CYCLE_LOCKED');
}
