import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type ResponseCategory, type ResponseState } from '@kensho/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ResponseCategoryEnum, ResponseStateEnum } from '../../common/graphql-enums';
import { VersionedRefInput } from '../../common/inputs';
import { IsCalendarDate, IsNotBlank } from '../../common/validation/decorators';

/** What the department writes; a new or edited response needs a category (the demo's have none). */
@InputType({ isAbstract: true })
abstract class ResponseContentInput {
  @Field(() => [ID], { description: 'The confirmed council opinions of the entry it answers (at least one; each answered by one response only).' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LIMITS.responseOpinions) @IsUUID('all', { each: true })
  councilOpinionIds: string[];
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.longText) text: string;
  @Field(() => ResponseCategoryEnum) @IsEnum(ResponseCategoryEnum) category: ResponseCategory;
  @Field(() => String, { nullable: true, description: 'Required when the category is DIFFICULT (対応困難); ignored otherwise.' })
  @IsOptional() @IsString() @MaxLength(LIMITS.reason)
  difficultyReason?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'Tags of the cycle (as on council opinions).' })
  @IsArray() @ArrayMaxSize(LIMITS.tags) @IsUUID('all', { each: true })
  tagIds: string[];
  @Field(() => String, { nullable: true, description: 'When what it promises is due (YYYY-MM-DD).' }) @IsOptional() @IsCalendarDate() dueDate?: string | null;
}

@InputType()
export class CreateResponseInput extends ResponseContentInput {
  @Field(() => ID) @IsUUID() projectId: string;
}

@InputType()
export class UpdateResponseInput extends ResponseContentInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version the editor started from.' }) @IsInt() @Min(1) version: number;
}

/** A transition of one response; `comment` is required to return or reopen. */
@InputType()
export class ResponseTransitionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.comment) comment?: string | null;
}

/** Several responses moved by one event (all or none). */
@InputType()
export class ResponsesTransitionInput {
  @Field(() => [VersionedRefInput])
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LIMITS.bulkTransition) @ValidateNested({ each: true }) @Type(() => VersionedRefInput)
  responses: VersionedRefInput[];
}

/** The approval queue's filters. */
@InputType()
export class ResponseFilterInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => [ResponseStateEnum], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsEnum(ResponseStateEnum, { each: true }) states?: ResponseState[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() articleId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() projectId?: string | null;
  @Field({ nullable: true, description: 'Only the caller’s department’s responses.' }) @IsOptional() @IsBoolean() mine?: boolean;
}
