import type { Role } from './roles';
import type { Workflow } from './workflow';

/**
 * 対応 (令和２年度以降の対応): the department's response to one or more confirmed council opinions of its
 * entry. DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (comment) → SUBMITTED; an approved response
 * is locked until the secretariat reopens it with a reason.
 */
export const RESPONSE_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

export const RESPONSE_EVENTS = ['SUBMIT', 'RETURN', 'APPROVE', 'REOPEN'] as const;
export type ResponseEvent = (typeof RESPONSE_EVENTS)[number];

/** 対応済 / 対応予定 / 検討 / 対応困難 (the last needs a reason). */
export const RESPONSE_CATEGORIES = ['DONE', 'PLANNED', 'CONSIDERING', 'DIFFICULT'] as const;
export type ResponseCategory = (typeof RESPONSE_CATEGORIES)[number];
/** The categories that need a written reason beside the text. */
export const RESPONSE_CATEGORIES_WITH_REASON: readonly ResponseCategory[] = ['DIFFICULT'];

/**
 * The cycle's phases in which responses are drafted, edited and reviewed: from Check (as soon as the
 * council has confirmed the opinions an entry's response answers) to the end of Action. A published cycle
 * is the record of the year.
 */
export const RESPONSE_PHASES: readonly string[] = ['CHECK', 'ACTION'];

/** Measured by the API before a transition. */
export interface ResponseFacts {
  cyclePhase: string;
  /** The response has a category (and the reason its category needs): the demo's approved ones have none. */
  complete: boolean;
}

const open = { code: 'RESPONSES_OPEN', holds: (f: ResponseFacts) => RESPONSE_PHASES.includes(f.cyclePhase) };

export const responseWorkflow: Workflow<ResponseState, ResponseEvent, ResponseFacts> = {
  name: 'response',
  states: RESPONSE_STATES,
  initial: 'DRAFT',
  events: {
    /** Staff of the entry's own department. */
    SUBMIT: {
      from: ['DRAFT', 'RETURNED'],
      to: 'SUBMITTED',
      roles: ['DEPARTMENT_STAFF'],
      guards: ['ownDepartment'],
      preconditions: [open, { code: 'RESPONSE_COMPLETE', holds: (f) => f.complete }],
    },
    RETURN: { from: ['SUBMITTED'], to: 'RETURNED', roles: ['SECRETARIAT'], requiresComment: true, preconditions: [open] },
    APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', roles: ['SECRETARIAT'], preconditions: [open] },
    /** An approved response is locked; the secretariat may send it back for changes, with a reason. */
    REOPEN: { from: ['APPROVED'], to: 'RETURNED', roles: ['SECRETARIAT'], requiresComment: true, preconditions: [open] },
  },
};

/** The states in which the department edits the response. */
export const RESPONSE_EDITABLE_STATES: readonly ResponseState[] = ['DRAFT', 'RETURNED'];

/** Who reads a response: its department and the secretariat always; everyone else once it is approved. */
export function canReadResponse(role: Role, state: ResponseState, ownDepartment: boolean): boolean {
  return canReadResponseHistory(role, ownDepartment) || state === 'APPROVED';
}

/**
 * Who sees how a response came to be: its earlier versions, the version the secretariat returned, and the
 * return and reopen comments. Its department and the secretariat; everyone else reads the approved text.
 */
export function canReadResponseHistory(role: Role, ownDepartment: boolean): boolean {
  return role === 'SECRETARIAT' || (role === 'DEPARTMENT_STAFF' && ownDepartment);
}

/** Who edits a response now: its department's staff, in DRAFT or RETURNED, while responses are open. */
export function canEditResponse(role: Role, state: ResponseState, ownDepartment: boolean, cyclePhase: string): boolean {
  return role === 'DEPARTMENT_STAFF' && ownDepartment && RESPONSE_EDITABLE_STATES.includes(state) && RESPONSE_PHASES.includes(cyclePhase);
}

/** Who drafts a new response on an entry: its department's staff, while responses are open. */
export function canDraftResponse(role: Role, ownDepartment: boolean, cyclePhase: string): boolean {
  return role === 'DEPARTMENT_STAFF' && ownDepartment && RESPONSE_PHASES.includes(cyclePhase);
}

/** Who deletes a response: its department's staff, while it is a draft never submitted. */
export function canDeleteResponse(role: Role, state: ResponseState, ownDepartment: boolean, cyclePhase: string): boolean {
  return canEditResponse(role, state, ownDepartment, cyclePhase) && state === 'DRAFT';
}

/** A response has what submitting needs: a category, and the reason the category asks for. */
export function isResponseComplete(r: { category: ResponseCategory | null; difficultyReason: string | null }): boolean {
  if (!r.category) return false;
  return !RESPONSE_CATEGORIES_WITH_REASON.includes(r.category) || !!r.difficultyReason?.trim();
}
