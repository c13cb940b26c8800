import { CYCLE_PHASE_COLORS, CYCLE_PHASE_EVENT_LABELS, CYCLE_PHASE_LABELS } from '@kensho/domain';
import { defineWorkflow } from '../../shared/workflow';

/** The cycle's phases for the shared workflow components: its labels (a phase change is always a step forward). */
export const cycleWorkflow = defineWorkflow({
  events: CYCLE_PHASE_EVENT_LABELS,
  states: CYCLE_PHASE_LABELS,
  stateColors: CYCLE_PHASE_COLORS,
});
