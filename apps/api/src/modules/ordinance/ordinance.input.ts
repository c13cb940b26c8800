import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@kensho/domain';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank, IsCalendarDate } from '../../common/validation/decorators';

@InputType()
export class UpdateOrdinanceInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) name: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) shortName: string;
  @Field() @IsCalendarDate() effectiveDate: string;
}

@InputType()
export class CreateArticleInput {
  @Field(() => ID) @IsUUID() ordinanceId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(999) number: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) title: string;
}

@InputType()
export class UpdateArticleInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(999) number: number;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) title: string;
}
