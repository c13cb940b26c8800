type Bilingual = { ja: string; en: string };

/** The colours a state chip takes (the `*_STATE_COLORS` maps of @kensho/domain). */
export type StateColor = 'default' | 'info' | 'warning' | 'secondary' | 'primary' | 'success' | 'error';

/** How an event's buttons look: forward (primary), approving (success) or a step back (warning). */
export type EventTone = 'primary' | 'success' | 'warning';

/** One action the server offers the caller on a record (`<Name>Action` in the schema). */
export interface WorkflowAction<E extends string = string, S extends string = string> {
  event: E;
  toState: S;
  requiresComment?: boolean;
  failedPreconditions: readonly string[];
  mayOverride?: boolean;
}

/** One recorded transition (`<Name>Transition` in the schema). */
export interface WorkflowTransition<E extends string = string, S extends string = string> {
  id: string;
  event: E;
  fromState: S;
  toState: S;
  actorName?: string | null;
  comment?: string | null;
  overridden?: readonly string[] | null;
  at: string;
}

/**
 * What the shared workflow components need to know of one workflow: its label and colour maps from
 * @kensho/domain, and how its events look. Nothing here decides who may do what: that is the server's
 * `availableActions`.
 */
export interface WorkflowConfig<E extends string, S extends string> {
  events: Record<E, Bilingual>;
  states: Record<S, Bilingual>;
  stateColors: Record<S, StateColor>;
  /** `data-testid` of the state chip (e.g. `sheet-state`). */
  stateTestId?: string;
  /** How each event's buttons look; `primary` when not named. */
  tones?: Partial<Record<E, EventTone>>;
  /** Events whose comment is a reason (a step back that must be explained): the field says 理由. */
  reasonEvents?: readonly E[];
  /** The longest comment the server takes for this workflow (LIMITS.reason when not named). */
  commentLimit?: number;
}

/** Identity, typed: `defineWorkflow({...})` checks a config against its events and states. */
export function defineWorkflow<E extends string, S extends string>(
  config: Pick<WorkflowConfig<E, S>, 'events' | 'states' | 'stateColors'> & Omit<WorkflowConfig<NoInfer<E>, NoInfer<S>>, 'events' | 'states' | 'stateColors'>,
): WorkflowConfig<E, S> {
  return config;
}
