import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type MemberCategory } from '@kensho/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { NewAccountInput } from '../users/user.input';
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
  @Field(() => NewAccountInput, { nullable: true, description: 'Also give the member an account to sign in with, in the same step.' })
  @IsOptional() @ValidateNested() @Type(() => NewAccountInput)
  account?: NewAccountInput | null;
}

@InputType()
export class UpdateMemberInput extends MemberFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
