import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@kensho/domain';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';

@InputType()
export class CreateDepartmentInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.name) bureau?: string | null;
}

@InputType()
export class UpdateDepartmentInput extends CreateDepartmentInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
