import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SheetState } from '@kensho/domain';
import { SheetEventEnum, SheetStateEnum } from '../../common/graphql-enums';
import { workflowTypes } from '../../common/workflow/workflow.model';
import { SheetContent } from './sheet-content.model';

const sheetWorkflowTypes = workflowTypes('Sheet', SheetEventEnum, SheetStateEnum);
export const SheetAction = sheetWorkflowTypes.Action;
export type SheetAction = InstanceType<typeof SheetAction>;
export const SheetTransition = sheetWorkflowTypes.Transition;
export type SheetTransition = InstanceType<typeof SheetTransition>;

@ObjectType()
export class SheetRevision {
  @Field(() => Int) version: number;
  @Field() savedAt: Date;
  @Field(() => String, { nullable: true }) savedByName: string | null;
  @Field({ description: 'The current version (not yet replaced).' }) current: boolean;
}

@ObjectType()
export class SheetVersionContent {
  @Field(() => Int) version: number;
  @Field(() => SheetContent) content: SheetContent;
}

@ObjectType()
export class SheetComment {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) authorName: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class SheetAttachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() mimeType: string;
  @Field(() => Int) size: number;
  @Field() uploadedAt: Date;
  @Field(() => String, { nullable: true }) uploadedByName: string | null;
  @Field({ description: 'Relative URL to download the file.' }) url: string;
}

@ObjectType()
export class SheetStateCount {
  @Field(() => SheetStateEnum) state: SheetState;
  @Field(() => Int) count: number;
}
