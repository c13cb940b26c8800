import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError } from './support/errors';
import { bodyId, createMember, cycleInDo, demoCycle, demoOrdinance, DEMO_FISCAL_YEAR } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { countStatements } from './support/sql-counter';

/**
 * Each role's home (`home`): what to do next, in the caller's scope, and its cost in SQL statements,
 * which must not grow with the rows it reads. Also the labels the home shares with other screens: who
 * acted last on a sheet, the numbers of a sheet's versions, who the seeded history names, a sheet pane's
 * reason. This file owns the cycles of FISCAL_YEARS.home; other files add cycles of kogyo's department
 * and of toyama's assignments in parallel, so assertions pick their own fiscal year.
 */
const HOME = /* GraphQL */ `
  {
    home {
      today
      staff {
        departmentName sheets { id projectId projectName fiscalYear state deadline { date daysLeft } lastActivity { kind at byName comment } }
        responses { projectId projectName fiscalYear unanswered drafts returned submitted approved }
      }
      member {
        entries {
          projectId projectName fiscalYear deadline { date daysLeft } status late opinionsAwaited
          draftCount submittedCount adoptedCount notedCount councilConfirmedCount sheetId
        }
      }
      secretariat {
        cycles {
          cycleId fiscalYear phase sheetDeadline { date daysLeft } opinionDeadline { date daysLeft }
          sheetCount sheetsSubmitted sheetsReturned sheetsAccepted entriesToConsolidate opinionsToConsolidate councilDraftCount
          responsesSubmitted opinionsUnanswered
          lateMembers { memberId name entries }
        }
      }
      admin { activeUsers inactiveUsers lockedUsers }
    }
  }
`;
const [FY_RETURNED, FY_SMALL_DO, FY_SMALL_CHECK, FY_LARGE_DO, FY_LARGE_CHECK] = FISCAL_YEARS.home;
const SHEET = `query($id: ID!) { sheet(id: $id) { id state version lastActivity { kind byName comment } revisions { version number current savedByName } } }`;
const transition = (name: string) => `mutation($input: SheetTransitionInput!) { ${name}(input: $input) { id state version } }`;
const SAVE = `mutation($input: SaveSheetInput!) { saveSheet(input: $input) { id version } }`;
const content = (text: string) => ({ items: [{ heading: '実施状況', text, bullets: [], table: null }], indicators: [], assessment: null, notes: null });
const CONTENT1 = content('初稿');
const CONTENT2 = content('第二稿');

type Home = any;
let t: TestApp;
let sec: GqlClient, kogyo: GqlClient, shogyo: GqlClient, toyama: GqlClient, admin: GqlClient;
const homeOf = async (c: GqlClient): Promise<Home> => expectData(await c.gql(HOME)).home;

beforeAll(async () => {
  t = await startApp();
  [sec, kogyo, shogyo, toyama, admin] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember(), t.asAdmin()]);
});
afterAll(() => t?.close());

describe('staff: their department’s sheets in the years in Do', () => {
  it('lists 工業振興課’s four FY2020 drafts with the deadline in days, and nothing of other departments or roles', async () => {
    const home = await homeOf(kogyo);
    expect(home).toMatchObject({ member: null, secretariat: null, admin: null, staff: { departmentName: '工業振興課' } });
    expect(home.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const fy2020 = home.staff.sheets.filter((s: { fiscalYear: number }) => s.fiscalYear === 2020);
    expect(fy2020.map((s: { projectName: string }) => s.projectName).sort()).toEqual(
      ['知的財産戦略の推進', 'ものづくり中小企業経営革新等支援事業', '生産性向上推進事業', '内陸部操業環境保全対策事業'].sort(),
    );
    const days = Math.round((Date.parse('2021-01-29') - Date.parse(home.today)) / 86_400_000);
    for (const s of fy2020) expect(s).toMatchObject({ state: 'DRAFT', deadline: { date: '2021-01-29', daysLeft: days }, lastActivity: null });
    // FY2019 is in Check: its sheets are no longer to do
    expect(home.staff.sheets.some((s: { fiscalYear: number }) => s.fiscalYear === DEMO_FISCAL_YEAR)).toBe(false);
    const other = await homeOf(shogyo);
    expect(other.staff.departmentName).toBe('商業振興課');
    expect(other.staff.sheets.filter((s: { fiscalYear: number }) => s.fiscalYear === 2020).map((s: { projectName: string }) => s.projectName)).toEqual(['商業振興関連事業（商店街課題対応事業、商業力強化事業地域連携事業等）']);
  });

  it('shows a returned sheet as returned by the secretariat, with its comment; the sheet itself names who acted last', async () => {
    const cycle = await cycleInDo(sec, FY_RETURNED);
    const [sheet] = expectData(await kogyo.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id version } }`, { f: { cycleId: cycle.id, mine: true } })).sheets;
    let v = expectData(await kogyo.gql(SAVE, { input: { id: sheet.id, version: sheet.version, content: CONTENT1 } })).saveSheet.version;
    v = expectData(await kogyo.gql(transition('submitSheet'), { input: { id: sheet.id, version: v } })).submitSheet.version;
    expect(expectData(await kogyo.gql(SHEET, { id: sheet.id })).sheet.lastActivity).toMatchObject({ kind: 'SUBMIT', byName: '工業振興課 担当' });
    v = expectData(await sec.gql(transition('returnSheet'), { input: { id: sheet.id, version: v, comment: '指標の値を加えてください' } })).returnSheet.version;

    const mine = (await homeOf(kogyo)).staff.sheets.find((s: { id: string }) => s.id === sheet.id);
    expect(mine).toMatchObject({ fiscalYear: FY_RETURNED, state: 'RETURNED', lastActivity: { kind: 'RETURN', byName: '産業政策課 事務局', comment: '指標の値を加えてください' } });
    expect((await homeOf(shogyo)).staff.sheets.some((s: { id: string }) => s.id === sheet.id)).toBe(false);
    // the sheet's own label: the secretariat acted last, not the department that saved it
    expect(expectData(await kogyo.gql(SHEET, { id: sheet.id })).sheet.lastActivity).toEqual({ kind: 'RETURN', byName: '産業政策課 事務局', comment: '指標の値を加えてください' });

    // saved again: the department acted last; the versions are numbered 1, 2, 3 though the row versions skip
    v = expectData(await kogyo.gql(SAVE, { input: { id: sheet.id, version: v, content: CONTENT2 } })).saveSheet.version;
    const after = expectData(await kogyo.gql(SHEET, { id: sheet.id })).sheet;
    expect(after.lastActivity).toEqual({ kind: 'SAVE', byName: '工業振興課 担当', comment: null });
    expect(after.revisions.map((r: { number: number }) => r.number)).toEqual([3, 2, 1]);
    expect(after.revisions.map((r: { version: number }) => r.version)).toEqual([v, 4, 1]);
    expect(after.revisions[0]).toMatchObject({ current: true, number: 3 });
    v = expectData(await kogyo.gql(transition('submitSheet'), { input: { id: sheet.id, version: v } })).submitSheet.version;
    await sec.gql(transition('acceptSheet'), { input: { id: sheet.id, version: v } });
    // a reader outside the department sees the current version only, numbered as the department counts it
    const read = expectData(await toyama.gql(SHEET, { id: sheet.id })).sheet;
    expect(read.revisions).toEqual([{ version: v + 1, number: 3, current: true, savedByName: '工業振興課 担当' }]);
    expect(read.lastActivity).toEqual({ kind: 'ACCEPT', byName: '産業政策課 事務局', comment: null });
  });
});

describe('members: their entries with opinions due, in whichever year they are due', () => {
  it('gives toyama FY2019’s entries (in Check), not FY2020’s (in Do): late on 医工連携, settled where the council confirmed', async () => {
    const home = await homeOf(toyama);
    expect(home).toMatchObject({ staff: null, secretariat: null, admin: null });
    const fy2019 = home.member.entries.filter((e: { fiscalYear: number }) => e.fiscalYear === DEMO_FISCAL_YEAR);
    expect(home.member.entries.some((e: { fiscalYear: number }) => e.fiscalYear === 2020)).toBe(false);
    const of = (name: string) => fy2019.find((e: { projectName: string }) => e.projectName === name);
    expect(of('医工連携等推進事業')).toMatchObject({
      status: 'NOT_STARTED', late: true, opinionsAwaited: true, councilConfirmedCount: 0, deadline: { date: '2020-02-14' }, sheetId: null,
    });
    expect(of('医工連携等推進事業').deadline.daysLeft).toBeLessThan(0);
    const settled = fy2019.filter((e: { status: string }) => e.status === 'SETTLED');
    expect(settled.length).toBeGreaterThan(0);
    for (const e of settled) expect(e).toMatchObject({ late: false, opinionsAwaited: false });
    expect(settled.every((e: { councilConfirmedCount: number; sheetId: string | null }) => e.councilConfirmedCount > 0 && e.sheetId)).toBe(true);
    // only toyama's assignments: iwai's home has 医工連携 too, nakayama's (第2班) not
    const nakayama = await homeOf(await t.asOtherMember());
    expect(nakayama.member.entries.some((e: { projectName: string; fiscalYear: number }) => e.fiscalYear === DEMO_FISCAL_YEAR && e.projectName === '医工連携等推進事業')).toBe(false);
  });

  it('tells a member why an entry shows no sheet: its state, which every reader may know', async () => {
    const cycle = await demoCycle(sec);
    const projects = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { projects { id name } } }`, { id: cycle.id })).cycle.projects;
    const id = projects.find((p: { name: string }) => p.name === '医工連携等推進事業').id;
    expect(expectData(await toyama.gql(`query($id: ID!) { project(id: $id) { sheet { id } sheetState } }`, { id })).project).toEqual({ sheet: null, sheetState: 'DRAFT' });
    const related = projects.find((p: { name: string }) => p.name === '商業振興関連事業（まちづくり連動事業）').id;
    expect(expectData(await toyama.gql(`query($id: ID!) { project(id: $id) { sheet { id } sheetState } }`, { id: related })).project).toEqual({ sheet: null, sheetState: null });
  });
});

describe('the secretariat: what waits for it in every open year', () => {
  it('counts FY2020’s sheets and names FY2019’s late members with their entries', async () => {
    const home = await homeOf(sec);
    expect(home).toMatchObject({ staff: null, member: null, admin: null });
    const fy = (year: number) => home.secretariat.cycles.find((c: { fiscalYear: number }) => c.fiscalYear === year);
    expect(fy(2020)).toMatchObject({ phase: 'DO', sheetDeadline: { date: '2021-01-29' }, sheetsSubmitted: 0, sheetsAccepted: 0, lateMembers: [] });
    expect(fy(2019)).toMatchObject({ phase: 'CHECK', opinionDeadline: { date: '2020-02-14' }, sheetsAccepted: 10 });
    const late = fy(2019).lateMembers;
    expect(late.find((m: { name: string }) => m.name === '遠山 浩').entries).toContain('医工連携等推進事業');
    expect(late.find((m: { name: string }) => m.name === '岩井 新一').entries).toContain('医工連携等推進事業');
    // the same late members as the progress screen (one rule: isOpinionLate)
    const progress = expectData(await sec.gql(`query($c: ID!) { opinionProgress(cycleId: $c) { lateMembers { name } } }`, { c: fy(2019).cycleId })).opinionProgress;
    const fromProgress = new Set(progress.flatMap((p: { lateMembers: Array<{ name: string }> }) => p.lateMembers.map((m) => m.name)));
    expect(new Set(late.map((m: { name: string }) => m.name))).toEqual(fromProgress);
  });
});

describe('the administrator: accounts', () => {
  it('counts active, inactive and locked accounts', async () => {
    const locked = await t.insertUser({ loginId: unique('locked') });
    await t.sql(`INSERT INTO rate_limit (key, hits, "expiresAt", "blockedUntil") VALUES ($1, 10, now() + interval '1 hour', now() + interval '1 hour')`, [`signin:account:${locked.loginId.toLowerCase()}`]);
    const inactive = async () => (await t.sql(`SELECT count(*)::int AS n FROM app_user WHERE NOT active`))[0].n as number;
    // other files add and deactivate accounts meanwhile: the answer lies between the counts before and after
    const low = await inactive();
    const home = await homeOf(admin);
    const high = await inactive();
    expect(home).toMatchObject({ staff: null, member: null, secretariat: null });
    expect(home.admin.activeUsers).toBeGreaterThanOrEqual(8);
    expect(home.admin.lockedUsers).toBeGreaterThanOrEqual(1);
    expect(home.admin.inactiveUsers).toBeGreaterThanOrEqual(low);
    expect(home.admin.inactiveUsers).toBeLessThanOrEqual(high);
  });

  it('answers UNAUTHENTICATED without a session', async () => {
    expectError(await t.anonymous().gql(HOME), 'UNAUTHENTICATED');
  });
});

describe('the demo’s recorded history names who acted', () => {
  it('the secretariat moved the years and accepted the sheets; 工業振興課 submitted its own', async () => {
    const cycle = await demoCycle(sec);
    const c = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { transitions { event actorName } } }`, { id: cycle.id })).cycle;
    expect(c.transitions.map((x: { actorName: string }) => x.actorName)).toEqual(['産業政策課 事務局', '産業政策課 事務局']);
    const [sheet] = expectData(await kogyo.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id } }`, { f: { cycleId: cycle.id, mine: true, states: ['ACCEPTED'] } })).sheets;
    const s = expectData(await kogyo.gql(`query($id: ID!) { sheet(id: $id) { transitions { event actorName } } }`, { id: sheet.id })).sheet;
    expect(s.transitions).toEqual([
      { event: 'SUBMIT', actorName: '工業振興課 担当' },
      { event: 'ACCEPT', actorName: '産業政策課 事務局' },
    ]);
  });
});

describe('the cost of a home', () => {
  /** A department of its own with its staff account, and a member of its own with theirs. */
  let staff: GqlClient, member: GqlClient;
  let deptId: string, memberId: string;

  /** A cycle with `entries` entries of the department, each with a submitted sheet returned once, and each assigned to the member with two opinions. */
  async function cycleWith(fiscalYear: number, phase: 'DO' | 'CHECK', entries: number): Promise<void> {
    const ordinance = await demoOrdinance(sec);
    const [cycle] = await t.sql(
      `INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, "sheetDeadline", "opinionDeadline", version) VALUES ($1, $2, $3, '2020-01-31', '2020-02-14', 1) RETURNING id`,
      [fiscalYear, ordinance.id, phase],
    );
    await t.sql(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version)
       SELECT $1, $2, $3, '事業' || g, 'PROJECT', g, g, 1 FROM generate_series(1, $4::int) g`,
      [cycle.id, ordinance.articles[0]!.id, deptId, entries],
    );
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") SELECT $1, p.id, $2 FROM project p WHERE p."cycleId" = $1`, [cycle.id, memberId]);
    await t.sql(
      `INSERT INTO sheet ("cycleId", "projectId", state, content, version)
       SELECT $1, p.id, 'RETURNED', '{"items":[],"indicators":[],"assessment":null,"notes":null}', 3 FROM project p WHERE p."cycleId" = $1`,
      [cycle.id],
    );
    await t.sql(
      `INSERT INTO workflow_transition ("subjectType", "subjectId", event, "fromState", "toState", comment, at)
       SELECT 'sheet', s.id, e.event, e.f, e.t, e.c, now() - e.ago FROM sheet s,
              (VALUES ('SUBMIT', 'DRAFT', 'SUBMITTED', NULL, interval '2 days'), ('RETURN', 'SUBMITTED', 'RETURNED', '直してください', interval '1 day')) AS e(event, f, t, c, ago)
        WHERE s."cycleId" = $1`,
      [cycle.id],
    );
    await t.sql(
      `INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version, "submittedAt")
       SELECT $1, p.id, $2, 'POSITIVE', '意見' || g, 'SUBMITTED', 1, now() FROM project p, generate_series(1, 2) g WHERE p."cycleId" = $1`,
      [cycle.id, memberId],
    );
    if (phase !== 'CHECK') return;
    // the Action under way on every second entry: two confirmed council opinions, the first answered by a submitted response
    await t.sql(
      `INSERT INTO council_opinion ("cycleId", "projectId", position, text, state, version)
       SELECT $1, p.id, g, '主な意見' || g, 'CONFIRMED', 1 FROM project p, generate_series(1, 2) g WHERE p."cycleId" = $1 AND p.page % 2 = 0`,
      [cycle.id],
    );
    await t.sql(
      `WITH r AS (INSERT INTO response ("cycleId", "projectId", position, text, state, version)
                  SELECT $1, p.id, 1, '対応', 'SUBMITTED', 1 FROM project p WHERE p."cycleId" = $1 AND p.page % 2 = 0 RETURNING id, "projectId")
       INSERT INTO response_opinion ("responseId", "councilOpinionId")
       SELECT r.id, co.id FROM r JOIN council_opinion co ON co."projectId" = r."projectId" AND co.position = 1`,
      [cycle.id],
    );
  }

  /** Each role's home, one request after the other (the counter sees every statement of the process). */
  async function costs() {
    const out = [];
    for (const c of [staff, member, sec, admin]) out.push(await countStatements(() => c.gql(HOME)));
    return out;
  }

  beforeAll(async () => {
    const [dept] = await t.sql(`INSERT INTO department (name, bureau, version) VALUES ($1, 'テスト局', 1) RETURNING id`, [unique('ホーム課')]);
    deptId = dept.id;
    memberId = (await createMember(sec, 'ホーム委員', await bodyId(sec, 'COUNCIL'))).id;
    const s = await t.insertUser({ role: 'DEPARTMENT_STAFF', departmentId: deptId });
    const m = await t.insertUser({ role: 'COMMITTEE_MEMBER', memberId });
    [staff, member] = await Promise.all([t.signIn(s.loginId, s.password), t.signIn(m.loginId, m.password)]);
  });

  it('costs every role the same statements for 2 entries as for 2 + 40 (one year more in Do, one in Check)', async () => {
    await cycleWith(FY_SMALL_DO, 'DO', 1);
    await cycleWith(FY_SMALL_CHECK, 'CHECK', 1);
    const before = await costs();
    expect(expectData(before[0]!.result).home.staff.sheets).toHaveLength(1);
    expect(expectData(before[1]!.result).home.member.entries).toHaveLength(1);

    await cycleWith(FY_LARGE_DO, 'DO', 20);
    await cycleWith(FY_LARGE_CHECK, 'CHECK', 20);
    const after = await costs();
    const staffHome = expectData(after[0]!.result).home.staff;
    expect(staffHome.sheets).toHaveLength(21);
    expect(staffHome.sheets[0]).toMatchObject({ fiscalYear: FY_LARGE_DO, state: 'RETURNED', lastActivity: { kind: 'RETURN', comment: '直してください' } });
    const memberHome = expectData(after[1]!.result).home.member;
    expect(memberHome.entries).toHaveLength(21);
    expect(memberHome.entries[0]).toMatchObject({ submittedCount: 2, status: 'SUBMITTED', late: false, opinionsAwaited: true });
    const ownResponses = staffHome.responses.filter((r: { fiscalYear: number }) => r.fiscalYear === FY_LARGE_CHECK);
    expect(ownResponses).toHaveLength(10);
    expect(ownResponses[0]).toMatchObject({ unanswered: 1, drafts: 0, returned: 0, submitted: 1, approved: 0 });
    const secHome = expectData(after[2]!.result).home.secretariat;
    expect(secHome.cycles.find((c: { fiscalYear: number }) => c.fiscalYear === FY_LARGE_CHECK)).toMatchObject({
      entriesToConsolidate: 20, opinionsToConsolidate: 40, responsesSubmitted: 10, opinionsUnanswered: 10,
    });

    expect(after.map((a) => a.count)).toEqual(before.map((b) => b.count));
  });
});
