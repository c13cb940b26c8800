import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CouncilOpinionEvent, MemberOpinionEvent } from '@kensho/domain';
import { CouncilOpinionEventEnum, MemberOpinionEventEnum } from '../../common/graphql-enums';
import { MemberEntity } from '../members/member.entity';
import { ProjectEntity } from '../projects/project.entity';

@ObjectType()
export class MemberOpinionAction {
  @Field(() => MemberOpinionEventEnum) event: MemberOpinionEvent;
  @Field(() => [String]) failedPreconditions: string[];
}

@ObjectType()
export class CouncilOpinionAction {
  @Field(() => CouncilOpinionEventEnum) event: CouncilOpinionEvent;
  @Field() requiresComment: boolean;
  @Field(() => [String]) failedPreconditions: string[];
}

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
