import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type MemberCategory } from '@kensho/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank, IsCalendarDate } from '../../common/validation/decorators';
import { MemberCategoryEnum } from '../../common/graphql-enums';

@InputType()
export class MemberFieldsInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) name: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) affiliation: string;
  @Field() @IsString() @MaxLength(LIMITS.name) title: string;
  @Field(() => MemberCategoryEnum) @IsEnum(MemberCategoryEnum) category: MemberCategory;
  @Field() @IsBoolean() isChair: boolean;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() alsoCouncilMember?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() termStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() termEnd?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number | null;
}

@InputType()
export class CreateMemberInput extends MemberFieldsInput {
  @Field(() => ID) @IsUUID() bodyId: string;
}

@InputType()
export class UpdateMemberInput extends MemberFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
