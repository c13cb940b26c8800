import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type Role } from '@kensho/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';
import { RoleEnum } from '../../common/graphql-enums';

@InputType()
export class UserFieldsInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) displayName: string;
  @Field(() => RoleEnum) @IsEnum(RoleEnum) role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for DEPARTMENT_STAFF.' }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required for COMMITTEE_MEMBER.' }) @IsOptional() @IsUUID() memberId?: string | null;
}

@InputType({ description: 'A new account’s sign-in: its login ID and initial password.' })
export class NewAccountInput {
  @Field() @IsString() @MinLength(3) @MaxLength(LIMITS.loginId) @Matches(/^[a-zA-Z0-9._@-]+$/) loginId: string;
  @Field() @IsString() @MinLength(LIMITS.passwordMin) @MaxLength(LIMITS.passwordMax) password: string;
}

@InputType()
export class CreateUserInput extends UserFieldsInput {
  @Field() @IsString() @MinLength(3) @MaxLength(LIMITS.loginId) @Matches(/^[a-zA-Z0-9._@-]+$/) loginId: string;
  @Field() @IsString() @MinLength(LIMITS.passwordMin) @MaxLength(LIMITS.passwordMax) password: string;
}

@InputType()
export class UpdateUserInput extends UserFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsBoolean() active: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @MinLength(LIMITS.passwordMin) @MaxLength(LIMITS.passwordMax) password: string;
}

@InputType()
export class ChangeOwnPasswordInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.passwordMax) currentPassword: string;
  @Field() @IsString() @MinLength(LIMITS.passwordMin) @MaxLength(LIMITS.passwordMax) newPassword: string;
}
