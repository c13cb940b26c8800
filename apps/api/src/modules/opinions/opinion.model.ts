import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CouncilOpinionEventEnum, CouncilOpinionStateEnum, MemberOpinionEventEnum, MemberOpinionStateEnum } from '../../common/graphql-enums';
import { workflowTypes } from '../../common/workflow/workflow.model';
import { MemberEntity } from '../../data/member.entity';
import { ProjectEntity } from '../../data/project.entity';

const memberOpinionTypes = workflowTypes('MemberOpinion', MemberOpinionEventEnum, MemberOpinionStateEnum);
export const MemberOpinionAction = memberOpinionTypes.Action;
export const MemberOpinionTransition = memberOpinionTypes.Transition;
export type MemberOpinionAction = InstanceType<typeof MemberOpinionAction>;
const councilOpinionTypes = workflowTypes('CouncilOpinion', CouncilOpinionEventEnum, CouncilOpinionStateEnum);
export const CouncilOpinionAction = councilOpinionTypes.Action;
export const CouncilOpinionTransition = councilOpinionTypes.Transition;
export type CouncilOpinionAction = InstanceType<typeof CouncilOpinionAction>;

/** Where a member opinion went: the council opinion's number and wording. */
@ObjectType()
export class CouncilOpinionUse {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() mark: string;
  @Field() text: string;
  @Field() state: string;
}

@ObjectType()
export class CouncilOpinionRevision {
  @Field(() => Int) version: number;
  @Field() text: string;
  @Field() savedAt: Date;
  @Field(() => String, { nullable: true }) savedByName: string | null;
}

/** Progress of the Check step for one entry. */
@ObjectType()
export class EntryOpinionProgress {
  @Field(() => ProjectEntity) project: ProjectEntity;
  @Field(() => Int) assignedCount: number;
  @Field(() => Int, { description: 'Assigned members with at least one submitted opinion.' }) submittedCount: number;
  @Field(() => [MemberEntity], { description: 'Assigned members who have not submitted, after the deadline.' }) lateMembers: MemberEntity[];
  @Field(() => [MemberEntity], { description: 'Assigned members who have not submitted yet.' }) pendingMembers: MemberEntity[];
  @Field(() => Int) councilDraftCount: number;
  @Field(() => Int) councilConfirmedCount: number;
}
