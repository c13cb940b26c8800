import { expectData } from './errors';
import type { GqlClient } from './client';
import { unique, type TestApp } from './app';

/**
 * Reads of the FY2019 demo data, and small builders for data a test file owns (its own cycle with a
 * fiscal year no other file uses, its own departments and members). Test files never change the demo
 * cycle, its members' groups or the chair, so that files running in parallel don't disturb each other.
 */

export const DEMO_FISCAL_YEAR = 2019;

export interface Ref {
  id: string;
  version: number;
}

export async function demoOrdinance(c: GqlClient): Promise<{ id: string; version: number; name: string; articles: Array<Ref & { number: number; title: string }> }> {
  const data = expectData(await c.gql(`{ ordinances { id version name shortName articles { id version number title } } }`));
  const o = data.ordinances.find((x: { shortName: string }) => x.shortName === '中小企業活性化条例');
  if (!o) throw new Error('the demo ordinance is missing');
  return o;
}

export async function demoCycle(c: GqlClient): Promise<Ref & { ordinanceId: string; phase: string }> {
  const data = expectData(await c.gql(`{ cycles { id version fiscalYear ordinanceId phase } }`));
  const cycle = data.cycles.find((x: { fiscalYear: number }) => x.fiscalYear === DEMO_FISCAL_YEAR);
  if (!cycle) throw new Error('the demo cycle is missing');
  return cycle;
}

export interface MemberRow extends Ref {
  name: string;
  isChair: boolean;
  bodyId: string;
  sortOrder: number;
}

/** The nine members of the subcommittee (中小企業活性化専門部会), in list order. */
export async function demoMembers(c: GqlClient): Promise<MemberRow[]> {
  const data = expectData(await c.gql(`{ bodies { id kind } }`));
  const sub = data.bodies.find((b: { kind: string }) => b.kind === 'SUBCOMMITTEE');
  const res = expectData(await c.gql(`query($b: ID) { members(bodyId: $b) { id version name isChair bodyId sortOrder } }`, { b: sub.id }));
  return res.members.filter((m: MemberRow) => m.sortOrder <= 9);
}

export async function bodyId(c: GqlClient, kind: 'COUNCIL' | 'SUBCOMMITTEE'): Promise<string> {
  const data = expectData(await c.gql(`{ bodies { id kind } }`));
  return data.bodies.find((b: { kind: string }) => b.kind === kind).id;
}

export async function demoDepartment(c: GqlClient, name: string): Promise<Ref & { name: string }> {
  const data = expectData(await c.gql(`{ departments { id version name } }`));
  const d = data.departments.find((x: { name: string }) => x.name === name);
  if (!d) throw new Error(`department ${name} is missing`);
  return d;
}

export const CYCLE_FIELDS = 'id version fiscalYear ordinanceId phase startDate endDate';

export async function createCycle(c: GqlClient, fiscalYear: number, ordinanceId: string): Promise<Ref & { fiscalYear: number; phase: string; ordinanceId: string }> {
  const res = await c.gql(`mutation($input: CreateCycleInput!) { createCycle(input: $input) { ${CYCLE_FIELDS} } }`, {
    input: { fiscalYear, ordinanceId },
  });
  return expectData(res).createCycle;
}

export async function createDepartment(c: GqlClient, prefix: string): Promise<Ref & { name: string }> {
  const res = await c.gql(`mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version name bureau } }`, {
    input: { name: unique(prefix), bureau: 'テスト局' },
  });
  return expectData(res).createDepartment;
}

/** A member of the council (not the subcommittee: the demo's groups and chair stay as they are). */
export async function createMember(c: GqlClient, prefix: string, council: string): Promise<Ref & { name: string }> {
  const res = await c.gql(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id version name } }`, {
    input: { bodyId: council, name: unique(prefix), affiliation: 'テスト大学', title: '教授', category: 'ACADEMIC', isChair: false },
  });
  return expectData(res).createMember;
}

export async function createGroup(c: GqlClient, cycleId: string, name: string): Promise<Ref & Record<string, any>> {
  const res = await c.gql(`mutation($input: CreateGroupInput!) { createGroup(input: $input) { id version name } }`, { input: { cycleId, name } });
  return expectData(res).createGroup;
}

export async function setGroupMembers(c: GqlClient, group: Ref, memberIds: string[]): Promise<Ref & Record<string, any>> {
  const res = await c.gql(`mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { id version } }`, {
    input: { groupId: group.id, version: group.version, memberIds },
  });
  return expectData(res).setGroupMembers;
}

export const PROJECT_FIELDS = 'id version name kind page sortOrder cycleId articleId departmentId groupId verifiedWithId';

export async function createProject(c: GqlClient, input: Record<string, unknown>): Promise<Ref & Record<string, any>> {
  const res = await c.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`, {
    input: { kind: 'PROJECT', ...input },
  });
  return expectData(res).createProject;
}

export async function setAssignments(c: GqlClient, project: Ref, memberIds: string[]): Promise<Ref & Record<string, any>> {
  const res = await c.gql(`mutation($input: SetAssignmentsInput!) { setProjectAssignments(input: $input) { id version } }`, {
    input: { projectId: project.id, version: project.version, memberIds },
  });
  return expectData(res).setProjectAssignments;
}

export async function createUser(c: GqlClient, input: Record<string, unknown>): Promise<Ref & { loginId: string; role: string }> {
  const res = await c.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id version loginId role active departmentId memberId } }`, {
    input,
  });
  return expectData(res).createUser;
}

/** A cycle in DO with `entries` entries of kogyo's department (工業振興課), each with its DRAFT sheet. */
export async function cycleInDo(sec: GqlClient, fiscalYear: number, entries = 1): Promise<Ref> {
  const ordinance = await demoOrdinance(sec);
  const c = await createCycle(sec, fiscalYear, ordinance.id);
  const dept = await demoDepartment(sec, '工業振興課');
  const members = await demoMembers(sec);
  let group = await createGroup(sec, c.id, '第1班');
  group = await setGroupMembers(sec, group, [members[0]!.id]);
  for (let i = 0; i < entries; i++) {
    const p = await createProject(sec, { cycleId: c.id, articleId: ordinance.articles[1]!.id, departmentId: dept.id, groupId: group.id, name: unique('知的財産'), page: 23 + i });
    await setAssignments(sec, p, [members[0]!.id]);
  }
  const moved = expectData(await sec.gql(`mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { id version phase } }`, {
    input: { id: c.id, version: c.version, event: 'START_DO' },
  })).advanceCycle;
  if (moved.phase !== 'DO') throw new Error(`cycle ${fiscalYear} did not enter DO`);
  return moved;
}

/** The audit trail of one row, oldest first. */
export async function auditOf(t: TestApp, entityId: string): Promise<Array<{ action: string; before: any; after: any; reason: string | null; requestId: string | null; actorId: string | null; xmin: string }>> {
  return t.sql(
    `SELECT action, before, after, reason, "requestId", "actorId", xmin::text AS xmin FROM audit_event WHERE "entityId" = $1 ORDER BY at, id`,
    [entityId],
  );
}

/** The id of the transaction that last wrote a row (its xmin): equal for rows written together. */
export async function xminOf(t: TestApp, table: string, id: string): Promise<string> {
  const [row] = await t.sql(`SELECT xmin::text AS xmin FROM "${table}" WHERE id = $1`, [id]);
  return row?.xmin;
}

/**
 * Makes concurrent requests meet in the middle: a connection of the test's own locks some rows
 * (`lockSql`, e.g. `SELECT 1 FROM member WHERE id = $1 FOR UPDATE`), `whileLocked` starts the requests
 * and calls `waiting(n)`, which returns once n backends are blocked, directly or through one another,
 * by that connection (each request has then passed its checks and waits to write), or false after 30 s. The locks are released
 * when `whileLocked` returns; its result (e.g. the pending responses) is returned.
 */
export async function whileRowsLocked<T>(
  t: TestApp,
  lockSql: Array<[string, unknown[]]>,
  whileLocked: (waiting: (n: number) => Promise<boolean>) => Promise<T>,
): Promise<T> {
  const runner = t.db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    for (const [sql, params] of lockSql) await runner.query(sql, params);
    const waiting = async (n: number) => {
      for (const started = Date.now(); Date.now() - started < 30_000; ) {
        const [row] = await runner.query(
          // pg_locks, not pg_stat_activity: the latter is a snapshot taken once per transaction.
          `WITH RECURSIVE blocked(pid) AS (
             SELECT l.pid FROM pg_locks l WHERE NOT l.granted AND pg_backend_pid() = ANY(pg_blocking_pids(l.pid))
             UNION
             SELECT l.pid FROM pg_locks l JOIN blocked b ON b.pid = ANY(pg_blocking_pids(l.pid)) WHERE NOT l.granted
           ) SELECT count(DISTINCT pid)::int AS n FROM blocked`,
        );
        if (row.n >= n) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    return await whileLocked(waiting);
  } finally {
    if (runner.isTransactionActive) await runner.commitTransaction();
    await runner.release();
  }
}

/**
 * Straight in the database: a cycle in DO of the given fiscal year and ordinance, one entry of the
 * department and its empty DRAFT sheet (for tests about sheets that need no set-up through the API).
 */
export async function insertDraftSheet(
  t: TestApp,
  p: { fiscalYear: number; ordinanceId: string; articleId: string; departmentId: string; name: string },
): Promise<{ cycleId: string; projectId: string; sheetId: string }> {
  const one = async (sql: string, params: unknown[]) => (await t.sql(`${sql} RETURNING id`, params))[0].id as string;
  const cycleId = await one(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'DO', 1)`, [p.fiscalYear, p.ordinanceId]);
  const projectId = await one(
    `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, 'PROJECT', 1, 1, 1)`,
    [cycleId, p.articleId, p.departmentId, p.name],
  );
  const sheetId = await one(`INSERT INTO sheet ("cycleId", "projectId", state, content, version) VALUES ($1, $2, 'DRAFT', $3, 1)`, [
    cycleId, projectId, JSON.stringify({ items: [], indicators: [], assessment: null, notes: null }),
  ]);
  return { cycleId, projectId, sheetId };
}
