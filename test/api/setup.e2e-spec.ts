import { FIELD_MESSAGES, LIMITS, MESSAGES } from '@kensho/domain';
import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient, GqlResponse } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import {
  CYCLE_FIELDS,
  PROJECT_FIELDS,
  createDepartment,
  demoCycle,
  demoMembers,
  demoOrdinance,
  whileRowsLocked,
  xminOf,
  type MemberRow,
  type Ref,
} from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';

/**
 * The secretariat sets up a new cycle (Plan): the cycle, its groups and their members, the entries with
 * their related projects and assigned members, then moves it on to Do. Every write is audited in its own
 * transaction; refusals change nothing. This file owns the cycles of FISCAL_YEARS.setup.
 */
const [FY] = FISCAL_YEARS.setup;

const M = {
  createCycle: `mutation($input: CreateCycleInput!) { createCycle(input: $input) { ${CYCLE_FIELDS} } }`,
  updateCycle: `mutation($input: UpdateCycleInput!) { updateCycle(input: $input) { ${CYCLE_FIELDS} } }`,
  advanceCycle: `mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { ${CYCLE_FIELDS} } }`,
  createGroup: `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id version name sortOrder cycleId } }`,
  updateGroup: `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id version name sortOrder } }`,
  deleteGroup: `mutation($input: VersionedRefInput!) { deleteGroup(input: $input) { id } }`,
  setGroupMembers: `mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { id version members { id name } } }`,
  createProject: `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`,
  updateProject: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`,
  deleteProject: `mutation($input: VersionedRefInput!) { deleteProject(input: $input) { id } }`,
  setAssignments: `mutation($input: SetAssignmentsInput!) { setProjectAssignments(input: $input) { id version assignedMembers { id name } } }`,
  createDepartment: `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version name } }`,
};

const CYCLE_VIEW = `query($id: ID!) { cycle(id: $id) {
  ${CYCLE_FIELDS}
  availableActions { event toState failedPreconditions mayOverride }
  transitions { event fromState toState actorName comment overridden }
  groups { id name members { id } }
  projects { id name page kind sortOrder verifiedWithId group { id } department { id } relatedProjects { id name } assignedMembers { id } }
} }`;

let t: TestApp;
let sec: GqlClient;
let secId: string;
let ordinance: Awaited<ReturnType<typeof demoOrdinance>>;
let members: MemberRow[];
let department: Ref & { name: string };

/** The journey's state, built step by step by the tests below (they run in order). */
const s = {} as {
  cycle: Ref;
  g1: Ref;
  g2: Ref;
  lead: Ref;
  initiative: Ref;
  related: Ref;
};

beforeAll(async () => {
  t = await startApp();
  sec = await t.asSecretariat();
  secId = expectData(await sec.gql(`{ me { id } }`)).me.id;
  [ordinance, members, department] = await Promise.all([demoOrdinance(sec), demoMembers(sec), createDepartment(sec, 'setup-dept')]);
});
afterAll(() => t?.close());

const article = (no: number) => ordinance.articles.find((a) => a.number === no)!;

/** The audit row the request wrote for this entity: its actor, and (for `table`) the same transaction as the row. */
async function expectAudited(res: GqlResponse, entityType: string, entityId: string, action: string, table?: string) {
  expect(res.requestId).toBeTruthy();
  const rows = await t.sql(
    `SELECT "entityType", "entityId", action, before, after, reason, "actorId", xmin::text AS xmin FROM audit_event WHERE "requestId" = $1`,
    [res.requestId],
  );
  const row = rows.find((r) => r.entityId === entityId && r.action === action);
  expect({ found: !!row, rows: rows.map((r) => `${r.entityType}:${r.action}`) }).toMatchObject({ found: true });
  expect(row.entityType).toBe(entityType);
  expect(row.actorId).toBe(secId);
  if (table) expect(row.xmin).toBe(await xminOf(t, table, entityId)); // written by the same transaction
  return row as { before: any; after: any; reason: string | null };
}

/** A refused request wrote no audit event at all. */
async function expectNoAudit(res: GqlResponse) {
  expect(res.requestId).toBeTruthy();
  expect(await t.sql(`SELECT action FROM audit_event WHERE "requestId" = $1`, [res.requestId])).toEqual([]);
}

const view = async () => expectData(await sec.gql(CYCLE_VIEW, { id: s.cycle.id })).cycle;

describe('a new year starts with the marks of the year before (issue 9)', () => {
  it('copies the tags with both legends into the next fiscal year, not into a year with a gap', async () => {
    const [before, next] = FISCAL_YEARS.tagsCarried;
    const first = expectData(await sec.gql(M.createCycle, { input: { fiscalYear: before, ordinanceId: ordinance.id } })).createCycle;
    expectData(await sec.gql(`mutation($input: CreateTagInput!) { createTag(input: $input) { id } }`, {
      input: { cycleId: first.id, mark: '※', label: '新型コロナ', legend: '※ は新型コロナウイルス感染症を踏まえた意見', responseLegend: '※ は新型コロナウイルス感染症を踏まえた対応' },
    }));
    const second = expectData(await sec.gql(M.createCycle, { input: { fiscalYear: next, ordinanceId: ordinance.id } })).createCycle;
    const tags = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { tags { mark label legend responseLegend version } } }`, { id: second.id })).cycle.tags;
    expect(tags).toEqual([
      { mark: '※', label: '新型コロナ', legend: '※ は新型コロナウイルス感染症を踏まえた意見', responseLegend: '※ は新型コロナウイルス感染症を踏まえた対応', version: 1 },
    ]);
    const gap = expectData(await sec.gql(M.createCycle, { input: { fiscalYear: next + 2, ordinanceId: ordinance.id } })).createCycle;
    expect(expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { tags { mark } } }`, { id: gap.id })).cycle.tags).toEqual([]);
  });
});

describe('the set-up of a new cycle, step by step', () => {
  it('creates the cycle in PLAN, audited with the row in one transaction; a second cycle for the year is refused', async () => {
    const res = await sec.gql(M.createCycle, { input: { fiscalYear: FY, ordinanceId: ordinance.id, startDate: `${FY}-05-01`, endDate: `${FY + 1}-08-31` } });
    const cycle = expectData(res).createCycle;
    expect(cycle).toMatchObject({ fiscalYear: FY, phase: 'PLAN', version: 1, ordinanceId: ordinance.id, startDate: `${FY}-05-01`, endDate: `${FY + 1}-08-31` });
    s.cycle = cycle;
    const audit = await expectAudited(res, 'cycle', cycle.id, 'CREATE', 'cycle');
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ id: cycle.id, fiscalYear: FY, phase: 'PLAN' });

    const again = await sec.gql(M.createCycle, { input: { fiscalYear: FY, ordinanceId: ordinance.id } });
    const err = expectError(again, 'BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(['fiscalYear']);
    expect(err.extensions!.fields![0]!.message).toBe('検証サイクルはすでに登録されています。');
    await expectNoAudit(again);
    expect(await t.sql(`SELECT count(*)::int AS n FROM cycle WHERE "fiscalYear" = $1`, [FY])).toEqual([{ n: 1 }]);

    // The server says what may be done next, and why it cannot yet.
    const v = await view();
    expect(v.availableActions).toEqual([
      { event: 'START_DO', toState: 'DO', mayOverride: true, failedPreconditions: ['CYCLE_HAS_ENTRIES'] },
    ]);
  });

  it('creates two groups; a duplicate name and an overlong one are refused', async () => {
    const r1 = await sec.gql(M.createGroup, { input: { cycleId: s.cycle.id, name: '第1班' } });
    s.g1 = expectData(r1).createGroup;
    await expectAudited(r1, 'group', s.g1.id, 'CREATE', 'verification_group');
    s.g2 = expectData(await sec.gql(M.createGroup, { input: { cycleId: s.cycle.id, name: '第2班' } })).createGroup;
    expect(s.g2).toMatchObject({ sortOrder: 2, cycleId: s.cycle.id });

    const dup = await sec.gql(M.createGroup, { input: { cycleId: s.cycle.id, name: ' 第1班 ' } });
    expect(fieldsOf(expectError(dup, 'BAD_USER_INPUT'))).toEqual(['name']);
    await expectNoAudit(dup);

    const long = await sec.gql(M.createGroup, { input: { cycleId: s.cycle.id, name: 'あ'.repeat(101) } });
    const err = expectError(long, 'BAD_USER_INPUT');
    expect(err.extensions!.fields).toEqual([{ field: 'name', constraint: 'maxLength', message: '100文字以内で入力してください。' }]);

    expect((await view()).groups.map((g: { name: string }) => g.name)).toEqual(['第1班', '第2班']);
  });

  // IsNotEmpty accepts '   '; the service trims it and stores an empty name.
  it('refuses a name of spaces only (it would be stored empty)', async () => {
    const blank = await sec.gql(M.createGroup, { input: { cycleId: s.cycle.id, name: ' \u3000 ' } });
    expect(fieldsOf(expectError(blank, 'BAD_USER_INPUT'))).toEqual(['name']);
    expect(await t.sql(`SELECT name FROM verification_group WHERE "cycleId" = $1 AND btrim(name, ' 　') = ''`, [s.cycle.id])).toEqual([]);
  });

  it('sets the groups’ members; a member may be in one group per cycle', async () => {
    const [m1, m2, m3, m4] = members;
    const res = await sec.gql(M.setGroupMembers, { input: { groupId: s.g1.id, version: s.g1.version, memberIds: [m1!.id, m3!.id] } });
    const g1 = expectData(res).setGroupMembers;
    expect(g1.version).toBe(s.g1.version + 1);
    expect(g1.members.map((m: { id: string }) => m.id).sort()).toEqual([m1!.id, m3!.id].sort());
    const audit = await expectAudited(res, 'group', s.g1.id, 'SET_MEMBERS', 'verification_group');
    expect(audit).toMatchObject({ before: { memberIds: [] }, after: { memberIds: [m1!.id, m3!.id].sort() } });
    s.g1 = g1;

    s.g2 = expectData(await sec.gql(M.setGroupMembers, { input: { groupId: s.g2.id, version: s.g2.version, memberIds: [m2!.id, m4!.id] } })).setGroupMembers;

    const twice = await sec.gql(M.setGroupMembers, { input: { groupId: s.g2.id, version: s.g2.version, memberIds: [m2!.id, m4!.id, m1!.id] } });
    const err = expectError(twice, 'BAD_USER_INPUT');
    expect(err.extensions!.fields).toEqual([{ field: 'memberIds', constraint: 'MEMBER_IN_OTHER_GROUP', message: MESSAGES.MEMBER_IN_OTHER_GROUP.ja }]);
    await expectNoAudit(twice);
  });

  it('creates the entries with article, department, group, kind and page, and a related project verified with a lead', async () => {
    const r = await sec.gql(M.createProject, {
      input: { cycleId: s.cycle.id, articleId: article(12).id, departmentId: department.id, groupId: s.g1.id, kind: 'PROJECT', name: '起業化総合支援事業', page: 17 },
    });
    s.lead = expectData(r).createProject;
    expect(s.lead).toMatchObject({ name: '起業化総合支援事業', page: 17, kind: 'PROJECT', groupId: s.g1.id, departmentId: department.id, sortOrder: 10 });
    const audit = await expectAudited(r, 'project', s.lead.id, 'CREATE', 'project');
    expect(audit.after).toMatchObject({ name: '起業化総合支援事業', articleId: article(12).id, page: 17 });

    s.initiative = expectData(
      await sec.gql(M.createProject, {
        input: { cycleId: s.cycle.id, articleId: article(19).id, departmentId: department.id, groupId: s.g2.id, kind: 'INITIATIVE', name: '受注機会の増大等', page: 62 },
      }),
    ).createProject;
    expect(s.initiative).toMatchObject({ sortOrder: 20, kind: 'INITIATIVE', page: 62 });

    // A related project takes its group (and members) from its lead: a group of its own is refused.
    const withGroup = await sec.gql(M.createProject, {
      input: { cycleId: s.cycle.id, articleId: article(12).id, departmentId: department.id, groupId: s.g1.id, verifiedWithId: s.lead.id, kind: 'PROJECT', name: '関連事業', page: 18 },
    });
    expect(fieldsOf(expectError(withGroup, 'BAD_USER_INPUT'))).toEqual(['groupId']);
    await expectNoAudit(withGroup);

    s.related = expectData(
      await sec.gql(M.createProject, {
        input: { cycleId: s.cycle.id, articleId: article(12).id, departmentId: department.id, verifiedWithId: s.lead.id, kind: 'PROJECT', name: '関連事業', page: 18 },
      }),
    ).createProject;
    expect(s.related).toMatchObject({ verifiedWithId: s.lead.id, groupId: null });

    // Related to a related project: refused (a lead must be an entry).
    const chained = await sec.gql(M.createProject, { input: { cycleId: s.cycle.id, articleId: article(12).id, verifiedWithId: s.related.id, kind: 'PROJECT', name: '孫', page: 19 } });
    expect(fieldsOf(expectError(chained, 'BAD_USER_INPUT'))).toEqual(['verifiedWithId']);

    const v = await view();
    expect(v.projects.map((p: { name: string }) => p.name)).toEqual(['起業化総合支援事業', '受注機会の増大等', '関連事業']);
    const lead = v.projects.find((p: { id: string }) => p.id === s.lead.id);
    expect(lead).toMatchObject({ group: { id: s.g1.id }, department: { id: department.id }, relatedProjects: [{ id: s.related.id, name: '関連事業' }] });
  });

  it('refuses references outside the cycle: an article of another ordinance, a group of another cycle', async () => {
    const [other] = await t.sql(
      `INSERT INTO ordinance (name, "shortName", "effectiveDate", version) VALUES ($1, $1, '2020-04-01', 1) RETURNING id`,
      [unique('別の条例')],
    );
    const [foreignArticle] = await t.sql(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, 1, '目的', 1) RETURNING id`, [other.id]);
    const r1 = await sec.gql(M.createProject, { input: { cycleId: s.cycle.id, articleId: foreignArticle.id, kind: 'PROJECT', name: '他条例', page: 1 } });
    expect(fieldsOf(expectError(r1, 'BAD_USER_INPUT'))).toEqual(['articleId']);

    const demo = await demoCycle(sec);
    const demoGroup = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { groups { id } } }`, { id: demo.id })).cycle.groups[0].id;
    const r2 = await sec.gql(M.createProject, { input: { cycleId: s.cycle.id, articleId: article(12).id, groupId: demoGroup, kind: 'PROJECT', name: '他年度の班', page: 1 } });
    expect(fieldsOf(expectError(r2, 'BAD_USER_INPUT'))).toEqual(['groupId']);
    await expectNoAudit(r2);
  });

  it('assigns members of the entry’s group; a member of another group is refused and nothing changes', async () => {
    const [m1, m2] = members;
    const res = await sec.gql(M.setAssignments, { input: { projectId: s.lead.id, version: s.lead.version, memberIds: [m1!.id] } });
    const lead = expectData(res).setProjectAssignments;
    expect(lead).toMatchObject({ version: s.lead.version + 1, assignedMembers: [{ id: m1!.id }] });
    const audit = await expectAudited(res, 'project', s.lead.id, 'SET_ASSIGNMENTS', 'project');
    expect(audit).toMatchObject({ before: { memberIds: [] }, after: { memberIds: [m1!.id] } });
    s.lead = lead;

    const wrong = await sec.gql(M.setAssignments, { input: { projectId: s.lead.id, version: s.lead.version, memberIds: [m1!.id, m2!.id] } });
    const err = expectError(wrong, 'BAD_USER_INPUT');
    expect(err.extensions!.fields).toEqual([{ field: 'memberIds', constraint: 'ASSIGNEE_NOT_IN_GROUP', message: MESSAGES.ASSIGNEE_NOT_IN_GROUP.ja }]);
    await expectNoAudit(wrong);
    expect(await t.sql(`SELECT "memberId" FROM assignment WHERE "projectId" = $1`, [s.lead.id])).toEqual([{ memberId: m1!.id }]);
    expect(await t.sql(`SELECT version FROM project WHERE id = $1`, [s.lead.id])).toEqual([{ version: s.lead.version }]);

    // A related project has no members of its own.
    const related = await sec.gql(M.setAssignments, { input: { projectId: s.related.id, version: s.related.version, memberIds: [m1!.id] } });
    expect(fieldsOf(expectError(related, 'BAD_USER_INPUT'))).toEqual(['projectId']);

    // Moving the lead to a group its assigned members are not in is refused.
    const move = await sec.gql(M.updateProject, {
      input: { id: s.lead.id, version: s.lead.version, articleId: article(12).id, departmentId: department.id, groupId: s.g2.id, kind: 'PROJECT', name: '起業化総合支援事業', page: 17 },
    });
    expect(fieldsOf(expectError(move, 'BAD_USER_INPUT'))).toEqual(['groupId']);
  });

  it('refuses START_DO with INVALID_TRANSITION and the failed preconditions while an entry has no members', async () => {
    const res = await sec.gql(M.advanceCycle, { input: { id: s.cycle.id, version: s.cycle.version, event: 'START_DO' } });
    const err = expectError(res, 'INVALID_TRANSITION');
    expect(err.extensions!.failedPreconditions).toEqual(['ENTRIES_HAVE_ASSIGNMENT']);
    expect(err.message).toBe(MESSAGES.PRECONDITION_FAILED.ja.replace('{failed}', 'ENTRIES_HAVE_ASSIGNMENT'));
    await expectNoAudit(res);

    // Overriding needs a written reason.
    for (const reason of [undefined, '   ']) {
      const noReason = await sec.gql(M.advanceCycle, { input: { id: s.cycle.id, version: s.cycle.version, event: 'START_DO', override: true, reason } });
      const e = expectError(noReason, 'BAD_USER_INPUT');
      expect(e.extensions!.fields).toEqual([{ field: 'reason', constraint: 'COMMENT_REQUIRED', message: MESSAGES.COMMENT_REQUIRED.ja }]);
      await expectNoAudit(noReason);
    }
    const v = await view();
    expect(v).toMatchObject({ phase: 'PLAN', version: s.cycle.version, transitions: [] });
    expect(v.availableActions).toEqual([{ event: 'START_DO', toState: 'DO', mayOverride: true, failedPreconditions: ['ENTRIES_HAVE_ASSIGNMENT'] }]);
  });

  it('moves to DO with override and reason, recorded in the transitions with the overridden codes', async () => {
    const reason = '受注機会の増大等は事務局が直接確認するため';
    const res = await sec.gql(M.advanceCycle, { input: { id: s.cycle.id, version: s.cycle.version, event: 'START_DO', override: true, reason } });
    const cycle = expectData(res).advanceCycle;
    expect(cycle).toMatchObject({ phase: 'DO', version: s.cycle.version + 1 });
    s.cycle = cycle;

    const v = await view();
    expect(v.transitions).toEqual([
      { event: 'START_DO', fromState: 'PLAN', toState: 'DO', actorName: '産業政策課 事務局', comment: reason, overridden: ['ENTRIES_HAVE_ASSIGNMENT'] },
    ]);
    const audit = await expectAudited(res, 'cycle', s.cycle.id, 'START_DO', 'cycle');
    expect(audit).toMatchObject({ before: { state: 'PLAN', version: 1 }, after: { state: 'DO', version: 2 }, reason });
    const [transition] = await t.sql(`SELECT xmin::text AS xmin FROM workflow_transition WHERE "subjectId" = $1`, [s.cycle.id]);
    expect(transition.xmin).toBe(await xminOf(t, 'cycle', s.cycle.id));

    // Entering DO opens a sheet for each entry (not for the related project).
    expect(await t.sql(`SELECT "projectId" FROM sheet WHERE "cycleId" = $1 ORDER BY "projectId"`, [s.cycle.id])).toEqual(
      [s.lead.id, s.initiative.id].sort().map((projectId) => ({ projectId })),
    );

    const twice = await sec.gql(M.advanceCycle, { input: { id: s.cycle.id, version: s.cycle.version, event: 'START_DO', override: true, reason } });
    expectError(twice, 'INVALID_TRANSITION');
    await expectNoAudit(twice);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const stale = await sec.gql(M.updateCycle, { input: { id: s.cycle.id, version: s.cycle.version - 1, startDate: '2000-01-01', endDate: null } });
    const err = expectError(stale, 'CONFLICT');
    expect(err.extensions!.currentVersion).toBe(s.cycle.version);
    expect(err.message).toBe(MESSAGES.CONFLICT.ja);
    await expectNoAudit(stale);
    expect(await t.sql(`SELECT "startDate"::text, version FROM cycle WHERE id = $1`, [s.cycle.id])).toEqual([{ startDate: `${FY}-05-01`, version: s.cycle.version }]);

    const staleGroup = await sec.gql(M.updateGroup, { input: { id: s.g1.id, version: 1, name: '改名' } });
    expectError(staleGroup, 'CONFLICT');
    expect(await t.sql(`SELECT name FROM verification_group WHERE id = $1`, [s.g1.id])).toEqual([{ name: '第1班' }]);

    const staleAssign = await sec.gql(M.setAssignments, { input: { projectId: s.lead.id, version: s.lead.version - 1, memberIds: [] } });
    expectError(staleAssign, 'CONFLICT');
    expect(await t.sql(`SELECT count(*)::int AS n FROM assignment WHERE "projectId" = $1`, [s.lead.id])).toEqual([{ n: 1 }]);

    // With the current version the same change goes through.
    const ok = await sec.gql(M.updateCycle, { input: { id: s.cycle.id, version: s.cycle.version, startDate: `${FY}-06-01`, endDate: `${FY + 1}-07-31` } });
    s.cycle = expectData(ok).updateCycle;
    expect(s.cycle).toMatchObject({ startDate: `${FY}-06-01`, endDate: `${FY + 1}-07-31` });
    const audit = await expectAudited(ok, 'cycle', s.cycle.id, 'UPDATE', 'cycle');
    expect(audit).toMatchObject({ before: { startDate: `${FY}-05-01` }, after: { startDate: `${FY}-06-01` } });
  });

  it('deletes what is not in use, audited with the row as it was; refuses what is', async () => {
    const inUse = await sec.gql(M.deleteProject, { input: { id: s.lead.id, version: s.lead.version } });
    expect(fieldsOf(expectError(inUse, 'BAD_USER_INPUT'))).toEqual(['id']);
    const groupInUse = await sec.gql(M.deleteGroup, { input: { id: s.g1.id, version: s.g1.version } });
    expect(fieldsOf(expectError(groupInUse, 'BAD_USER_INPUT'))).toEqual(['id']);
    await expectNoAudit(groupInUse);

    const res = await sec.gql(M.deleteProject, { input: { id: s.related.id, version: s.related.version } });
    expect(expectData(res).deleteProject.id).toBe(s.related.id);
    const audit = await expectAudited(res, 'project', s.related.id, 'DELETE');
    expect(audit).toMatchObject({ before: { id: s.related.id, name: '関連事業', verifiedWithId: s.lead.id }, after: null });
    expect(await t.sql(`SELECT id FROM project WHERE id = $1`, [s.related.id])).toEqual([]);
  });
});

describe('input checks', () => {
  it('a malformed UUID argument is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const q1 = expectError(await sec.gql(`{ cycle(id: "not-a-uuid") { id } }`), 'BAD_USER_INPUT');
    expect(q1.extensions!.fields).toEqual([{ field: 'id', constraint: 'isUUID', message: FIELD_MESSAGES.isUUID!.ja }]);
    expect(fieldsOf(expectError(await sec.gql(`{ members(bodyId: "123") { id } }`), 'BAD_USER_INPUT'))).toEqual(['bodyId']);
    expect(fieldsOf(expectError(await sec.gql(M.updateCycle, { input: { id: 'x', version: 1 } }), 'BAD_USER_INPUT'))).toEqual(['id']);
    const bad = await sec.gql(M.setAssignments, { input: { projectId: s.lead.id, version: s.lead.version, memberIds: [members[0]!.id, 'nope'] } });
    expect(fieldsOf(expectError(bad, 'BAD_USER_INPUT'))).toEqual(['memberIds']);
    // A well-formed id that does not exist is NOT_FOUND, named in the caller's language.
    const missing = expectError(await sec.gql(`{ cycle(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { lang: 'en' }), 'NOT_FOUND');
    expect(missing.message).toBe('Cycle was not found.');
  });

  it.each([
    { mutation: 'createDepartment', field: 'name', max: LIMITS.name, doc: M.createDepartment, input: () => ({ name: 'x'.repeat(LIMITS.name + 1) }) },
    {
      mutation: 'createProject', field: 'name', max: LIMITS.name, doc: M.createProject,
      input: () => ({ cycleId: s.cycle.id, articleId: article(12).id, kind: 'PROJECT', name: '事'.repeat(LIMITS.name + 1) }),
    },
    { mutation: 'createGroup', field: 'name', max: 100, doc: M.createGroup, input: () => ({ cycleId: s.cycle.id, name: '班'.repeat(101) }) },
    {
      mutation: 'advanceCycle', field: 'reason', max: LIMITS.reason, doc: M.advanceCycle,
      input: () => ({ id: s.cycle.id, version: s.cycle.version, event: 'START_CHECK', override: true, reason: 'r'.repeat(LIMITS.reason + 1) }),
    },
  ])('$mutation: an overlong $field is BAD_USER_INPUT with the maximum length ($max) in the field message', async ({ doc, input, field, max }) => {
    const ja = expectError(await sec.gql(doc, { input: input() }), 'BAD_USER_INPUT');
    expect(ja.extensions!.fields).toEqual([{ field, constraint: 'maxLength', message: `${max}文字以内で入力してください。` }]);
    const res = await sec.gql(doc, { input: input() }, { lang: 'en' });
    expect(expectError(res, 'BAD_USER_INPUT').extensions!.fields![0]!.message).toBe(`Use at most ${max} characters.`);
    await expectNoAudit(res);
  });

  // class-validator's IsDateString accepts any ISO 8601 form ('2019', '2019-05', '2019-W01', '2019-123'),
  // which PostgreSQL's date type rejects (a 500) or reads differently ('2019-123' is 3 May).
  it.each(['2031', '2031-06', '2031-W23', '2031-123'])(
    'a date that is not YYYY-MM-DD (%s) is BAD_USER_INPUT on startDate, and nothing changes',
    async (date) => {
      const [before] = await t.sql(`SELECT "startDate"::text, version FROM cycle WHERE id = $1`, [s.cycle.id]);
      const res = await sec.gql(M.updateCycle, { input: { id: s.cycle.id, version: before.version, startDate: date, endDate: null } });
      const err = expectError(res, 'BAD_USER_INPUT');
      expect(fieldsOf(err)).toEqual(['startDate']);
      expect(await t.sql(`SELECT "startDate"::text, version FROM cycle WHERE id = $1`, [s.cycle.id])).toEqual([before]);
    },
  );

  it('an end date before the start date is BAD_USER_INPUT on endDate', async () => {
    const [{ version }] = await t.sql(`SELECT version FROM cycle WHERE id = $1`, [s.cycle.id]);
    const res = await sec.gql(M.updateCycle, { input: { id: s.cycle.id, version, startDate: `${FY}-06-01`, endDate: `${FY}-05-31` } });
    expect(expectError(res, 'BAD_USER_INPUT').extensions!.fields).toEqual([{ field: 'endDate', constraint: 'dateRange', message: FIELD_MESSAGES.dateRange!.ja }]);
  });
});

describe('concurrent set-up requests', () => {
  // Shows a race on a real PostgreSQL: setProjectAssignments checks group membership with a plain SELECT
  // and setGroupMembers checks assignments with a plain SELECT; run together, each passes its check and
  // the member ends up assigned to an entry of a group they have left.
  it('a member cannot end up assigned to an entry of a group they were removed from at the same moment', async () => {
    const ordinanceId = ordinance.id;
    const cycle = expectData(await sec.gql(M.createCycle, { input: { fiscalYear: FISCAL_YEARS.setup[1], ordinanceId } })).createCycle;
    const m = members[4]!;
    let group = expectData(await sec.gql(M.createGroup, { input: { cycleId: cycle.id, name: '第1班' } })).createGroup;
    group = expectData(await sec.gql(M.setGroupMembers, { input: { groupId: group.id, version: group.version, memberIds: [m.id] } })).setGroupMembers;
    const project = expectData(
      await sec.gql(M.createProject, { input: { cycleId: cycle.id, articleId: article(13).id, departmentId: department.id, groupId: group.id, kind: 'PROJECT', name: '競合', page: 1 } }),
    ).createProject;
    const [membership] = await t.sql(`SELECT id FROM group_member WHERE "groupId" = $1 AND "memberId" = $2`, [group.id, m.id]);

    // Each request stops at its first write after its check: the assignment's foreign key to the member,
    // and the deletion of the membership.
    const { pending, met } = await whileRowsLocked(
      t,
      [
        [`SELECT 1 FROM member WHERE id = $1 FOR UPDATE`, [m.id]],
        [`SELECT 1 FROM group_member WHERE id = $1 FOR UPDATE`, [membership.id]],
      ],
      async (waiting) => {
        const pending = [
          sec.gql(M.setAssignments, { input: { projectId: project.id, version: project.version, memberIds: [m.id] } }),
          sec.gql(M.setGroupMembers, { input: { groupId: group.id, version: group.version, memberIds: [] } }),
        ];
        return { pending, met: await waiting(2) };
      },
    );
    await Promise.all(pending);
    const broken = await t.sql(
      `SELECT a."memberId" FROM assignment a JOIN project p ON p.id = a."projectId"
        WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM group_member gm WHERE gm."groupId" = p."groupId" AND gm."memberId" = a."memberId")`,
      [project.id],
    );
    expect(broken).toEqual([]);
    expect(met).toBe(true); // both requests had passed their checks before either wrote
  }, 60_000);
});
