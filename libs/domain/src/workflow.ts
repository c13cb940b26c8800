import type { Role } from './roles';

/**
 * A workflow as one typed table: its states, and for each event the states it leaves from, the state it
 * leads to, who may fire it and the preconditions that must hold. The API enforces it; the web client
 * reads it only for labels. `Facts` is what the API measures before a transition (counts, flags).
 */
export interface Precondition<Facts> {
  /** Stable code, also the key of the message shown when the precondition fails. */
  code: string;
  holds: (facts: Facts) => boolean;
}

/**
 * Where the caller stands to one record: the relations a record-level guard reads. The API measures
 * them (one statement or loader per screen); the same guard decides a transition and hides its button.
 */
export interface Standing {
  /** The record's entry belongs to the caller's department. */
  ownDepartment: boolean;
  /** The caller wrote the record. */
  author: boolean;
  /** The caller is a member assigned to verify the record's entry. */
  assigned: boolean;
  /** The caller is a member of the entry's group. */
  sameGroup: boolean;
}
export type Guard = keyof Standing;

export interface Transition<State extends string, Facts> {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
  /** Record-level guards, all of which must hold for the caller (own department, author, assigned…). */
  guards?: readonly Guard[];
  /** A comment or reason is required to fire the event. */
  requiresComment?: boolean;
  preconditions?: readonly Precondition<Facts>[];
  /** A failed precondition may be overridden by these roles with a written reason. */
  overridableBy?: readonly Role[];
}

export interface Workflow<State extends string, Event extends string, Facts = unknown> {
  name: string;
  states: readonly State[];
  initial: State;
  events: Record<Event, Transition<State, Facts>>;
}

export type Decision<State extends string> =
  | { allowed: true; to: State; overridden: string[] }
  | { allowed: false; reason: 'WRONG_STATE' | 'FORBIDDEN_ROLE' | 'OUT_OF_SCOPE' | 'COMMENT_REQUIRED' | 'PRECONDITION_FAILED'; failed: string[] };

export interface DecideInput<State extends string, Event extends string, Facts> {
  state: State;
  event: Event;
  role: Role;
  facts: Facts;
  /** Where the caller stands to the record; a guard of the event that is not true refuses it. */
  standing?: Partial<Standing>;
  comment?: string | null;
  /** The caller asks to override failed preconditions; needs a comment (the reason). */
  override?: boolean;
}

/** Decides one transition. Order: guards (for the event's roles), state, role, comment, preconditions (a refusal names the first rule). */
export function decide<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  input: DecideInput<State, Event, Facts>,
): Decision<State> {
  const t = workflow.events[input.event];
  if (!t) return { allowed: false, reason: 'WRONG_STATE', failed: [] };
  // A caller of the right role but out of the record's scope learns nothing of its state.
  if (t.roles.includes(input.role) && !guardsHold(t, input.standing)) return { allowed: false, reason: 'OUT_OF_SCOPE', failed: [] };
  if (!t.from.includes(input.state)) return { allowed: false, reason: 'WRONG_STATE', failed: [] };
  if (!t.roles.includes(input.role)) return { allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] };
  const hasComment = !!input.comment && input.comment.trim().length > 0;
  if (t.requiresComment && !hasComment) return { allowed: false, reason: 'COMMENT_REQUIRED', failed: [] };
  const failed = (t.preconditions ?? []).filter((p) => !p.holds(input.facts)).map((p) => p.code);
  if (failed.length === 0) return { allowed: true, to: t.to, overridden: [] };
  const mayOverride = input.override && (t.overridableBy ?? []).includes(input.role);
  if (!mayOverride) return { allowed: false, reason: 'PRECONDITION_FAILED', failed };
  if (!hasComment) return { allowed: false, reason: 'COMMENT_REQUIRED', failed };
  return { allowed: true, to: t.to, overridden: failed };
}

/** The events a role may fire from a state, ignoring preconditions (they are reported separately). */
export function eventsFrom<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  state: State,
  role: Role,
): Event[] {
  return (Object.keys(workflow.events) as Event[]).filter((e) => {
    const t = workflow.events[e];
    return t.from.includes(state) && t.roles.includes(role);
  });
}

/** The codes of the preconditions of an event that fail for these facts. */
export function failedPreconditions<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  event: Event,
  facts: Facts,
): string[] {
  return (workflow.events[event].preconditions ?? []).filter((p) => !p.holds(facts)).map((p) => p.code);
}

function guardsHold(t: { guards?: readonly Guard[] }, standing: Partial<Standing> | undefined): boolean {
  return (t.guards ?? []).every((g) => standing?.[g] === true);
}

/** One thing the caller may do with a record now, in the one shape every workflow uses. */
export interface WorkflowAction<State extends string = string, Event extends string = string> {
  event: Event;
  /** The state the event leads to. */
  to: State;
  /** A comment (or reason) is required. */
  requiresComment: boolean;
  /** Codes of the preconditions that fail now (the action is offered, and refused until they hold). */
  failedPreconditions: string[];
  /** The caller may override the failed preconditions with a written reason. */
  mayOverride: boolean;
}

/**
 * The actions of a record for a caller: the events that leave its state, that the caller's role may fire
 * and whose guards hold, each with the preconditions that fail now. The API serves this as
 * `availableActions`; the client renders buttons from it and derives nothing.
 */
export function actionsFor<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  input: { state: State; role: Role; facts: Facts; standing?: Partial<Standing> },
): WorkflowAction<State, Event>[] {
  return eventsFrom(workflow, input.state, input.role)
    .filter((event) => guardsHold(workflow.events[event], input.standing))
    .map((event) => {
      const t = workflow.events[event];
      return {
        event,
        to: t.to,
        requiresComment: !!t.requiresComment,
        failedPreconditions: failedPreconditions(workflow, event, input.facts),
        mayOverride: (t.overridableBy ?? []).includes(input.role),
      };
    });
}

/** Whether anything in the facts is needed to list the actions (skip measuring facts when nothing is offered). */
export function mayAct<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  state: State,
  role: Role,
  standing?: Partial<Standing>,
): boolean {
  return eventsFrom(workflow, state, role).some((event) => guardsHold(workflow.events[event], standing));
}
