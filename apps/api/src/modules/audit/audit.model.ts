import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AUDIT_SUBJECTS, LIMITS } from '@kensho/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/decorators';

@ObjectType({ description: 'One field an audited change touched, before and after, as text.' })
export class AuditChange {
  @Field() field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType({ description: 'One recorded change: who, when, what, the fields before and after, and the reason.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: 'CREATE, UPDATE, DELETE, SIGN_IN… or a workflow event (SUBMIT, RETURN…).' }) action: string;
  @Field({ description: 'The kind of record (AUDIT_SUBJECT_LABELS in libs/domain).' }) entityType: string;
  @Field(() => ID) entityId: string;
  @Field(() => String, { nullable: true, description: 'What the record is called (its name now, or when it was deleted).' }) recordLabel: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => [AuditChange]) changes: AuditChange[];
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEvent], { description: 'Newest first.' }) events: AuditEvent[];
  @Field({ description: 'Older events match too: ask again with `before` = the last one’s cursor.' }) hasMore: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor after the last event of this page.' }) nextCursor: string | null;
}

@ObjectType({ description: 'Someone who appears in the audit trail.' })
export class AuditActor {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@InputType()
export class AuditFilterInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(AUDIT_SUBJECTS) entityType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() entityId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Matches(/^[A-Z_]{1,40}$/) action?: string | null;
  @Field(() => String, { nullable: true, description: 'From this day (Japan), inclusive.' }) @IsOptional() @IsCalendarDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to this day (Japan), inclusive.' }) @IsOptional() @IsCalendarDate() to?: string | null;
  @Field(() => String, { nullable: true, description: 'A page’s nextCursor.' }) @IsOptional() @IsString() @MaxLength(100) @Matches(/^\d{4}-\d\d-\d\dT[\d:.]+Z\|[0-9a-f-]{36}$/) before?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(LIMITS.auditPage) limit?: number | null;
}
