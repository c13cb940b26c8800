import { LIMITS, SHEET_EVENT_LABELS, SHEET_STATE_COLORS, SHEET_STATE_LABELS } from '@kensho/domain';
import { defineWorkflow } from '../../shared/workflow';

/** The verification sheet's workflow for the shared components: its labels and how its events look. */
export const sheetWorkflow = defineWorkflow({
  events: SHEET_EVENT_LABELS,
  states: SHEET_STATE_LABELS,
  stateColors: SHEET_STATE_COLORS,
  stateTestId: 'sheet-state',
  tones: { ACCEPT: 'success', RETURN: 'warning', REOPEN: 'warning' },
  reasonEvents: ['REOPEN'],
  commentLimit: LIMITS.comment,
});
