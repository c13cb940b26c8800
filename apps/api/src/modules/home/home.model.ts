import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CyclePhase, MemberEntryStatus, SheetState } from '@kensho/domain';
import { CyclePhaseEnum, MemberEntryStatusEnum, SheetStateEnum } from '../../common/graphql-enums';
import { SheetActivityModel } from '../sheets/sheet.model';

/** A deadline as the home shows it: the date (ISO) and whole days left in Japan's calendar (negative: past). */
@ObjectType()
export class HomeDeadline {
  @Field() date: string;
  @Field(() => Int) daysLeft: number;
}

/** One of the department's sheets in a cycle in Do. */
@ObjectType()
export class HomeSheet {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => SheetStateEnum) state: SheetState;
  @Field(() => HomeDeadline, { nullable: true }) deadline: HomeDeadline | null;
  @Field(() => SheetActivityModel, { nullable: true }) lastActivity: SheetActivityModel | null;
}

@ObjectType({ description: 'An entry whose confirmed council opinions the department answers (Action).' })
export class HomeResponseEntry {
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => Int, { description: 'Confirmed council opinions no response answers yet.' }) unanswered: number;
  @Field(() => Int) drafts: number;
  @Field(() => Int, { description: 'Returned by the secretariat: to revise and submit again.' }) returned: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) approved: number;
}

@ObjectType()
export class StaffHome {
  @Field() departmentName: string;
  @Field(() => [HomeSheet], { description: 'The department’s sheets in the cycles in Do, newest year first.' }) sheets: HomeSheet[];
  @Field(() => [HomeResponseEntry], { description: 'The department’s entries with confirmed council opinions to answer or responses under way, in the cycles in Check or Action.' })
  responses: HomeResponseEntry[];
}

/** One entry assigned to the member in a cycle in Check, and what became of their opinions on it. */
@ObjectType()
export class HomeOpinionEntry {
  @Field(() => ID) projectId: string;
  @Field() projectName: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => HomeDeadline, { nullable: true }) deadline: HomeDeadline | null;
  @Field(() => MemberEntryStatusEnum) status: MemberEntryStatus;
  @Field({ description: 'Past the deadline with nothing submitted on an entry the council has not settled.' }) late: boolean;
  @Field({ description: 'The member’s opinions are still awaited here (Check, not settled by the council): the home offers 意見を書く.' }) opinionsAwaited: boolean;
  @Field(() => Int) draftCount: number;
  @Field(() => Int) submittedCount: number;
  @Field(() => Int) adoptedCount: number;
  @Field(() => Int) notedCount: number;
  @Field(() => Int) councilConfirmedCount: number;
  @Field(() => ID, { nullable: true, description: 'The entry’s sheet when the member may read it.' }) sheetId: string | null;
}

@ObjectType()
export class MemberHome {
  @Field(() => [HomeOpinionEntry], { description: 'The member’s entries in every cycle in Check, newest year first.' }) entries: HomeOpinionEntry[];
}

@ObjectType()
export class HomeLateMember {
  @Field(() => ID) memberId: string;
  @Field() name: string;
  @Field(() => [String], { description: 'The entries their opinions are late on.' }) entries: string[];
}

/** What waits for the secretariat in one open cycle. */
@ObjectType()
export class HomeCycle {
  @Field(() => ID) cycleId: string;
  @Field(() => Int) fiscalYear: number;
  @Field(() => CyclePhaseEnum) phase: CyclePhase;
  @Field(() => HomeDeadline, { nullable: true }) sheetDeadline: HomeDeadline | null;
  @Field(() => HomeDeadline, { nullable: true }) opinionDeadline: HomeDeadline | null;
  @Field(() => Int) sheetCount: number;
  @Field(() => Int, { description: 'Sheets submitted, waiting to be accepted or returned.' }) sheetsSubmitted: number;
  @Field(() => Int) sheetsReturned: number;
  @Field(() => Int) sheetsAccepted: number;
  @Field(() => Int, { description: 'Entries with submitted member opinions not yet adopted or noted.' }) entriesToConsolidate: number;
  @Field(() => Int) opinionsToConsolidate: number;
  @Field(() => Int) councilDraftCount: number;
  @Field(() => Int, { description: 'Responses submitted, waiting to be approved or returned.' }) responsesSubmitted: number;
  @Field(() => Int, { description: 'Confirmed council opinions no response answers yet.' }) opinionsUnanswered: number;
  @Field(() => [HomeLateMember]) lateMembers: HomeLateMember[];
}

@ObjectType()
export class SecretariatHome {
  @Field(() => [HomeCycle], { description: 'Every cycle not yet published, newest year first.' }) cycles: HomeCycle[];
}

@ObjectType()
export class AdminHome {
  @Field(() => Int) activeUsers: number;
  @Field(() => Int) inactiveUsers: number;
  @Field(() => Int, { description: 'Accounts locked now by too many wrong passwords.' }) lockedUsers: number;
}

/** The signed-in user's home: what to do next. One section, the caller's role's; the others null. */
@ObjectType()
export class Home {
  @Field({ description: 'Today in Japan (YYYY-MM-DD), from which days left are counted.' }) today: string;
  @Field(() => StaffHome, { nullable: true }) staff: StaffHome | null;
  @Field(() => MemberHome, { nullable: true }) member: MemberHome | null;
  @Field(() => SecretariatHome, { nullable: true }) secretariat: SecretariatHome | null;
  @Field(() => AdminHome, { nullable: true }) admin: AdminHome | null;
}
