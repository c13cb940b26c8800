import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type OpinionKind } from '@kensho/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { OpinionKindEnum } from '../../common/graphql-enums';
import { VersionedRefInput } from '../../common/inputs';
import { IsCalendarDate, IsNotBlank } from '../../common/validation/decorators';

@InputType()
export class CreateMemberOpinionInput {
  @Field(() => ID) @IsUUID() projectId: string;
  @Field(() => OpinionKindEnum) @IsEnum(OpinionKindEnum) kind: OpinionKind;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.longText) text: string;
}

@InputType()
export class UpdateMemberOpinionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => OpinionKindEnum) @IsEnum(OpinionKindEnum) kind: OpinionKind;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.longText) text: string;
}

@InputType()
export class CreateCouncilOpinionInput {
  @Field(() => ID) @IsUUID() projectId: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the texts of the member opinions it is drawn from.' })
  @IsOptional() @IsString() @MaxLength(LIMITS.longText)
  text?: string | null;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) memberOpinionIds: string[];
}

@InputType()
export class UpdateCouncilOpinionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.longText) text: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) tagIds: string[];
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) memberOpinionIds: string[];
}

@InputType()
export class MergeCouncilOpinionsInput {
  @Field(() => [VersionedRefInput], { description: 'In the order their texts are joined; the first one is kept.' })
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => VersionedRefInput)
  opinions: VersionedRefInput[];
}

@InputType()
export class SplitCouncilOpinionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [String], { description: 'The texts of the parts, in order (at least two).' })
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(LIMITS.splitParts) @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(LIMITS.longText, { each: true })
  texts: string[];
}

@InputType()
export class ReorderCouncilOpinionsInput {
  @Field(() => ID) @IsUUID() projectId: string;
  @Field(() => [VersionedRefInput], { description: 'Every council opinion of the entry, in the new order.' })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => VersionedRefInput)
  opinions: VersionedRefInput[];
}

@InputType()
export class ConfirmCouncilOpinionsInput {
  @Field(() => [VersionedRefInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => VersionedRefInput)
  opinions: VersionedRefInput[];
  @Field({ description: 'Date of the meeting or written deliberation.' }) @IsCalendarDate() confirmedOn: string;
  @Field({ description: 'Which meeting or deliberation.' }) @IsString() @IsNotBlank() @MaxLength(300) confirmedBy: string;
}

@InputType()
export class NoteMemberOpinionsInput {
  @Field(() => [VersionedRefInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => VersionedRefInput)
  opinions: VersionedRefInput[];
}

@InputType()
export class ReopenCouncilOpinionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.reason) comment?: string | null;
}

@InputType()
export class MemberOpinionTransitionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
