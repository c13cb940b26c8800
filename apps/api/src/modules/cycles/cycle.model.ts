import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CyclePhase, CyclePhaseEvent } from '@kensho/domain';
import { CyclePhaseEnum, CyclePhaseEventEnum } from '../../common/graphql-enums';

/** A phase change the caller may ask for now, with the preconditions that currently fail. */
@ObjectType()
export class CycleAction {
  @Field(() => CyclePhaseEventEnum) event: CyclePhaseEvent;
  @Field(() => CyclePhaseEnum) toPhase: CyclePhase;
  @Field(() => [String], { description: 'Codes of the preconditions that fail now (labels in libs/domain).' })
  failedPreconditions: string[];
  @Field({ description: 'The caller may override the failed preconditions with a written reason.' })
  canOverride: boolean;
}

/** One recorded phase change. */
@ObjectType()
export class CycleTransition {
  @Field(() => ID) id: string;
  @Field(() => CyclePhaseEventEnum) event: CyclePhaseEvent;
  @Field(() => CyclePhaseEnum) fromPhase: CyclePhase;
  @Field(() => CyclePhaseEnum) toPhase: CyclePhase;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => [String]) overridden: string[];
  @Field() at: Date;
}
