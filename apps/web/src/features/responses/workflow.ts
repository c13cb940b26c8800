import { RESPONSE_EVENT_LABELS, RESPONSE_STATE_COLORS, RESPONSE_STATE_LABELS } from '@kensho/domain';
import { defineWorkflow } from '../../shared/workflow';

/** The response's workflow for the shared components: its labels; a return or reopening is a step back with a comment. */
export const responseWorkflow = defineWorkflow({
  events: RESPONSE_EVENT_LABELS,
  states: RESPONSE_STATE_LABELS,
  stateColors: RESPONSE_STATE_COLORS,
  stateTestId: 'response-state',
  tones: { APPROVE: 'success', RETURN: 'warning', REOPEN: 'warning' },
  reasonEvents: ['REOPEN'],
});
