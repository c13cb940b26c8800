import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@kensho/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../common/validation/decorators';

/**
 * The content of a verification sheet (施策検証シート), stored as one JSONB document per version and used
 * both as the GraphQL output (…Content types) and input (…Input types).
 */
@ObjectType()
export class SheetItem {
  @Field() heading: string;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => [String]) bullets: string[];
  @Field(() => [[String]], { nullable: true, description: 'Rows of cells; the first row is the header.' }) table: string[][] | null;
}

@ObjectType()
export class IndicatorValue {
  @Field(() => Int) fiscalYear: number;
  @Field(() => Float) value: number;
}

@ObjectType()
export class Indicator {
  @Field() label: string;
  @Field() unit: string;
  @Field(() => [IndicatorValue]) values: IndicatorValue[];
  @Field({ description: 'Printed as approximate (約, 程度).' }) approximate: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class SheetContent {
  @Field(() => [SheetItem]) items: SheetItem[];
  @Field(() => [Indicator]) indicators: Indicator[];
  @Field(() => String, { nullable: true, description: 'The department’s own assessment.' }) assessment: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}

export const EMPTY_CONTENT: SheetContent = { items: [], indicators: [], assessment: null, notes: null };

@InputType()
export class SheetItemInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.heading) heading: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.longText) text?: string | null;
  @Field(() => [String], { defaultValue: [] })
  @IsArray() @ArrayMaxSize(LIMITS.bullets) @IsString({ each: true }) @MaxLength(LIMITS.bullet, { each: true })
  bullets: string[];
  @Field(() => [[String]], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.tableRows)
  table?: string[][] | null;
}

@InputType()
export class IndicatorValueInput {
  @Field(() => Int) @IsInt() @Min(1900) @Max(2200) fiscalYear: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e15) value: number;
}

@InputType()
export class IndicatorInput {
  @Field() @IsString() @IsNotBlank() @MaxLength(LIMITS.name) label: string;
  @Field() @IsString() @MaxLength(20) unit: string;
  @Field(() => [IndicatorValueInput])
  @IsArray() @ArrayMaxSize(LIMITS.indicatorYearsBack + 1) @ValidateNested({ each: true }) @Type(() => IndicatorValueInput)
  values: IndicatorValueInput[];
  @Field({ defaultValue: false }) @IsBoolean() approximate: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.shortText) note?: string | null;
}

@InputType()
export class SheetContentInput {
  @Field(() => [SheetItemInput])
  @IsArray() @ArrayMaxSize(LIMITS.items) @ValidateNested({ each: true }) @Type(() => SheetItemInput)
  items: SheetItemInput[];
  @Field(() => [IndicatorInput])
  @IsArray() @ArrayMaxSize(LIMITS.indicators) @ValidateNested({ each: true }) @Type(() => IndicatorInput)
  indicators: IndicatorInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.longText) assessment?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.longText) notes?: string | null;
}
