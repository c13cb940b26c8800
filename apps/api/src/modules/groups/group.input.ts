import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';

@InputType()
export class CreateGroupInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number | null;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) name: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(10_000) sortOrder?: number | null;
}

@InputType()
export class SetGroupMembersInput {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [ID]) @ArrayMaxSize(100) @IsUUID('all', { each: true }) memberIds: string[];
}
