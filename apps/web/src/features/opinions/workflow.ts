import {
  COUNCIL_OPINION_EVENT_LABELS,
  COUNCIL_OPINION_STATE_COLORS,
  COUNCIL_OPINION_STATE_LABELS,
  MEMBER_OPINION_EVENT_LABELS,
  MEMBER_OPINION_STATE_COLORS,
  MEMBER_OPINION_STATE_LABELS,
} from '@kensho/domain';
import { defineWorkflow } from '../../shared/workflow';

/** The council opinion's workflow for the shared components: its labels; reopening is a step back with a reason. */
export const councilOpinionWorkflow = defineWorkflow({
  events: COUNCIL_OPINION_EVENT_LABELS,
  states: COUNCIL_OPINION_STATE_LABELS,
  stateColors: COUNCIL_OPINION_STATE_COLORS,
  stateTestId: 'council-opinion-state',
  tones: { CONFIRM: 'success', REOPEN: 'warning' },
  reasonEvents: ['REOPEN'],
});

/** The member opinion's workflow for the shared components: its labels. */
export const memberOpinionWorkflow = defineWorkflow({
  events: MEMBER_OPINION_EVENT_LABELS,
  states: MEMBER_OPINION_STATE_LABELS,
  stateColors: MEMBER_OPINION_STATE_COLORS,
  stateTestId: 'member-opinion-state',
});
