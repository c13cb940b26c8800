import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError } from './support/errors';
import { demoCycle, demoDepartment, demoMembers, demoOrdinance } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { countStatements } from './support/sql-counter';

/**
 * What the Check screens read: one entry with its sheet (`project(id)`, `Project.sheet`), and the cost
 * of the members' and the secretariat's queries in SQL statements, which must not grow with the number
 * of entries and opinions (STYLE.md item 8). This file owns the cycles of FISCAL_YEARS.opinionScreens.
 */
const ENTRY_SHEET = `query($id: ID!) { project(id: $id) { id name sheet { id state } } }`;

/** The consolidation page of one entry, as the web client asks for it. */
const CONSOLIDATION = /* GraphQL */ `
  query($cycleId: ID!, $projectId: ID!) {
    cycle(id: $cycleId) { id fiscalYear phase opinionDeadline tags { id mark label legend } }
    project(id: $projectId) {
      id name article { number title } department { name } group { name } relatedProjects { id name }
      assignedMembers { id name } sheet { id state }
      memberOpinions { id kind text state version canEdit author { name } usedIn { mark text state } availableActions { event failedPreconditions } }
      councilOpinions { id position mark text state version tags { mark } sources { id kind text author { name } } availableActions { event requiresComment failedPreconditions } }
    }
  }
`;
const MY_ENTRIES = /* GraphQL */ `
  query($cycleId: ID!) {
    cycle(id: $cycleId) { id phase opinionDeadline }
    myAssignedEntries(cycleId: $cycleId) {
      id name article { number } group { name }
      memberOpinions { id state canEdit author { name } usedIn { mark text } availableActions { event } }
      councilOpinions { id mark text state tags { mark } }
    }
  }
`;
const PROGRESS = /* GraphQL */ `
  query($cycleId: ID!) {
    opinionProgress(cycleId: $cycleId) {
      assignedCount submittedCount councilDraftCount councilConfirmedCount lateMembers { name } pendingMembers { name }
      project { id name article { number } group { name } }
    }
  }
`;

let t: TestApp;
let sec: GqlClient, kogyo: GqlClient, shogyo: GqlClient, toyama: GqlClient;

beforeAll(async () => {
  t = await startApp();
  [sec, kogyo, shogyo, toyama] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember()]);
});
afterAll(() => t?.close());

describe('one entry and its sheet', () => {
  let projects: Array<{ id: string; name: string }>;
  beforeAll(async () => {
    const cycle = await demoCycle(sec);
    projects = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { projects { id name } } }`, { id: cycle.id })).cycle.projects;
  });
  const idOf = (name: string) => projects.find((p) => p.name === name)!.id;

  it('reads an accepted sheet with its entry, for every role that reads sheets', async () => {
    for (const c of [sec, kogyo, toyama]) {
      const { project } = expectData(await c.gql(ENTRY_SHEET, { id: idOf('起業化総合支援事業') }));
      expect(project).toMatchObject({ name: '起業化総合支援事業', sheet: { state: 'ACCEPTED' } });
    }
  });

  it('gives a draft sheet only to its department and the secretariat, as `sheet(id)` does', async () => {
    const id = idOf('内陸部操業環境保全対策事業'); // 工業振興課's draft
    expect(expectData(await kogyo.gql(ENTRY_SHEET, { id })).project.sheet).toMatchObject({ state: 'DRAFT' });
    expect(expectData(await sec.gql(ENTRY_SHEET, { id })).project.sheet).toMatchObject({ state: 'DRAFT' });
    expect(expectData(await shogyo.gql(ENTRY_SHEET, { id })).project.sheet).toBeNull();
    expect(expectData(await toyama.gql(ENTRY_SHEET, { id })).project.sheet).toBeNull();
    // the related project has no sheet of its own
    expect(expectData(await sec.gql(ENTRY_SHEET, { id: idOf('商業振興関連事業（まちづくり連動事業）') })).project.sheet).toBeNull();
  });

  it('answers NOT_FOUND for an unknown entry and BAD_USER_INPUT for a malformed id', async () => {
    expectError(await sec.gql(ENTRY_SHEET, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expectError(await sec.gql(ENTRY_SHEET, { id: 'not-an-id' }), 'BAD_USER_INPUT');
    expectError(await t.anonymous().gql(ENTRY_SHEET, { id: idOf('起業化総合支援事業') }), 'UNAUTHENTICATED');
  });
});

describe('late opinions in the demo FY2019 cycle (deadline 2020-02-14, long past)', () => {
  it('counts the members of an entry still waiting for opinions as late, but not of an entry the council has settled', async () => {
    const cycle = await demoCycle(sec);
    const rows = expectData(await sec.gql(PROGRESS, { cycleId: cycle.id })).opinionProgress;
    const of = (name: string) => rows.find((r: { project: { name: string } }) => r.project.name === name);
    expect(of('医工連携等推進事業')).toMatchObject({ submittedCount: 0, councilConfirmedCount: 0 });
    expect(of('医工連携等推進事業').lateMembers.map((m: { name: string }) => m.name).sort()).toEqual(['岩井 新一', '遠山 浩'].sort());
    expect(of('起業化総合支援事業')).toMatchObject({ submittedCount: 0, councilConfirmedCount: 4, lateMembers: [] });
    expect(of('起業化総合支援事業').pendingMembers).toHaveLength(2);
  });
});

describe('the cost of the Check screens', () => {
  const [SMALL, LARGE] = FISCAL_YEARS.opinionScreens;

  /**
   * A cycle in Check with `entries` entries of one group of all nine members, each entry verified by
   * members 1 and 2 and carrying `perEntry` submitted opinions of each member and as many council
   * opinions, each drawn from two of them. Inserted in bulk.
   */
  async function checkCycle(fiscalYear: number, entries: number, perEntry: number): Promise<{ cycleId: string; projectIds: string[] }> {
    const ordinance = await demoOrdinance(sec);
    const members = await demoMembers(sec);
    const dept = await demoDepartment(sec, '工業振興課');
    const [cycle] = await t.sql(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, "opinionDeadline", version) VALUES ($1, $2, 'CHECK', '2020-02-14', 1) RETURNING id`, [fiscalYear, ordinance.id]);
    const [group] = await t.sql(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1) RETURNING id`, [cycle.id]);
    await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") SELECT $1, $2, unnest($3::uuid[])`, [cycle.id, group.id, members.map((m) => m.id)]);
    const projects = await t.sql(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version)
       SELECT $1, $2, $3, $4, '事業' || g, 'PROJECT', g, g, 1 FROM generate_series(1, $5::int) g RETURNING id`,
      [cycle.id, ordinance.articles[0]!.id, dept.id, group.id, entries],
    );
    const assigned = members.filter((m) => m.sortOrder <= 2).map((m) => m.id);
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") SELECT $1, p.id, m FROM project p, unnest($2::uuid[]) m WHERE p."cycleId" = $1`, [cycle.id, assigned]);
    await t.sql(
      `INSERT INTO sheet ("cycleId", "projectId", state, content, version)
       SELECT $1, p.id, 'ACCEPTED', '{"items":[],"indicators":[],"assessment":null,"notes":null}', 1 FROM project p WHERE p."cycleId" = $1`,
      [cycle.id],
    );
    await t.sql(
      `INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version, "submittedAt")
       SELECT $1, p.id, m, 'POSITIVE', '意見' || g, 'SUBMITTED', 1, now() FROM project p, unnest($2::uuid[]) m, generate_series(1, $3::int) g WHERE p."cycleId" = $1`,
      [cycle.id, assigned, perEntry],
    );
    await t.sql(
      `INSERT INTO council_opinion ("cycleId", "projectId", position, text, state, version)
       SELECT $1, p.id, g, '主な意見' || g, 'DRAFT', 1 FROM project p, generate_series(1, $2::int) g WHERE p."cycleId" = $1`,
      [cycle.id, perEntry],
    );
    // each council opinion drawn from the n-th opinion of both members
    await t.sql(
      `INSERT INTO council_opinion_source ("councilOpinionId", "memberOpinionId")
       SELECT c.id, o.id FROM council_opinion c JOIN member_opinion o ON o."projectId" = c."projectId" AND o.text = '意見' || c.position WHERE c."cycleId" = $1`,
      [cycle.id],
    );
    return { cycleId: cycle.id, projectIds: projects.map((p: { id: string }) => p.id) };
  }

  let small: { cycleId: string; projectIds: string[] };
  let large: { cycleId: string; projectIds: string[] };
  beforeAll(async () => {
    small = await checkCycle(SMALL, 2, 1);
    large = await checkCycle(LARGE, 30, 8);
  });

  it('the consolidation page of an entry: the same statements for 2 opinions as for 16', async () => {
    const a = await countStatements(() => sec.gql(CONSOLIDATION, { cycleId: small.cycleId, projectId: small.projectIds[0] }));
    const b = await countStatements(() => sec.gql(CONSOLIDATION, { cycleId: large.cycleId, projectId: large.projectIds[0] }));
    expect(expectData(a.result).project.memberOpinions).toHaveLength(2);
    expect(expectData(b.result).project.memberOpinions).toHaveLength(16);
    expect(expectData(b.result).project.councilOpinions).toHaveLength(8);
    expect(expectData(b.result).project.councilOpinions[7].sources).toHaveLength(2);
    expect(b.count).toBe(a.count);
  });

  it('a member’s entries: the same statements for 2 entries as for 30', async () => {
    const a = await countStatements(() => toyama.gql(MY_ENTRIES, { cycleId: small.cycleId }));
    const b = await countStatements(() => toyama.gql(MY_ENTRIES, { cycleId: large.cycleId }));
    expect(expectData(a.result).myAssignedEntries).toHaveLength(2);
    expect(expectData(b.result).myAssignedEntries).toHaveLength(30);
    expect(expectData(b.result).myAssignedEntries[29].memberOpinions).toHaveLength(16);
    expect(b.count).toBe(a.count);
  });

  it('the earlier wordings of an entry’s opinions: the same statements for 1 opinion as for 8', async () => {
    const REVISIONS = `query($id: ID!) { project(id: $id) { councilOpinions { id revisions { version text savedByName } } } }`;
    const a = await countStatements(() => sec.gql(REVISIONS, { id: small.projectIds[0] }));
    const b = await countStatements(() => sec.gql(REVISIONS, { id: large.projectIds[0] }));
    expect(expectData(b.result).project.councilOpinions).toHaveLength(8);
    expect(b.count).toBe(a.count);
  });

  it('writing a set of opinions costs the same for 2 as for 8: reordering and confirming', async () => {
    const LIST = `query($id: ID!) { project(id: $id) { councilOpinions { id version } } }`;
    const opinionsOf = async (id: string) => expectData(await sec.gql(LIST, { id })).project.councilOpinions as Array<{ id: string; version: number }>;
    const REORDER = `mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id position } }`;
    const [two, eight] = [large.projectIds[1]!, large.projectIds[2]!];
    const twoList = await opinionsOf(two);
    const eightList = await opinionsOf(eight);
    // two swap places; all eight move
    const swapped = [twoList[1]!, twoList[0]!, ...twoList.slice(2)];
    const a = await countStatements(() => sec.gql(REORDER, { input: { projectId: two, opinions: swapped } }));
    const b = await countStatements(() => sec.gql(REORDER, { input: { projectId: eight, opinions: [...eightList].reverse() } }));
    expect(expectData(b.result).reorderCouncilOpinions.map((o: { id: string }) => o.id)).toEqual([...eightList].reverse().map((o) => o.id));
    expect(b.count).toBe(a.count);

    const CONFIRM = `mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id state } }`;
    const confirm = (opinions: Array<{ id: string; version: number }>) =>
      sec.gql(CONFIRM, { input: { opinions: opinions.map(({ id, version }) => ({ id, version })), confirmedOn: '2020-03-19', confirmedBy: '書面協議' } });
    const c = await countStatements(async () => confirm((await opinionsOf(two)).slice(0, 2)));
    const d = await countStatements(async () => confirm(await opinionsOf(eight)));
    expect(expectData(d.result).confirmCouncilOpinions).toHaveLength(8);
    expect(expectData(d.result).confirmCouncilOpinions.every((o: { state: string }) => o.state === 'CONFIRMED')).toBe(true);
    expect(d.count).toBe(c.count);
  });

  it('the secretariat’s progress: the same statements for 2 entries as for 30', async () => {
    const a = await countStatements(() => sec.gql(PROGRESS, { cycleId: small.cycleId }));
    const b = await countStatements(() => sec.gql(PROGRESS, { cycleId: large.cycleId }));
    expect(expectData(a.result).opinionProgress).toHaveLength(2);
    expect(expectData(b.result).opinionProgress).toHaveLength(30);
    expect(expectData(b.result).opinionProgress[0]).toMatchObject({ assignedCount: 2, submittedCount: 2, councilDraftCount: 8 });
    expect(b.count).toBe(a.count);
  });
});
