import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type CyclePhaseEvent } from '@kensho/domain';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/decorators';
import { CyclePhaseEventEnum } from '../../common/graphql-enums';

@InputType()
export class CreateCycleInput {
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) fiscalYear: number;
  @Field(() => ID) @IsUUID() ordinanceId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() endDate?: string | null;
}

@InputType()
export class UpdateCycleInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() endDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() sheetDeadline?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() opinionDeadline?: string | null;
}

@InputType()
export class AdvanceCycleInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => CyclePhaseEventEnum) @IsEnum(CyclePhaseEventEnum) event: CyclePhaseEvent;
  @Field({ defaultValue: false, description: 'Override failed preconditions; needs a reason.' })
  @IsBoolean()
  override: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.reason) reason?: string | null;
}
