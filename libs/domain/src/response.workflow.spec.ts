import { ROLES, type Role } from './roles';
import {
  canDeleteResponse,
  canDraftResponse,
  canEditResponse,
  canReadResponse,
  canReadResponseHistory,
  isResponseComplete,
  RESPONSE_CATEGORIES,
  RESPONSE_EVENTS,
  RESPONSE_STATES,
  responseWorkflow,
  type ResponseEvent,
  type ResponseFacts,
  type ResponseState,
} from './response.workflow';
import { actionsFor, decide, eventsFrom } from './workflow';
import { PRECONDITION_LABELS, RESPONSE_CATEGORY_LABELS, RESPONSE_EVENT_LABELS, RESPONSE_STATE_LABELS } from './labels';

const READY: ResponseFacts = { cyclePhase: 'ACTION', complete: true };
/** The caller's department runs the entry (the table's guard on SUBMIT). */
const OWN = { ownDepartment: true };
const COMMENT = '対応の時期を明記してください';

/**
 * Written by hand, not derived from the table: for each state and event, the state it leads to and the
 * one role that may fire it; '-' where the event does not leave that state.
 */
const EXPECTED: Record<ResponseState, Record<ResponseEvent, [ResponseState, Role] | '-'>> = {
  DRAFT: { SUBMIT: ['SUBMITTED', 'DEPARTMENT_STAFF'], RETURN: '-', APPROVE: '-', REOPEN: '-' },
  SUBMITTED: { SUBMIT: '-', RETURN: ['RETURNED', 'SECRETARIAT'], APPROVE: ['APPROVED', 'SECRETARIAT'], REOPEN: '-' },
  RETURNED: { SUBMIT: ['SUBMITTED', 'DEPARTMENT_STAFF'], RETURN: '-', APPROVE: '-', REOPEN: '-' },
  APPROVED: { SUBMIT: '-', RETURN: '-', APPROVE: '-', REOPEN: ['RETURNED', 'SECRETARIAT'] },
};

describe('responseWorkflow', () => {
  it('has exactly the states and events of the expectation table, starting at DRAFT', () => {
    expect([...RESPONSE_STATES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...RESPONSE_EVENTS].sort()).toEqual(Object.keys(EXPECTED.DRAFT).sort());
    expect(Object.keys(responseWorkflow.events).sort()).toEqual([...RESPONSE_EVENTS].sort());
    expect(responseWorkflow.initial).toBe('DRAFT');
  });

  const cases = RESPONSE_STATES.flatMap((state) => RESPONSE_EVENTS.flatMap((event) => ROLES.map((role) => [state, event, role] as const)));

  test.each(cases)('%s × %s × %s', (state, event, role) => {
    const rule = EXPECTED[state][event];
    const got = decide(responseWorkflow, { state, event, role, facts: READY, standing: OWN, comment: COMMENT });
    if (rule === '-') expect(got).toEqual({ allowed: false, reason: 'WRONG_STATE', failed: [] });
    else if (rule[1] !== role) expect(got).toEqual({ allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] });
    else expect(got).toEqual({ allowed: true, to: rule[0], overridden: [] });
  });

  it.each([
    ['RETURN', 'SUBMITTED', 'SECRETARIAT'],
    ['REOPEN', 'APPROVED', 'SECRETARIAT'],
  ] as const)('%s needs a comment', (event, state, role) => {
    for (const comment of [undefined, null, '', '   ']) {
      expect(decide(responseWorkflow, { state, event, role, facts: READY, comment })).toEqual({ allowed: false, reason: 'COMMENT_REQUIRED', failed: [] });
    }
  });

  it('SUBMIT and APPROVE need no comment', () => {
    expect(decide(responseWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: READY, standing: OWN }).allowed).toBe(true);
    expect(decide(responseWorkflow, { state: 'SUBMITTED', event: 'APPROVE', role: 'SECRETARIAT', facts: READY }).allowed).toBe(true);
  });

  it('lets only the staff of the entry\'s own department submit (a guard of the table)', () => {
    for (const standing of [undefined, { ownDepartment: false }])
      expect(decide(responseWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: READY, standing })).toEqual({
        allowed: false,
        reason: 'OUT_OF_SCOPE',
        failed: [],
      });
  });

  it('is open in Check and Action only, and no one overrides that', () => {
    for (const phase of ['CHECK', 'ACTION']) expect(decide(responseWorkflow, { state: 'SUBMITTED', event: 'APPROVE', role: 'SECRETARIAT', facts: { ...READY, cyclePhase: phase } }).allowed).toBe(true);
    for (const phase of ['PLAN', 'DO', 'PUBLISHED']) {
      const got = decide(responseWorkflow, {
        state: 'SUBMITTED', event: 'APPROVE', role: 'SECRETARIAT', facts: { ...READY, cyclePhase: phase }, override: true, comment: COMMENT,
      });
      expect(got).toEqual({ allowed: false, reason: 'PRECONDITION_FAILED', failed: ['RESPONSES_OPEN'] });
    }
  });

  it('refuses to submit a response without a category (the demo\'s, once reopened)', () => {
    expect(decide(responseWorkflow, { state: 'RETURNED', event: 'SUBMIT', role: 'DEPARTMENT_STAFF', facts: { ...READY, complete: false }, standing: OWN })).toEqual({
      allowed: false, reason: 'PRECONDITION_FAILED', failed: ['RESPONSE_COMPLETE'],
    });
  });

  it('offers each role only its own events', () => {
    expect(eventsFrom(responseWorkflow, 'DRAFT', 'DEPARTMENT_STAFF')).toEqual(['SUBMIT']);
    expect(eventsFrom(responseWorkflow, 'SUBMITTED', 'SECRETARIAT')).toEqual(['RETURN', 'APPROVE']);
    expect(eventsFrom(responseWorkflow, 'APPROVED', 'SECRETARIAT')).toEqual(['REOPEN']);
    expect(eventsFrom(responseWorkflow, 'SUBMITTED', 'COMMITTEE_MEMBER')).toEqual([]);
    expect(eventsFrom(responseWorkflow, 'APPROVED', 'DEPARTMENT_STAFF')).toEqual([]);
    expect(actionsFor(responseWorkflow, { state: 'DRAFT', role: 'DEPARTMENT_STAFF', facts: READY, standing: { ownDepartment: false } })).toEqual([]);
    expect(actionsFor(responseWorkflow, { state: 'RETURNED', role: 'DEPARTMENT_STAFF', facts: { ...READY, complete: false }, standing: OWN })).toEqual([
      { event: 'SUBMIT', to: 'SUBMITTED', requiresComment: false, failedPreconditions: ['RESPONSE_COMPLETE'], mayOverride: false },
    ]);
  });

  it('labels every state, event, category and precondition in both languages', () => {
    for (const s of RESPONSE_STATES) expect(RESPONSE_STATE_LABELS[s].ja && RESPONSE_STATE_LABELS[s].en).toBeTruthy();
    for (const e of RESPONSE_EVENTS) expect(RESPONSE_EVENT_LABELS[e].ja && RESPONSE_EVENT_LABELS[e].en).toBeTruthy();
    expect(RESPONSE_CATEGORIES.map((c) => RESPONSE_CATEGORY_LABELS[c].ja)).toEqual(['対応済', '対応予定', '検討', '対応困難']);
    const codes = Object.values(responseWorkflow.events).flatMap((t) => (t.preconditions ?? []).map((p) => p.code));
    for (const c of codes) expect(PRECONDITION_LABELS[c]).toBeDefined();
  });
});

describe('who reads, edits and deletes a response', () => {
  // [role, state, own department] → reads
  const READS: Array<[Role, ResponseState, boolean, boolean]> = [
    ['DEPARTMENT_STAFF', 'DRAFT', true, true],
    ['DEPARTMENT_STAFF', 'RETURNED', true, true],
    ['DEPARTMENT_STAFF', 'DRAFT', false, false],
    ['DEPARTMENT_STAFF', 'SUBMITTED', false, false],
    ['DEPARTMENT_STAFF', 'RETURNED', false, false],
    ['DEPARTMENT_STAFF', 'APPROVED', false, true],
    ['COMMITTEE_MEMBER', 'DRAFT', false, false],
    ['COMMITTEE_MEMBER', 'SUBMITTED', false, false],
    ['COMMITTEE_MEMBER', 'APPROVED', false, true],
    ['SECRETARIAT', 'DRAFT', false, true],
    ['ADMIN', 'SUBMITTED', false, false],
    ['ADMIN', 'APPROVED', false, true],
  ];
  test.each(READS)('%s reads a %s response (own department: %s): %s', (role, state, own, expected) => {
    expect(canReadResponse(role, state, own)).toBe(expected);
  });

  const HISTORY: Array<[Role, boolean, boolean]> = [
    ['DEPARTMENT_STAFF', true, true],
    ['DEPARTMENT_STAFF', false, false],
    ['SECRETARIAT', false, true],
    ['COMMITTEE_MEMBER', false, false],
    ['ADMIN', false, false],
  ];
  test.each(HISTORY)('%s (own department: %s) sees earlier versions and the review comments: %s', (role, own, expected) => {
    expect(canReadResponseHistory(role, own)).toBe(expected);
  });

  it('only the own department edits, in DRAFT or RETURNED, during Check or Action; deletes only a draft', () => {
    expect(canEditResponse('DEPARTMENT_STAFF', 'DRAFT', true, 'CHECK')).toBe(true);
    expect(canEditResponse('DEPARTMENT_STAFF', 'RETURNED', true, 'ACTION')).toBe(true);
    expect(canEditResponse('DEPARTMENT_STAFF', 'SUBMITTED', true, 'ACTION')).toBe(false);
    expect(canEditResponse('DEPARTMENT_STAFF', 'APPROVED', true, 'ACTION')).toBe(false);
    expect(canEditResponse('DEPARTMENT_STAFF', 'DRAFT', false, 'ACTION')).toBe(false);
    expect(canEditResponse('DEPARTMENT_STAFF', 'DRAFT', true, 'PUBLISHED')).toBe(false);
    expect(canEditResponse('DEPARTMENT_STAFF', 'DRAFT', true, 'DO')).toBe(false);
    for (const role of ['SECRETARIAT', 'COMMITTEE_MEMBER', 'ADMIN'] as const) expect(canEditResponse(role, 'DRAFT', true, 'ACTION')).toBe(false);
    expect(canDeleteResponse('DEPARTMENT_STAFF', 'DRAFT', true, 'ACTION')).toBe(true);
    expect(canDeleteResponse('DEPARTMENT_STAFF', 'RETURNED', true, 'ACTION')).toBe(false);
  });

  it('only the own department drafts a new response, during Check or Action', () => {
    expect(canDraftResponse('DEPARTMENT_STAFF', true, 'CHECK')).toBe(true);
    expect(canDraftResponse('DEPARTMENT_STAFF', true, 'ACTION')).toBe(true);
    for (const phase of ['PLAN', 'DO', 'PUBLISHED']) expect(canDraftResponse('DEPARTMENT_STAFF', true, phase)).toBe(false);
    expect(canDraftResponse('DEPARTMENT_STAFF', false, 'ACTION')).toBe(false);
    for (const role of ['SECRETARIAT', 'COMMITTEE_MEMBER', 'ADMIN'] as const) expect(canDraftResponse(role, true, 'ACTION')).toBe(false);
  });

  it('a response is complete with a category, and with a reason when the category is DIFFICULT', () => {
    expect(isResponseComplete({ category: null, difficultyReason: null })).toBe(false);
    expect(isResponseComplete({ category: 'PLANNED', difficultyReason: null })).toBe(true);
    expect(isResponseComplete({ category: 'DIFFICULT', difficultyReason: '  ' })).toBe(false);
    expect(isResponseComplete({ category: 'DIFFICULT', difficultyReason: '予算の制約' })).toBe(true);
  });
});
