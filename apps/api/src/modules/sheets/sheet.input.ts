import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type SheetState } from '@kensho/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../common/validation/decorators';
import { SheetStateEnum } from '../../common/graphql-enums';
import { SheetContentInput } from '../../data/sheet-content.model';

@InputType()
export class SaveSheetInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version the editor started from.' }) @IsInt() @Min(1) version: number;
  @Field(() => SheetContentInput) @ValidateNested() @Type(() => SheetContentInput) content: SheetContentInput;
}

/** A transition of the sheet; `comment` is required to return or reopen. */
@InputType()
export class SheetTransitionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.comment) comment?: string | null;
}

@InputType()
export class SheetFilterInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => [SheetStateEnum], { nullable: true }) @IsOptional() @IsEnum(SheetStateEnum, { each: true }) states?: SheetState[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() articleId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
  @Field({ nullable: true, description: 'Only the caller’s department’s sheets.' }) @IsOptional() @IsBoolean() mine?: boolean;
}

@InputType()
export class AddSheetCommentInput {
  @Field(() => ID) @IsUUID() sheetId: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.comment) body: string;
}

@InputType()
export class SetSheetTagsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [ID]) @ArrayMaxSize(20) @IsUUID('all', { each: true }) tagIds: string[];
}

@InputType()
export class TagFieldsInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(10) mark: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(100) label: string;
  @Field() @IsString() @IsNotBlank() @MaxLength(300) legend: string;
  @Field(() => String, { nullable: true, description: 'The legend beside responses; empty: the same as legend.' }) @IsOptional() @IsString() @MaxLength(300) responseLegend?: string | null;
}

@InputType()
export class CreateTagInput extends TagFieldsInput {
  @Field(() => ID) @IsUUID() cycleId: string;
}

@InputType()
export class UpdateTagInput extends TagFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
