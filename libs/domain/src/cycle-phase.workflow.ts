import type { Workflow } from './workflow';

/** The phases of a fiscal year's cycle (DOMAIN.md, "States"). */
export const CYCLE_PHASES = ['PLAN', 'DO', 'CHECK', 'ACTION', 'PUBLISHED'] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

export const CYCLE_PHASE_EVENTS = ['START_DO', 'START_CHECK', 'START_ACTION', 'PUBLISH'] as const;
export type CyclePhaseEvent = (typeof CYCLE_PHASE_EVENTS)[number];

/**
 * What the API measures about a cycle before moving it on. Later workflows add their counts here
 * (sheets accepted, council opinions confirmed, responses approved) and their preconditions below.
 */
export interface CycleFacts {
  articleCount: number;
  entryCount: number;
  entriesWithoutDepartment: number;
  entriesWithoutGroup: number;
  entriesWithoutAssignment: number;
  /** Verification sheets of the cycle's entries that are not ACCEPTED yet. */
  sheetsNotAccepted: number;
  /** Entries without a confirmed council opinion (主な検証意見). */
  entriesWithoutConfirmedOpinion: number;
  /** Confirmed council opinions not answered by an APPROVED response (対応). */
  opinionsWithoutApprovedResponse: number;
}

export const cyclePhaseWorkflow: Workflow<CyclePhase, CyclePhaseEvent, CycleFacts> = {
  name: 'cyclePhase',
  states: CYCLE_PHASES,
  initial: 'PLAN',
  events: {
    START_DO: {
      from: ['PLAN'],
      to: 'DO',
      roles: ['SECRETARIAT'],
      overridableBy: ['SECRETARIAT'],
      preconditions: [
        { code: 'CYCLE_HAS_ENTRIES', holds: (f) => f.entryCount > 0 },
        { code: 'ENTRIES_HAVE_DEPARTMENT', holds: (f) => f.entriesWithoutDepartment === 0 },
        { code: 'ENTRIES_HAVE_GROUP', holds: (f) => f.entriesWithoutGroup === 0 },
        { code: 'ENTRIES_HAVE_ASSIGNMENT', holds: (f) => f.entriesWithoutAssignment === 0 },
      ],
    },
    START_CHECK: {
      from: ['DO'],
      to: 'CHECK',
      roles: ['SECRETARIAT'],
      overridableBy: ['SECRETARIAT'],
      preconditions: [{ code: 'ALL_SHEETS_ACCEPTED', holds: (f) => f.sheetsNotAccepted === 0 }],
    },
    START_ACTION: {
      from: ['CHECK'],
      to: 'ACTION',
      roles: ['SECRETARIAT'],
      overridableBy: ['SECRETARIAT'],
      preconditions: [{ code: 'ENTRIES_HAVE_CONFIRMED_OPINION', holds: (f) => f.entriesWithoutConfirmedOpinion === 0 }],
    },
    PUBLISH: {
      from: ['ACTION'],
      to: 'PUBLISHED',
      roles: ['SECRETARIAT'],
      overridableBy: ['SECRETARIAT'],
      preconditions: [{ code: 'ALL_RESPONSES_APPROVED', holds: (f) => f.opinionsWithoutApprovedResponse === 0 }],
    },
  },
};

/** A published cycle is the record of the year: its set-up (entries, groups, members, assignments, tags) no longer changes. */
export function isSetupLocked(phase: CyclePhase): boolean {
  return phase === 'PUBLISHED';
}
