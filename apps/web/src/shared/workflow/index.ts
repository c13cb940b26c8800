export { FailedPreconditions, usePreconditionLabel, usePreconditions } from './preconditions';
export { StateChip } from './StateChip';
export { TransitionDialog, type TransitionInput } from './TransitionDialog';
export { TransitionHistory } from './TransitionHistory';
export { WorkflowActions, type WorkflowChoice } from './WorkflowActions';
export { defineWorkflow, type EventTone, type StateColor, type WorkflowAction, type WorkflowConfig, type WorkflowTransition } from './types';
export { workflowTypePolicies } from './cachePolicies';
