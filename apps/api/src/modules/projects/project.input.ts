import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type ProjectKind } from '@kensho/domain';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';
import { ProjectKindEnum } from '../../common/graphql-enums';

@InputType()
export class ProjectFieldsInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) name: string;
  @Field(() => ID) @IsUUID() articleId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The lead entry this project is verified together with.' })
  @IsOptional()
  @IsUUID()
  verifiedWithId?: string | null;
  @Field(() => ProjectKindEnum) @IsEnum(ProjectKindEnum) kind: ProjectKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(9999) page?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100_000) sortOrder?: number | null;
}

@InputType()
export class CreateProjectInput extends ProjectFieldsInput {
  @Field(() => ID) @IsUUID() cycleId: string;
}

@InputType()
export class UpdateProjectInput extends ProjectFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SetAssignmentsInput {
  @Field(() => ID) @IsUUID() projectId: string;
  @Field(() => Int, { description: 'The project’s version (assignments are part of the entry).' })
  @IsInt()
  @Min(1)
  version: number;
  @Field(() => [ID]) @ArrayMaxSize(50) @IsUUID('all', { each: true }) memberIds: string[];
}

@InputType()
export class WithdrawProjectInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'Why the entry leaves this year’s verification (kept with it).' }) @IsString() @IsNotBlank() @MaxLength(LIMITS.reason) reason: string;
}
