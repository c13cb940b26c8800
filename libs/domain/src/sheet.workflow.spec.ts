import { ROLES, type Role } from './roles';
import { canEditSheet, canReadSheet, canReadSheetHistory, SHEET_EVENTS, SHEET_STATES, sheetWorkflow, type SheetEvent, type SheetFacts, type SheetState } from './sheet.workflow';
import { decide, eventsFrom } from './workflow';
import { PRECONDITION_LABELS, SHEET_EVENT_LABELS, SHEET_STATE_LABELS } from './labels';

const READY: SheetFacts = { cyclePhase: 'DO', itemCount: 3 };
/** The caller's department runs the entry (the table's guard on SUBMIT). */
const OWN = { ownDepartment: true };
const COMMENT = '指標の年度を確認してください';

/**
 * Written by hand, not derived from the table: for each state and event, the state it leads to and the
 * one role that may fire it; '-' where the event does not leave that state.
 */
const EXPECTED: Record<SheetState, Record<SheetEvent, [SheetState, Role] | '-'>> = {
  DRAFT: { SUBMIT: ['SUBMITTED', 'DEPARTMENT_STAFF'], RETURN: '-', ACCEPT: '-', REOPEN: '-' },
  SUBMITTED: { SUBMIT: '-', RETURN: ['RETURNED', 'SECRETARIAT'], ACCEPT: ['ACCEPTED', 'SECRETARIAT'], REOPEN: '-' },
  RETURNED: { SUBMIT: ['SUBMITTED', 'DEPARTMENT_STAFF'], RETURN: '-', ACCEPT: '-', REOPEN: '-' },
  ACCEPTED: { SUBMIT: '-', RETURN: '-', ACCEPT: '-', REOPEN: ['RETURNED', 'SECRETARIAT'] },
};

describe('sheetWorkflow', () => {
  it('has exactly the states and events of the expectation table', () => {
    expect([...SHEET_STATES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...SHEET_EVENTS].sort()).toEqual(Object.keys(EXPECTED.DRAFT).sort());
  });

  const cases = SHEET_STATES.flatMap((state) => SHEET_EVENTS.flatMap((event) => ROLES.map((role) => [state, event, role] as const)));

  test.each(cases)('%s × %s × %s', (state, event, role) => {
    const rule = EXPECTED[state][event];
    const got = decide(sheetWorkflow, { state, event, role, facts: READY, standing: OWN, comment: COMMENT });
    if (rule === '-') expect(got).toEqual({ allowed: false, reason: 'WRONG_STATE', failed: [] });
    else if (rule[1] !== role) expect(got).toEqual({ allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] });
    else expect(got).toEqual({ allowed: true, to: rule[0], overridden: [] });
  });

  it.each([
    ['RETURN', 'SUBMITTED', 'SECRETARIAT'],
    ['REOPEN', 'ACCEPTED', 'SECRETARIAT'],
  ] as const)('%s needs a comment', (event, state, role) => {
    for (const comment of [undefined, null, '', '   ']) {
      expect(decide(sheetWorkflow, { state, event, role, facts: READY, standing: OWN, comment })).toEqual({ allowed: false, reason: 'COMMENT_REQUIRED', failed: [] });
    }
  });

  it('SUBMIT and ACCEPT need no comment', () => {
    expect(decide(sheetWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: READY, standing: OWN }).allowed).toBe(true);
    expect(decide(sheetWorkflow, { state: 'SUBMITTED', event: 'ACCEPT', role: 'SECRETARIAT', facts: READY }).allowed).toBe(true);
  });

  it('refuses every event outside the DO phase, and cannot be overridden', () => {
    for (const phase of ['PLAN', 'CHECK', 'ACTION', 'PUBLISHED']) {
      const got = decide(sheetWorkflow, {
        state: 'SUBMITTED', event: 'ACCEPT', role: 'SECRETARIAT', facts: { ...READY, cyclePhase: phase }, override: true, comment: COMMENT,
      });
      expect(got).toEqual({ allowed: false, reason: 'PRECONDITION_FAILED', failed: ['CYCLE_IN_DO'] });
    }
  });

  it('refuses to submit an empty sheet', () => {
    expect(decide(sheetWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: { ...READY, itemCount: 0 }, standing: OWN })).toEqual({
      allowed: false, reason: 'PRECONDITION_FAILED', failed: ['SHEET_HAS_ITEMS'],
    });
  });

  it('offers each role only its own events', () => {
    expect(eventsFrom(sheetWorkflow, 'DRAFT', 'DEPARTMENT_STAFF')).toEqual(['SUBMIT']);
    expect(eventsFrom(sheetWorkflow, 'SUBMITTED', 'SECRETARIAT')).toEqual(['RETURN', 'ACCEPT']);
    expect(eventsFrom(sheetWorkflow, 'SUBMITTED', 'COMMITTEE_MEMBER')).toEqual([]);
    expect(eventsFrom(sheetWorkflow, 'ACCEPTED', 'DEPARTMENT_STAFF')).toEqual([]);
  });

  it('labels every state, event and precondition in both languages', () => {
    for (const s of SHEET_STATES) expect(SHEET_STATE_LABELS[s].ja && SHEET_STATE_LABELS[s].en).toBeTruthy();
    for (const e of SHEET_EVENTS) expect(SHEET_EVENT_LABELS[e].ja && SHEET_EVENT_LABELS[e].en).toBeTruthy();
    const codes = Object.values(sheetWorkflow.events).flatMap((t) => (t.preconditions ?? []).map((p) => p.code));
    for (const c of codes) expect(PRECONDITION_LABELS[c]).toBeDefined();
  });
});

describe('who reads and edits a sheet', () => {
  // [role, state, own department] → reads
  const READS: Array<[Role, SheetState, boolean, boolean]> = [
    ['DEPARTMENT_STAFF', 'DRAFT', true, true],
    ['DEPARTMENT_STAFF', 'DRAFT', false, false],
    ['DEPARTMENT_STAFF', 'RETURNED', false, false],
    ['DEPARTMENT_STAFF', 'SUBMITTED', false, true],
    ['COMMITTEE_MEMBER', 'DRAFT', false, false],
    ['COMMITTEE_MEMBER', 'RETURNED', false, false],
    ['COMMITTEE_MEMBER', 'SUBMITTED', false, true],
    ['COMMITTEE_MEMBER', 'ACCEPTED', false, true],
    ['SECRETARIAT', 'DRAFT', false, true],
    ['ADMIN', 'ACCEPTED', false, false],
  ];
  test.each(READS)('%s reads a %s sheet (own department: %s): %s', (role, state, own, expected) => {
    expect(canReadSheet(role, state, own)).toBe(expected);
  });

  // [role, own department] → sees the drafts and the review conversation
  const HISTORY: Array<[Role, boolean, boolean]> = [
    ['DEPARTMENT_STAFF', true, true],
    ['DEPARTMENT_STAFF', false, false],
    ['SECRETARIAT', false, true],
    ['COMMITTEE_MEMBER', false, false],
    ['ADMIN', false, false],
  ];
  test.each(HISTORY)('%s (own department: %s) sees the drafts and the review conversation: %s', (role, own, expected) => {
    expect(canReadSheetHistory(role, own)).toBe(expected);
  });

  it('only the own department edits, in DRAFT or RETURNED, during DO', () => {
    expect(canEditSheet('DEPARTMENT_STAFF', 'DRAFT', true, 'DO')).toBe(true);
    expect(canEditSheet('DEPARTMENT_STAFF', 'RETURNED', true, 'DO')).toBe(true);
    expect(canEditSheet('DEPARTMENT_STAFF', 'SUBMITTED', true, 'DO')).toBe(false);
    expect(canEditSheet('DEPARTMENT_STAFF', 'ACCEPTED', true, 'DO')).toBe(false);
    expect(canEditSheet('DEPARTMENT_STAFF', 'DRAFT', false, 'DO')).toBe(false);
    expect(canEditSheet('DEPARTMENT_STAFF', 'DRAFT', true, 'CHECK')).toBe(false);
    for (const role of ['SECRETARIAT', 'COMMITTEE_MEMBER', 'ADMIN'] as const) expect(canEditSheet(role, 'DRAFT', true, 'DO')).toBe(false);
  });

  it('lets only the staff of the entry\'s own department submit (a guard of the table)', () => {
    for (const standing of [undefined, { ownDepartment: false }])
      expect(decide(sheetWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: READY, standing })).toEqual({
        allowed: false,
        reason: 'OUT_OF_SCOPE',
        failed: [],
      });
  });
});
