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

export interface Transition<State extends string, Facts> {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
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
  | { allowed: false; reason: 'WRONG_STATE' | 'FORBIDDEN_ROLE' | 'COMMENT_REQUIRED' | 'PRECONDITION_FAILED'; failed: string[] };

export interface DecideInput<State extends string, Event extends string, Facts> {
  state: State;
  event: Event;
  role: Role;
  facts: Facts;
  comment?: string | null;
  /** The caller asks to override failed preconditions; needs a comment (the reason). */
  override?: boolean;
}

/** Decides one transition. Order: state, role, comment, preconditions (so a refusal names the first rule). */
export function decide<State extends string, Event extends string, Facts>(
  workflow: Workflow<State, Event, Facts>,
  input: DecideInput<State, Event, Facts>,
): Decision<State> {
  const t = workflow.events[input.event];
  if (!t || !t.from.includes(input.state)) return { allowed: false, reason: 'WRONG_STATE', failed: [] };
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
