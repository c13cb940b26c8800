import type { Role } from './roles';
import type { Workflow } from './workflow';

/** 施策検証シート: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED (comment) → SUBMITTED. */
export const SHEET_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

export const SHEET_EVENTS = ['SUBMIT', 'RETURN', 'ACCEPT', 'REOPEN'] as const;
export type SheetEvent = (typeof SHEET_EVENTS)[number];

/** Measured by the API before a transition. */
export interface SheetFacts {
  /** The cycle's phase: sheets are written and reviewed during DO. */
  cyclePhase: string;
  itemCount: number;
}

const inDo = { code: 'CYCLE_IN_DO', holds: (f: SheetFacts) => f.cyclePhase === 'DO' };

export const sheetWorkflow: Workflow<SheetState, SheetEvent, SheetFacts> = {
  name: 'sheet',
  states: SHEET_STATES,
  initial: 'DRAFT',
  events: {
    /** Staff of the entry's own department. */
    SUBMIT: {
      from: ['DRAFT', 'RETURNED'],
      to: 'SUBMITTED',
      roles: ['DEPARTMENT_STAFF'],
      guards: ['ownDepartment'],
      preconditions: [inDo, { code: 'SHEET_HAS_ITEMS', holds: (f) => f.itemCount > 0 }],
    },
    RETURN: { from: ['SUBMITTED'], to: 'RETURNED', roles: ['SECRETARIAT'], requiresComment: true, preconditions: [inDo] },
    ACCEPT: { from: ['SUBMITTED'], to: 'ACCEPTED', roles: ['SECRETARIAT'], preconditions: [inDo] },
    /** An accepted sheet is read-only; the secretariat may send it back for changes, with a reason. */
    REOPEN: { from: ['ACCEPTED'], to: 'RETURNED', roles: ['SECRETARIAT'], requiresComment: true, preconditions: [inDo] },
  },
};

/** The states in which the department edits the sheet's content. */
export const SHEET_EDITABLE_STATES: readonly SheetState[] = ['DRAFT', 'RETURNED'];

/** Who sees a sheet: its department always, the secretariat always, others once it is submitted. */
export function canReadSheet(role: Role, state: SheetState, ownDepartment: boolean): boolean {
  if (canReadSheetHistory(role, ownDepartment)) return true;
  if (role === 'ADMIN') return false;
  return state === 'SUBMITTED' || state === 'ACCEPTED';
}

/**
 * Who sees how a sheet came to be: its drafts (earlier versions) and the review conversation (return and
 * reopen comments, the thread). Its department and the secretariat; everyone else who reads the sheet sees
 * what was submitted: the current content, the one version, and the transitions without their comments.
 */
export function canReadSheetHistory(role: Role, ownDepartment: boolean): boolean {
  return role === 'SECRETARIAT' || (role === 'DEPARTMENT_STAFF' && ownDepartment);
}

/** Who edits its content now. */
export function canEditSheet(role: Role, state: SheetState, ownDepartment: boolean, cyclePhase: string): boolean {
  return role === 'DEPARTMENT_STAFF' && ownDepartment && SHEET_EDITABLE_STATES.includes(state) && cyclePhase === 'DO';
}

/** The last thing that happened to a sheet: a content save, or a workflow event (submit, return, accept, reopen). */
export interface SheetActivity {
  kind: 'SAVE' | SheetEvent;
  at: Date;
  byName: string | null;
  comment: string | null;
}

/**
 * Who acted last on a sheet: its last content save (null when never saved) or its last transition,
 * whichever is later. A transition's UPDATE also moves the sheet's `updatedAt` (to the same transaction
 * time), so a transition at or after the save is the later one: after the secretariat returns or accepts
 * a sheet, it is the one who acted last, not the department that saved it.
 */
export function lastSheetActivity(
  save: { at: Date; byName: string | null } | null,
  transition: { event: SheetEvent; at: Date; byName: string | null; comment: string | null } | null,
): SheetActivity | null {
  if (transition && (!save || transition.at.getTime() >= save.at.getTime()))
    return { kind: transition.event, at: transition.at, byName: transition.byName, comment: transition.comment };
  return save ? { kind: 'SAVE', at: save.at, byName: save.byName, comment: null } : null;
}
