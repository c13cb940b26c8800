import { CyclePhaseEnum, CyclePhaseEventEnum } from '../../common/graphql-enums';
import { workflowTypes } from '../../common/workflow/workflow.model';

const cycleWorkflowTypes = workflowTypes('Cycle', CyclePhaseEventEnum, CyclePhaseEnum);
/** A phase change the caller may ask for now, with the preconditions that currently fail. */
export const CycleAction = cycleWorkflowTypes.Action;
export type CycleAction = InstanceType<typeof CycleAction>;
/** One recorded phase change. */
export const CycleTransition = cycleWorkflowTypes.Transition;
export type CycleTransition = InstanceType<typeof CycleTransition>;
