import { actionsFor, decide, mayAct, type Workflow } from './workflow';

type S = 'OPEN' | 'DONE';
type E = 'CLOSE' | 'FORCE' | 'REOPEN';
const flow: Workflow<S, E, { ready: boolean }> = {
  name: 'test',
  states: ['OPEN', 'DONE'],
  initial: 'OPEN',
  events: {
    CLOSE: { from: ['OPEN'], to: 'DONE', roles: ['DEPARTMENT_STAFF'], guards: ['ownDepartment'], preconditions: [{ code: 'READY', holds: (f) => f.ready }] },
    FORCE: { from: ['OPEN'], to: 'DONE', roles: ['SECRETARIAT'], overridableBy: ['SECRETARIAT'], preconditions: [{ code: 'READY', holds: (f) => f.ready }] },
    REOPEN: { from: ['DONE'], to: 'OPEN', roles: ['SECRETARIAT'], requiresComment: true },
  },
};

describe('record-level guards', () => {
  it('refuses an event whose guard does not hold, for the roles that may fire it, before the comment', () => {
    const base = { state: 'OPEN' as const, event: 'CLOSE' as const, role: 'DEPARTMENT_STAFF' as const, facts: { ready: true } };
    expect(decide(flow, { ...base, standing: { ownDepartment: false } })).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', failed: [] });
    expect(decide(flow, base)).toEqual({ allowed: false, reason: 'OUT_OF_SCOPE', failed: [] });
    expect(decide(flow, { ...base, standing: { ownDepartment: true } })).toEqual({ allowed: true, to: 'DONE', overridden: [] });
    expect(decide(flow, { ...base, role: 'SECRETARIAT', standing: { ownDepartment: true } })).toMatchObject({ reason: 'FORBIDDEN_ROLE' });
  });

  it('tells a caller out of scope nothing of the record\'s state', () => {
    const done = { state: 'DONE' as const, event: 'CLOSE' as const, role: 'DEPARTMENT_STAFF' as const, facts: { ready: true } };
    expect(decide(flow, { ...done, standing: { ownDepartment: false } })).toMatchObject({ reason: 'OUT_OF_SCOPE' });
    expect(decide(flow, { ...done, standing: { ownDepartment: true } })).toMatchObject({ reason: 'WRONG_STATE' });
  });
});

describe('actionsFor', () => {
  it('lists, in one shape, the events the caller may fire whose guards hold, with failing preconditions', () => {
    expect(actionsFor(flow, { state: 'OPEN', role: 'DEPARTMENT_STAFF', facts: { ready: false }, standing: { ownDepartment: true } })).toEqual([
      { event: 'CLOSE', to: 'DONE', requiresComment: false, failedPreconditions: ['READY'], mayOverride: false },
    ]);
    expect(actionsFor(flow, { state: 'OPEN', role: 'DEPARTMENT_STAFF', facts: { ready: true }, standing: { ownDepartment: false } })).toEqual([]);
    expect(actionsFor(flow, { state: 'OPEN', role: 'SECRETARIAT', facts: { ready: false } })).toEqual([
      { event: 'FORCE', to: 'DONE', requiresComment: false, failedPreconditions: ['READY'], mayOverride: true },
    ]);
    expect(actionsFor(flow, { state: 'DONE', role: 'SECRETARIAT', facts: { ready: true } })).toEqual([
      { event: 'REOPEN', to: 'OPEN', requiresComment: true, failedPreconditions: [], mayOverride: false },
    ]);
    expect(actionsFor(flow, { state: 'DONE', role: 'COMMITTEE_MEMBER', facts: { ready: true } })).toEqual([]);
  });

  it('says whether anything is offered before the facts are measured', () => {
    expect(mayAct(flow, 'OPEN', 'DEPARTMENT_STAFF', { ownDepartment: false })).toBe(false);
    expect(mayAct(flow, 'OPEN', 'DEPARTMENT_STAFF', { ownDepartment: true })).toBe(true);
    expect(mayAct(flow, 'DONE', 'ADMIN')).toBe(false);
  });
});
