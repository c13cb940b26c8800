import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SheetEvent, SheetState } from '@kensho/domain';
import { SheetActivityKindEnum, SheetEventEnum, SheetStateEnum } from '../../common/graphql-enums';
import { workflowTypes } from '../../common/workflow/workflow.model';
import { SheetContent } from '../../data/sheet-content.model';

const sheetWorkflowTypes = workflowTypes('Sheet', SheetEventEnum, SheetStateEnum);
export const SheetAction = sheetWorkflowTypes.Action;
export type SheetAction = InstanceType<typeof SheetAction>;
export const SheetTransition = sheetWorkflowTypes.Transition;
export type SheetTransition = InstanceType<typeof SheetTransition>;

/** Who acted last on a sheet, when, and how (`lastSheetActivity`); the comment of a return or reopening only for those who read the history. */
@ObjectType('SheetActivity')
export class SheetActivityModel {
  @Field(() => SheetActivityKindEnum) kind: 'SAVE' | SheetEvent;
  @Field() at: Date;
  @Field(() => String, { nullable: true }) byName: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType()
export class SheetRevision {
  /** The row version (what `versionContent` takes). It also moves with every state change, so it skips numbers between saved contents. */
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'The saved content’s place in the sheet’s history (1, 2, 3…, the current one last): what the reader calls 第N版.' }) number: number;
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
