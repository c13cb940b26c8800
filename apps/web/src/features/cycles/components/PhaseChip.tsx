import type { CyclePhase } from '@kensho/domain';
import { StateChip } from '../../../shared/workflow';
import { cycleWorkflow } from '../workflow';

/** A cycle's phase, labelled and coloured from the one map in @kensho/domain. */
export function PhaseChip({ phase, size = 'small' }: { phase: CyclePhase; size?: 'small' | 'medium' }) {
  return <StateChip config={cycleWorkflow} state={phase} size={size} />;
}
