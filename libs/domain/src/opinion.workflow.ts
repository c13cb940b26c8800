import type { Role } from './roles';
import type { Workflow } from './workflow';

/** 検証意見: a member's opinion on an entry assigned to them. */
export const MEMBER_OPINION_STATES = ['DRAFT', 'SUBMITTED', 'ADOPTED', 'NOTED'] as const;
export type MemberOpinionState = (typeof MEMBER_OPINION_STATES)[number];
export const MEMBER_OPINION_EVENTS = ['SUBMIT', 'ADOPT', 'NOTE'] as const;
export type MemberOpinionEvent = (typeof MEMBER_OPINION_EVENTS)[number];

export const OPINION_KINDS = ['POSITIVE', 'IMPROVEMENT', 'OTHER'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];

export interface MemberOpinionFacts {
  cyclePhase: string;
  /** How many council opinions this opinion was drawn into. */
  linkedCouncilOpinions: number;
}

const inCheck = { code: 'CYCLE_IN_CHECK', holds: (f: { cyclePhase: string }) => f.cyclePhase === 'CHECK' };

export const memberOpinionWorkflow: Workflow<MemberOpinionState, MemberOpinionEvent, MemberOpinionFacts> = {
  name: 'memberOpinion',
  states: MEMBER_OPINION_STATES,
  initial: 'DRAFT',
  events: {
    /** The author (an assigned member: the API lets only those create an opinion). */
    SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED', roles: ['COMMITTEE_MEMBER'], guards: ['author'], preconditions: [inCheck] },
    /** Used in one or more council opinions. */
    ADOPT: {
      from: ['SUBMITTED', 'NOTED'],
      to: 'ADOPTED',
      roles: ['SECRETARIAT'],
      preconditions: [inCheck, { code: 'OPINION_LINKED', holds: (f) => f.linkedCouncilOpinions > 0 }],
    },
    /** Kept as a note, not used in a council opinion. */
    NOTE: { from: ['SUBMITTED', 'ADOPTED'], to: 'NOTED', roles: ['SECRETARIAT'], preconditions: [inCheck] },
  },
};

/** 主な検証意見: the council's opinion on an entry, consolidated by the secretariat. */
export const COUNCIL_OPINION_STATES = ['DRAFT', 'CONFIRMED'] as const;
export type CouncilOpinionState = (typeof COUNCIL_OPINION_STATES)[number];
export const COUNCIL_OPINION_EVENTS = ['CONFIRM', 'REOPEN'] as const;
export type CouncilOpinionEvent = (typeof COUNCIL_OPINION_EVENTS)[number];

export interface CouncilOpinionFacts {
  cyclePhase: string;
}

export const councilOpinionWorkflow: Workflow<CouncilOpinionState, CouncilOpinionEvent, CouncilOpinionFacts> = {
  name: 'councilOpinion',
  states: COUNCIL_OPINION_STATES,
  initial: 'DRAFT',
  events: {
    /** Confirmed by a meeting or a written deliberation (recorded with its date and reference). */
    CONFIRM: { from: ['DRAFT'], to: 'CONFIRMED', roles: ['SECRETARIAT'], preconditions: [inCheck] },
    /** A confirmed opinion is locked; reopening it takes the secretariat and a reason. */
    REOPEN: { from: ['CONFIRMED'], to: 'DRAFT', roles: ['SECRETARIAT'], requiresComment: true, preconditions: [inCheck] },
  },
};

/**
 * Who reads a member opinion: its author always; once submitted, the secretariat and the members of the
 * entry's group; department staff once the entry's council opinions are all confirmed.
 */
export function canReadMemberOpinion(
  role: Role,
  state: MemberOpinionState,
  p: { isAuthor: boolean; sameGroup: boolean; ownDepartment: boolean; councilOpinionsConfirmed: boolean },
): boolean {
  if (p.isAuthor) return true;
  if (state === 'DRAFT') return false;
  if (role === 'SECRETARIAT') return true;
  if (role === 'COMMITTEE_MEMBER') return p.sameGroup;
  if (role === 'DEPARTMENT_STAFF') return p.ownDepartment && p.councilOpinionsConfirmed;
  return false;
}

/**
 * Who reads a council opinion: the secretariat, drafts included (it writes them); everyone else once it is
 * confirmed, and then only the confirmed wording: the earlier wordings are the secretariat's drafts.
 */
export function canReadCouncilOpinion(role: Role, state: CouncilOpinionState): boolean {
  return role === 'SECRETARIAT' || state === 'CONFIRMED';
}

/** Who reads a council opinion's earlier wordings (council_opinion_revision): the secretariat only. */
export function canReadCouncilOpinionRevisions(role: Role): boolean {
  return role === 'SECRETARIAT';
}

/** Circled numbers of the council's opinions (①②③…), as printed. */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

/**
 * Where an assigned member stands on one entry, in one word for every screen (their list, their home):
 * once the council has confirmed opinions on the entry it is settled (とりまとめ済み), whatever the member
 * did; otherwise submitted, a draft only, or not started.
 */
export const MEMBER_ENTRY_STATUSES = ['SETTLED', 'SUBMITTED', 'DRAFT_ONLY', 'NOT_STARTED'] as const;
export type MemberEntryStatus = (typeof MEMBER_ENTRY_STATUSES)[number];

export interface MemberEntryStanding {
  /** The member has at least one opinion on the entry past DRAFT. */
  submitted: boolean;
  /** The member's drafts on the entry. */
  drafts: number;
  /** The council's confirmed opinions on the entry. */
  councilConfirmed: number;
}

export function memberEntryStatus(s: MemberEntryStanding): MemberEntryStatus {
  if (s.councilConfirmed > 0) return 'SETTLED';
  if (s.submitted) return 'SUBMITTED';
  return s.drafts > 0 ? 'DRAFT_ONLY' : 'NOT_STARTED';
}

/**
 * Late: past the deadline (Japan's calendar, `isPastDeadline`), nothing submitted, and the council has not
 * settled the entry (once it has, a missing opinion is no longer waited for). The one rule for the
 * secretariat's progress, the member's list and every home.
 */
export function isOpinionLate(pastDeadline: boolean, s: Pick<MemberEntryStanding, 'submitted' | 'councilConfirmed'>): boolean {
  return pastDeadline && !s.submitted && s.councilConfirmed === 0;
}

/**
 * The member's opinions are still awaited on the entry: in Check and not settled by the council. A settled
 * entry opens for reading (「開く」, not 「意見を書く」); the API does not refuse an opinion there, it just
 * no longer waits for one (as the late rule says).
 */
export function awaitsOpinions(cyclePhase: string, status: MemberEntryStatus): boolean {
  return cyclePhase === 'CHECK' && status !== 'SETTLED';
}
