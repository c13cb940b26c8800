import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResponseCategory } from '@kensho/domain';
import { ResponseCategoryEnum, ResponseEventEnum, ResponseStateEnum } from '../../common/graphql-enums';
import { workflowTypes } from '../../common/workflow/workflow.model';

const responseWorkflowTypes = workflowTypes('Response', ResponseEventEnum, ResponseStateEnum);
/** What the caller may do with a response now (from `actionsFor`). */
export const ResponseAction = responseWorkflowTypes.Action;
export type ResponseAction = InstanceType<typeof ResponseAction>;
/** One recorded transition of a response. */
export const ResponseTransition = responseWorkflowTypes.Transition;
export type ResponseTransition = InstanceType<typeof ResponseTransition>;

/** What the caller may do with a response besides its transitions (the server decides; the client hides what it would refuse). */
@ObjectType()
export class ResponsePermissions {
  @Field({ description: 'Edit the text, category, tags, due date and the opinions it answers (its department, DRAFT or RETURNED, Check or Action).' })
  canEdit: boolean;
  @Field({ description: 'Delete it (its department, a draft never submitted).' }) canDelete: boolean;
  @Field({ description: 'Read its earlier versions, the version returned and the review comments (its department and the secretariat).' })
  seesHistory: boolean;
}

/** One version of a response: the current one, or one an edit replaced (response_revision). */
@ObjectType()
export class ResponseVersion {
  @Field(() => Int) version: number;
  @Field() text: string;
  @Field(() => ResponseCategoryEnum, { nullable: true }) category: ResponseCategory | null;
  @Field(() => String, { nullable: true }) difficultyReason: string | null;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field(() => [ID], { description: 'The council opinions it answered in this version.' }) councilOpinionIds: string[];
  tagIds: string[];
  @Field() savedAt: Date;
  @Field(() => String, { nullable: true }) savedByName: string | null;
  @Field({ description: 'The current version (not yet replaced).' }) current: boolean;
}

/**
 * How far the responses are, counted in confirmed council opinions (one response may answer several), as
 * the caller sees them: the secretariat and the entry's department count drafts; everyone else only
 * approved responses.
 */
@ObjectType()
export class ResponseProgress {
  @Field(() => Int, { description: 'Confirmed council opinions.' }) total: number;
  @Field(() => Int, { description: 'Answered by a response (any state).' }) answered: number;
  @Field(() => Int, { description: 'Answered by a response the secretariat has received: SUBMITTED or APPROVED.' }) submitted: number;
  @Field(() => Int, { description: 'Answered by a response sent back (RETURNED).' }) returned: number;
  @Field(() => Int, { description: 'Answered by an APPROVED response.' }) approved: number;
  @Field(() => Int, { description: 'Not answered yet.' }) unanswered: number;
}

export type { OpinionAnswer } from '../../data/loaders';
