import { ROLES, type Role } from './roles';
import {
  canReadCouncilOpinion,
  canReadCouncilOpinionRevisions,
  canReadMemberOpinion,
  circledNumber,
  COUNCIL_OPINION_EVENTS,
  COUNCIL_OPINION_STATES,
  councilOpinionWorkflow,
  MEMBER_OPINION_EVENTS,
  MEMBER_OPINION_STATES,
  memberOpinionWorkflow,
  type CouncilOpinionEvent,
  type CouncilOpinionState,
  type MemberOpinionEvent,
  type MemberOpinionState,
} from './opinion.workflow';
import { decide } from './workflow';
import { PRECONDITION_LABELS } from './labels';

const COMMENT = '文言の誤りのため';

/** Written by hand: for each state and event, [to, the one role that may fire it], or '-'. */
const MEMBER: Record<MemberOpinionState, Record<MemberOpinionEvent, [MemberOpinionState, Role] | '-'>> = {
  DRAFT: { SUBMIT: ['SUBMITTED', 'COMMITTEE_MEMBER'], ADOPT: '-', NOTE: '-' },
  SUBMITTED: { SUBMIT: '-', ADOPT: ['ADOPTED', 'SECRETARIAT'], NOTE: ['NOTED', 'SECRETARIAT'] },
  ADOPTED: { SUBMIT: '-', ADOPT: '-', NOTE: ['NOTED', 'SECRETARIAT'] },
  NOTED: { SUBMIT: '-', ADOPT: ['ADOPTED', 'SECRETARIAT'], NOTE: '-' },
};
const COUNCIL: Record<CouncilOpinionState, Record<CouncilOpinionEvent, [CouncilOpinionState, Role] | '-'>> = {
  DRAFT: { CONFIRM: ['CONFIRMED', 'SECRETARIAT'], REOPEN: '-' },
  CONFIRMED: { CONFIRM: '-', REOPEN: ['DRAFT', 'SECRETARIAT'] },
};

describe('memberOpinionWorkflow: every state × event × role', () => {
  it('covers the states and events of the table', () => {
    expect([...MEMBER_OPINION_STATES].sort()).toEqual(Object.keys(MEMBER).sort());
    expect([...MEMBER_OPINION_EVENTS].sort()).toEqual(Object.keys(MEMBER.DRAFT).sort());
  });
  const facts = { cyclePhase: 'CHECK', linkedCouncilOpinions: 1 };
  test.each(MEMBER_OPINION_STATES.flatMap((s) => MEMBER_OPINION_EVENTS.flatMap((e) => ROLES.map((r) => [s, e, r] as const))))('%s × %s × %s', (state, event, role) => {
    const rule = MEMBER[state][event];
    const got = decide(memberOpinionWorkflow, { state, event, role, facts, standing: { author: true } });
    if (rule === '-') expect(got).toEqual({ allowed: false, reason: 'WRONG_STATE', failed: [] });
    else if (rule[1] !== role) expect(got).toEqual({ allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] });
    else expect(got).toEqual({ allowed: true, to: rule[0], overridden: [] });
  });
  it('adopts only an opinion used in a council opinion, and only during CHECK', () => {
    expect(decide(memberOpinionWorkflow, { state: 'SUBMITTED', event: 'ADOPT', role: 'SECRETARIAT', facts: { cyclePhase: 'CHECK', linkedCouncilOpinions: 0 } })).toEqual({
      allowed: false, reason: 'PRECONDITION_FAILED', failed: ['OPINION_LINKED'],
    });
    expect(decide(memberOpinionWorkflow, { state: 'DRAFT', event: 'SUBMIT', role: 'COMMITTEE_MEMBER', facts: { cyclePhase: 'DO', linkedCouncilOpinions: 0 }, standing: { author: true } })).toEqual({
      allowed: false, reason: 'PRECONDITION_FAILED', failed: ['CYCLE_IN_CHECK'],
    });
  });
});

describe('memberOpinionWorkflow: guards', () => {
  it('lets only the author submit, whatever the state', () => {
    for (const state of ['DRAFT', 'SUBMITTED'] as const)
      expect(decide(memberOpinionWorkflow, { state, event: 'SUBMIT', role: 'COMMITTEE_MEMBER', facts: { cyclePhase: 'CHECK', linkedCouncilOpinions: 0 }, standing: { author: false } })).toEqual({
        allowed: false,
        reason: 'OUT_OF_SCOPE',
        failed: [],
      });
  });
});

describe('councilOpinionWorkflow: every state × event × role', () => {
  it('covers the states and events of the table', () => {
    expect([...COUNCIL_OPINION_STATES].sort()).toEqual(Object.keys(COUNCIL).sort());
    expect([...COUNCIL_OPINION_EVENTS].sort()).toEqual(Object.keys(COUNCIL.DRAFT).sort());
  });
  test.each(COUNCIL_OPINION_STATES.flatMap((s) => COUNCIL_OPINION_EVENTS.flatMap((e) => ROLES.map((r) => [s, e, r] as const))))('%s × %s × %s', (state, event, role) => {
    const rule = COUNCIL[state][event];
    const got = decide(councilOpinionWorkflow, { state, event, role, facts: { cyclePhase: 'CHECK' }, comment: COMMENT });
    if (rule === '-') expect(got).toEqual({ allowed: false, reason: 'WRONG_STATE', failed: [] });
    else if (rule[1] !== role) expect(got).toEqual({ allowed: false, reason: 'FORBIDDEN_ROLE', failed: [] });
    else expect(got).toEqual({ allowed: true, to: rule[0], overridden: [] });
  });
  it('reopens a confirmed opinion only with a reason', () => {
    expect(decide(councilOpinionWorkflow, { state: 'CONFIRMED', event: 'REOPEN', role: 'SECRETARIAT', facts: { cyclePhase: 'CHECK' } })).toEqual({
      allowed: false, reason: 'COMMENT_REQUIRED', failed: [],
    });
  });
  it('labels every precondition', () => {
    const codes = [...Object.values(memberOpinionWorkflow.events), ...Object.values(councilOpinionWorkflow.events)].flatMap((t) => (t.preconditions ?? []).map((p) => p.code));
    for (const c of codes) expect(PRECONDITION_LABELS[c]).toBeDefined();
  });
});

describe('who reads a member opinion', () => {
  const none = { isAuthor: false, sameGroup: false, ownDepartment: false, councilOpinionsConfirmed: false };
  it.each([
    ['the author, even a draft', 'COMMITTEE_MEMBER', 'DRAFT', { ...none, isAuthor: true }, true],
    ['a member of the same group, a draft', 'COMMITTEE_MEMBER', 'DRAFT', { ...none, sameGroup: true }, false],
    ['a member of the same group, submitted', 'COMMITTEE_MEMBER', 'SUBMITTED', { ...none, sameGroup: true }, true],
    ['a member of another group', 'COMMITTEE_MEMBER', 'SUBMITTED', none, false],
    ['the secretariat, submitted', 'SECRETARIAT', 'SUBMITTED', none, true],
    ['the secretariat, a draft', 'SECRETARIAT', 'DRAFT', none, false],
    ['the department before confirmation', 'DEPARTMENT_STAFF', 'ADOPTED', { ...none, ownDepartment: true }, false],
    ['the department after confirmation', 'DEPARTMENT_STAFF', 'ADOPTED', { ...none, ownDepartment: true, councilOpinionsConfirmed: true }, true],
    ['another department after confirmation', 'DEPARTMENT_STAFF', 'ADOPTED', { ...none, councilOpinionsConfirmed: true }, false],
    ['the administrator', 'ADMIN', 'NOTED', { ...none, councilOpinionsConfirmed: true }, false],
  ] as const)('%s', (_, role, state, p, expected) => {
    expect(canReadMemberOpinion(role, state, p)).toBe(expected);
  });
});

describe('who reads a council opinion and its earlier wordings', () => {
  // role → [reads a draft, reads a confirmed one, reads the earlier wordings]
  const EXPECTED: Record<Role, [boolean, boolean, boolean]> = {
    SECRETARIAT: [true, true, true],
    COMMITTEE_MEMBER: [false, true, false],
    DEPARTMENT_STAFF: [false, true, false],
    ADMIN: [false, true, false],
  };
  it.each(ROLES)('%s', (role) => {
    expect([canReadCouncilOpinion(role, 'DRAFT'), canReadCouncilOpinion(role, 'CONFIRMED'), canReadCouncilOpinionRevisions(role)]).toEqual(EXPECTED[role]);
  });
});

it('numbers council opinions as printed', () => {
  expect([1, 2, 3, 10, 20, 21, 35, 36, 50, 51].map(circledNumber)).toEqual(['①', '②', '③', '⑩', '⑳', '㉑', '㉟', '㊱', '㊿', '(51)']);
});
