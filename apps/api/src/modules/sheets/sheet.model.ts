import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SheetEvent, SheetState } from '@kensho/domain';
import { SheetEventEnum, SheetStateEnum } from '../../common/graphql-enums';
import { SheetContent } from './sheet-content.model';

@ObjectType()
export class SheetAction {
  @Field(() => SheetEventEnum) event: SheetEvent;
  @Field(() => SheetStateEnum) toState: SheetState;
  @Field() requiresComment: boolean;
  @Field(() => [String], { description: 'Codes of the preconditions that fail now.' }) failedPreconditions: string[];
}

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
export class SheetTransition {
  @Field(() => ID) id: string;
  @Field(() => SheetEventEnum) event: SheetEvent;
  @Field(() => SheetStateEnum) fromState: SheetState;
  @Field(() => SheetStateEnum) toState: SheetState;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() at: Date;
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
