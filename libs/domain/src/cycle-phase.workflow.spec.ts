import {
  CYCLE_PHASE_EVENTS,
  CYCLE_PHASES,
  cyclePhaseWorkflow,
  type CycleFacts,
  type CyclePhase,
  type CyclePhaseEvent,
} from './cycle-phase.workflow';
import { CYCLE_PHASE_EVENT_LABELS, CYCLE_PHASE_LABELS, PRECONDITION_LABELS } from './labels';
import { ROLES, type Role } from './roles';
import { decide, eventsFrom, failedPreconditions, type Workflow } from './workflow';

/** A cycle ready to move on: every precondition holds. */
const READY: CycleFacts = {
  articleCount: 2,
  entryCount: 3,
  entriesWithoutDepartment: 0,
  entriesWithoutGroup: 0,
  entriesWithoutAssignment: 0,
  sheetsNotAccepted: 0,
  entriesWithoutConfirmedOpinion: 0,
  opinionsWithoutApprovedResponse: 0,
};

const WRONG_STATE = 'WRONG_STATE';

/**
 * Written by hand from DOMAIN.md: what each event does from each phase when the secretariat fires it
 * (the phase it leads to, or WRONG_STATE). Any other role gets FORBIDDEN_ROLE wherever the secretariat
 * would be allowed; the state is checked first, so a wrong state stays WRONG_STATE for every role.
 */
const EXPECTED: Record<CyclePhase, Record<CyclePhaseEvent, CyclePhase | typeof WRONG_STATE>> = {
  PLAN: { START_DO: 'DO', START_CHECK: WRONG_STATE, START_ACTION: WRONG_STATE, PUBLISH: WRONG_STATE },
  DO: { START_DO: WRONG_STATE, START_CHECK: 'CHECK', START_ACTION: WRONG_STATE, PUBLISH: WRONG_STATE },
  CHECK: { START_DO: WRONG_STATE, START_CHECK: WRONG_STATE, START_ACTION: 'ACTION', PUBLISH: WRONG_STATE },
  ACTION: { START_DO: WRONG_STATE, START_CHECK: WRONG_STATE, START_ACTION: WRONG_STATE, PUBLISH: 'PUBLISHED' },
  PUBLISHED: { START_DO: WRONG_STATE, START_CHECK: WRONG_STATE, START_ACTION: WRONG_STATE, PUBLISH: WRONG_STATE },
};

describe('cyclePhaseWorkflow', () => {
  it('has the phases and events the table below covers, starting at PLAN', () => {
    expect([...CYCLE_PHASES]).toEqual(Object.keys(EXPECTED));
    expect([...CYCLE_PHASE_EVENTS]).toEqual(Object.keys(EXPECTED.PLAN));
    expect(cyclePhaseWorkflow.states).toEqual(CYCLE_PHASES);
    expect(Object.keys(cyclePhaseWorkflow.events).sort()).toEqual([...CYCLE_PHASE_EVENTS].sort());
    expect(cyclePhaseWorkflow.initial).toBe('PLAN');
  });

  const cases = CYCLE_PHASES.flatMap((phase) =>
    CYCLE_PHASE_EVENTS.flatMap((event) => ROLES.map((role) => [phase, event, role] as const)),
  );

  test.each(cases)('%s + %s by %s', (state, event, role) => {
    const outcome = EXPECTED[state][event];
    const expected =
      outcome === WRONG_STATE
        ? { allowed: false, reason: 'WRONG_STATE', failed: [] }
        : role === 'SECRETARIAT'
          ? { allowed: true, to: outcome, overridden: [] }
          : { allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] };
    expect(decide(cyclePhaseWorkflow, { state, event, role, facts: READY })).toEqual(expected);
  });

  describe('START_CHECK preconditions', () => {
    it('refuses while a verification sheet is not accepted, names ALL_SHEETS_ACCEPTED, and takes an override with a reason', () => {
      const facts = { ...READY, sheetsNotAccepted: 2 };
      expect(decide(cyclePhaseWorkflow, { state: 'DO', event: 'START_CHECK', role: 'SECRETARIAT', facts })).toEqual({
        allowed: false,
        reason: 'PRECONDITION_FAILED',
        failed: ['ALL_SHEETS_ACCEPTED'],
      });
      expect(
        decide(cyclePhaseWorkflow, { state: 'DO', event: 'START_CHECK', role: 'SECRETARIAT', facts, override: true, comment: '書面で確認済み' }),
      ).toEqual({ allowed: true, to: 'CHECK', overridden: ['ALL_SHEETS_ACCEPTED'] });
    });
  });

  describe('PUBLISH preconditions', () => {
    it('refuses while a confirmed council opinion has no approved response, and takes an override with a reason', () => {
      const facts = { ...READY, opinionsWithoutApprovedResponse: 3 };
      expect(decide(cyclePhaseWorkflow, { state: 'ACTION', event: 'PUBLISH', role: 'SECRETARIAT', facts })).toEqual({
        allowed: false,
        reason: 'PRECONDITION_FAILED',
        failed: ['ALL_RESPONSES_APPROVED'],
      });
      expect(decide(cyclePhaseWorkflow, { state: 'ACTION', event: 'PUBLISH', role: 'SECRETARIAT', facts, override: true })).toEqual({
        allowed: false,
        reason: 'COMMENT_REQUIRED',
        failed: ['ALL_RESPONSES_APPROVED'],
      });
      expect(
        decide(cyclePhaseWorkflow, { state: 'ACTION', event: 'PUBLISH', role: 'SECRETARIAT', facts, override: true, comment: '残りは次年度に報告' }),
      ).toEqual({ allowed: true, to: 'PUBLISHED', overridden: ['ALL_RESPONSES_APPROVED'] });
    });
  });

  describe('START_DO preconditions', () => {
    const startDo = (facts: Partial<CycleFacts>, extra: { role?: Role; override?: boolean; comment?: string } = {}) =>
      decide(cyclePhaseWorkflow, {
        state: 'PLAN',
        event: 'START_DO',
        role: 'SECRETARIAT',
        facts: { ...READY, ...facts },
        ...extra,
      });

    it.each<[string, Partial<CycleFacts>]>([
      ['CYCLE_HAS_ENTRIES', { entryCount: 0 }],
      ['ENTRIES_HAVE_DEPARTMENT', { entriesWithoutDepartment: 1 }],
      ['ENTRIES_HAVE_GROUP', { entriesWithoutGroup: 2 }],
      ['ENTRIES_HAVE_ASSIGNMENT', { entriesWithoutAssignment: 1 }],
    ])('refuses when only %s fails, naming it alone', (code, facts) => {
      expect(startDo(facts)).toEqual({ allowed: false, reason: 'PRECONDITION_FAILED', failed: [code] });
      expect(failedPreconditions(cyclePhaseWorkflow, 'START_DO', { ...READY, ...facts })).toEqual([code]);
    });

    const incomplete = { entriesWithoutGroup: 1, entriesWithoutAssignment: 3 };

    it('names every failed precondition, in the order of the table', () => {
      expect(startDo(incomplete)).toEqual({
        allowed: false,
        reason: 'PRECONDITION_FAILED',
        failed: ['ENTRIES_HAVE_GROUP', 'ENTRIES_HAVE_ASSIGNMENT'],
      });
    });

    it('lets the secretariat override with a reason, recording what was overridden', () => {
      expect(startDo(incomplete, { override: true, comment: '委員の割当は第1回会議で決定するため' })).toEqual({
        allowed: true,
        to: 'DO',
        overridden: ['ENTRIES_HAVE_GROUP', 'ENTRIES_HAVE_ASSIGNMENT'],
      });
    });

    it.each([undefined, '', '   '])('requires a reason to override (comment %p)', (comment) => {
      expect(startDo(incomplete, { override: true, comment })).toEqual({
        allowed: false,
        reason: 'COMMENT_REQUIRED',
        failed: ['ENTRIES_HAVE_GROUP', 'ENTRIES_HAVE_ASSIGNMENT'],
      });
    });

    it('does not count a reason as an override unless asked', () => {
      expect(startDo(incomplete, { comment: '理由' })).toMatchObject({ allowed: false, reason: 'PRECONDITION_FAILED' });
    });

    it('overrides nothing when every precondition holds', () => {
      expect(startDo({}, { override: true, comment: '理由' })).toEqual({ allowed: true, to: 'DO', overridden: [] });
    });

    it.each(ROLES.filter((r) => r !== 'SECRETARIAT'))('refuses an override by %s', (role) => {
      expect(startDo(incomplete, { role, override: true, comment: '理由' })).toMatchObject({ allowed: false });
    });

    it('refuses an override by a role that may fire the event but is not in overridableBy', () => {
      const notOverridable: Workflow<CyclePhase, CyclePhaseEvent, CycleFacts> = {
        ...cyclePhaseWorkflow,
        events: { ...cyclePhaseWorkflow.events, START_DO: { ...cyclePhaseWorkflow.events.START_DO, overridableBy: [] } },
      };
      const decision = decide(notOverridable, {
        state: 'PLAN',
        event: 'START_DO',
        role: 'SECRETARIAT',
        facts: { ...READY, ...incomplete },
        override: true,
        comment: '理由',
      });
      expect(decision).toEqual({
        allowed: false,
        reason: 'PRECONDITION_FAILED',
        failed: ['ENTRIES_HAVE_GROUP', 'ENTRIES_HAVE_ASSIGNMENT'],
      });
    });
  });

  describe('eventsFrom', () => {
    const SECRETARIAT_EVENTS: Record<CyclePhase, CyclePhaseEvent[]> = {
      PLAN: ['START_DO'],
      DO: ['START_CHECK'],
      CHECK: ['START_ACTION'],
      ACTION: ['PUBLISH'],
      PUBLISHED: [],
    };

    const cases = ROLES.flatMap((role) => CYCLE_PHASES.map((phase) => [role, phase] as const));

    test.each(cases)('%s in %s', (role, phase) => {
      const expected = role === 'SECRETARIAT' ? SECRETARIAT_EVENTS[phase] : [];
      expect(eventsFrom(cyclePhaseWorkflow, phase, role)).toEqual(expected);
    });
  });

  describe('labels', () => {
    it('has a label for every precondition code of the workflow', () => {
      const codes = Object.values(cyclePhaseWorkflow.events).flatMap((t) => (t.preconditions ?? []).map((p) => p.code));
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        expect(PRECONDITION_LABELS[code]?.ja.trim()).toBeTruthy();
        expect(PRECONDITION_LABELS[code]?.en.trim()).toBeTruthy();
      }
    });

    it.each([
      ...CYCLE_PHASES.map((phase) => [phase, CYCLE_PHASE_LABELS[phase]] as const),
      ...CYCLE_PHASE_EVENTS.map((event) => [event, CYCLE_PHASE_EVENT_LABELS[event]] as const),
    ])('%s has a Japanese and an English label', (_, labels) => {
      expect(labels?.ja.trim()).toBeTruthy();
      expect(labels?.en.trim()).toBeTruthy();
    });
  });
});
