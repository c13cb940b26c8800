import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient, GqlResponse } from './support/client';
import { expectData } from './support/errors';
import { auditOf, bodyId, demoDepartment, insertDraftSheet, type Ref } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';

/**
 * Numbers that must not collide and saves that must not break (issue 7, section 4):
 * - council opinion numbers stay unique and gapless under concurrent writes (a lock of the entry and a
 *   unique constraint);
 * - a save that changes nothing, once normalised, writes nothing (no revision, no audit, the same
 *   version), and the next real save succeeds; the same for every other versioned write.
 * This file owns the cycles of FISCAL_YEARS.integrity, and an ordinance of its own.
 */
const [FY_CHECK, FY_DO] = FISCAL_YEARS.integrity;

let t: TestApp;
let sec: GqlClient, staff: GqlClient, admin: GqlClient, member: GqlClient;
let ordinance: string, article: string, kogyo: string, checkCycle: string;

const insert = async (sql: string, params: unknown[]): Promise<Ref> => (await t.sql(`${sql} RETURNING id, version`, params))[0];
const version = async (table: string, id: string): Promise<number> => (await t.sql(`SELECT version FROM "${table}" WHERE id = $1`, [id]))[0].version;
const auditCount = async (id: string) => (await auditOf(t, id)).length;
const entryOfCheck = (name: string) =>
  insert(`INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, 'PROJECT', 1, 1, 1)`, [
    checkCycle, article, kogyo, unique(name),
  ]);

beforeAll(async () => {
  t = await startApp();
  [sec, staff, admin, member] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asAdmin(), t.asMember()]);
  ordinance = (await insert(`INSERT INTO ordinance (name, "shortName", "effectiveDate", version) VALUES ($1, $1, '2016-04-01', 1)`, [unique('integrity')])).id;
  article = (await insert(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, 1, '目的', 1)`, [ordinance])).id;
  kogyo = (await demoDepartment(sec, '工業振興課')).id;
  checkCycle = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'CHECK', 1)`, [FY_CHECK, ordinance])).id;
});
afterAll(() => t?.close());

describe('council opinion numbers under concurrency', () => {
  const CREATE = `mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id position } }`;
  const positions = async (projectId: string): Promise<number[]> =>
    (await t.sql(`SELECT position FROM council_opinion WHERE "projectId" = $1 ORDER BY position`, [projectId])).map((r) => r.position);
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('10 rounds of 5 concurrent creates on one entry: every one succeeds, numbers distinct and gapless', async () => {
    const entry = await entryOfCheck('同時作成');
    for (let round = 1; round <= 10; round++) {
      const answers = await Promise.all(oneTo(5).map((i) => sec.gql(CREATE, { input: { projectId: entry.id, text: `第${round}回 ${i}`, memberOpinionIds: [] } })));
      expect({ round, errors: answers.flatMap((a) => a.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ round, errors: [] });
      const got = answers.map((a) => a.data!.createCouncilOpinion.position).sort((a: number, b: number) => a - b);
      expect({ round, got }).toEqual({ round, got: oneTo(5).map((i) => (round - 1) * 5 + i) });
      expect(await positions(entry.id)).toEqual(oneTo(round * 5));
    }
  });

  it('creates, deletes, splits and reorders at once on one entry leave the numbers 1…n', async () => {
    const entry = await entryOfCheck('同時変更');
    for (let i = 1; i <= 4; i++) expectData(await sec.gql(CREATE, { input: { projectId: entry.id, text: `意見${i}`, memberOpinionIds: [] } }));
    for (let round = 1; round <= 5; round++) {
      const rows: Array<Ref & { position: number }> = await t.sql(`SELECT id, version, position FROM council_opinion WHERE "projectId" = $1 ORDER BY position`, [entry.id]);
      const [first, second, , last] = rows;
      const answers: GqlResponse[] = await Promise.all([
        sec.gql(CREATE, { input: { projectId: entry.id, text: `追加 ${round}a`, memberOpinionIds: [] } }),
        sec.gql(CREATE, { input: { projectId: entry.id, text: `追加 ${round}b`, memberOpinionIds: [] } }),
        sec.gql(`mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id } }`, { input: { id: last!.id, version: last!.version } }),
        sec.gql(`mutation($input: SplitCouncilOpinionInput!) { splitCouncilOpinion(input: $input) { id } }`, {
          input: { id: second!.id, version: second!.version, texts: [`前半 ${round}`, `後半 ${round}`] },
        }),
        sec.gql(`mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id } }`, { input: { id: first!.id, version: first!.version } }),
        sec.gql(`mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id } }`, {
          input: { projectId: entry.id, opinions: [...rows].reverse().map((r) => ({ id: r.id, version: r.version })) },
        }),
      ]);
      // Each one went through, or met a version another one had just moved on (CONFLICT), or (the reorder)
      // a list another one had just changed (BAD_USER_INPUT ORDER_MISMATCH).
      const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'ok');
      for (const [i, code] of codes.entries()) expect(['ok', 'CONFLICT', ...(i === 5 ? ['BAD_USER_INPUT'] : [])]).toContain(code);
      const now = await positions(entry.id);
      expect({ round, now }).toEqual({ round, now: oneTo(now.length) });
      expect(now.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('the database itself refuses a second opinion with the same number on an entry', async () => {
    const entry = await entryOfCheck('一意');
    expectData(await sec.gql(CREATE, { input: { projectId: entry.id, text: '①の意見', memberOpinionIds: [] } }));
    await expect(
      t.sql(`INSERT INTO council_opinion ("cycleId", "projectId", position, text, state, version) VALUES ($1, $2, 1, '重複', 'DRAFT', 1)`, [checkCycle, entry.id]),
    ).rejects.toThrow(/UQ_council_opinion_position/);
  });
});

describe('a save that changes nothing writes nothing, and the next real save succeeds', () => {
  const SAVE = `mutation($input: SaveSheetInput!) { saveSheet(input: $input) { version content { notes } } }`;
  const CONTENT = {
    items: [{ heading: '実施状況', text: '予定どおり実施', bullets: ['説明会'], table: null }],
    indicators: [{ label: '参加者数', unit: '人', values: [{ fiscalYear: FY_DO - 1, value: 20 }, { fiscalYear: FY_DO, value: 25 }], approximate: false, note: null }],
    assessment: '概ね計画どおり',
    notes: null,
  };
  /** The same content as the editor may send it: spaces around the text, an empty bullet, the years in another order, empty strings. */
  const SAME_ONCE_NORMALISED = {
    items: [{ heading: ' 実施状況 ', text: '予定どおり実施\n', bullets: ['説明会', '  '], table: [] }],
    indicators: [{ label: '参加者数', unit: '人 ', values: [{ fiscalYear: FY_DO, value: 25 }, { fiscalYear: FY_DO - 1, value: 20 }], approximate: false, note: '' }],
    assessment: '概ね計画どおり ',
    notes: '',
  };
  let sheetId: string;

  beforeAll(async () => {
    ({ sheetId } = await insertDraftSheet(t, { fiscalYear: FY_DO, ordinanceId: ordinance, articleId: article, departmentId: kogyo, name: '保存事業' }));
  });

  const revisions = async () => (await t.sql(`SELECT version FROM sheet_revision WHERE "sheetId" = $1 ORDER BY version`, [sheetId])).map((r) => r.version);
  const sheetAudits = async () => (await auditOf(t, sheetId)).filter((a) => a.action === 'UPDATE').length;

  it('a sheet: the same content twice, then content equal once normalised, then two real changes', async () => {
    const save = async (v: number, content: unknown) => expectData(await staff.gql(SAVE, { input: { id: sheetId, version: v, content } })).saveSheet;
    expect((await save(1, CONTENT)).version).toBe(2);
    expect((await save(2, CONTENT)).version).toBe(2);
    expect((await save(2, SAME_ONCE_NORMALISED)).version).toBe(2);
    expect(await revisions()).toEqual([1]);
    expect(await sheetAudits()).toBe(1);
    // The next real changes succeed (before the fix the second failed on the revision's unique index).
    expect(await save(2, { ...CONTENT, notes: '追記1' })).toEqual({ version: 3, content: { notes: '追記1' } });
    expect(await save(3, { ...CONTENT, notes: '追記2' })).toEqual({ version: 4, content: { notes: '追記2' } });
    expect(await revisions()).toEqual([1, 2, 3]);
    expect(await sheetAudits()).toBe(3);
  });

  it('the sheet’s tags: the same set again changes nothing', async () => {
    const [{ cycleId }] = await t.sql(`SELECT "cycleId" FROM sheet WHERE id = $1`, [sheetId]);
    const tag = await insert(`INSERT INTO tag ("cycleId", mark, label, legend, version) VALUES ($1, '※', '印', '※ は…', 1)`, [cycleId]);
    const TAGS = `mutation($input: SetSheetTagsInput!) { setSheetTags(input: $input) { version } }`;
    const v = await version('sheet', sheetId);
    expect(expectData(await sec.gql(TAGS, { input: { id: sheetId, version: v, tagIds: [tag.id] } })).setSheetTags.version).toBe(v + 1);
    const audits = await auditCount(sheetId);
    expect(expectData(await sec.gql(TAGS, { input: { id: sheetId, version: v + 1, tagIds: [tag.id] } })).setSheetTags.version).toBe(v + 1);
    expect(await auditCount(sheetId)).toBe(audits);
  });

  it('a member opinion: the same text again changes nothing; a real change then succeeds', async () => {
    const toyama = expectData(await member.gql(`{ me { memberId } }`)).me.memberId;
    const entry = await entryOfCheck('委員意見');
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") VALUES ($1, $2, $3)`, [checkCycle, entry.id, toyama]);
    const UPDATE = `mutation($input: UpdateMemberOpinionInput!) { updateMemberOpinion(input: $input) { version text } }`;
    const o = expectData(await member.gql(`mutation($input: CreateMemberOpinionInput!) { createMemberOpinion(input: $input) { id version } }`, {
      input: { projectId: entry.id, kind: 'POSITIVE', text: '評価できる' },
    })).createMemberOpinion;
    expect(expectData(await member.gql(UPDATE, { input: { id: o.id, version: 1, kind: 'POSITIVE', text: ' 評価できる ' } })).updateMemberOpinion.version).toBe(1);
    expect(await auditCount(o.id)).toBe(1); // the creation only
    expect(expectData(await member.gql(UPDATE, { input: { id: o.id, version: 1, kind: 'POSITIVE', text: '大いに評価できる' } })).updateMemberOpinion).toEqual({ version: 2, text: '大いに評価できる' });
  });

  it('a council opinion: the same wording again keeps no revision; a new source alone moves the version; a split keeping the wording, then edits, succeed', async () => {
    const entry = await entryOfCheck('主な意見');
    const UPDATE = `mutation($input: UpdateCouncilOpinionInput!) { updateCouncilOpinion(input: $input) { id version text } }`;
    const revisionsOf = async (id: string) => (await t.sql(`SELECT version FROM council_opinion_revision WHERE "councilOpinionId" = $1 ORDER BY version`, [id])).map((r) => r.version);
    const c = expectData(await sec.gql(`mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id version } }`, {
      input: { projectId: entry.id, text: '主な意見', memberOpinionIds: [] },
    })).createCouncilOpinion;
    const update = async (v: number, text: string, memberOpinionIds: string[] = []) =>
      expectData(await sec.gql(UPDATE, { input: { id: c.id, version: v, text, tagIds: [], memberOpinionIds } })).updateCouncilOpinion;
    expect((await update(1, '主な意見')).version).toBe(1);
    expect((await update(1, ' 主な意見 ')).version).toBe(1);
    expect(await revisionsOf(c.id)).toEqual([]);
    expect(await auditCount(c.id)).toBe(1);
    expect((await update(1, '主な意見（改）')).version).toBe(2);
    expect((await update(2, '主な意見（再改）')).version).toBe(3);
    expect(await revisionsOf(c.id)).toEqual([1, 2]);

    // Only its sources change: a new version (others editing it must see it moved), no new wording kept.
    const source = await insert(
      `INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version, "submittedAt")
       SELECT $1, $2, id, 'IMPROVEMENT', '出典', 'SUBMITTED', 1, now() FROM member WHERE "bodyId" = $3 LIMIT 1`,
      [checkCycle, entry.id, await bodyId(sec, 'SUBCOMMITTEE')],
    );
    expect((await update(3, '主な意見（再改）', [source.id])).version).toBe(4);
    expect(await revisionsOf(c.id)).toEqual([1, 2]);

    // A split whose first part is the whole wording leaves the opinion as it is, and the next edit works.
    expectData(await sec.gql(`mutation($input: SplitCouncilOpinionInput!) { splitCouncilOpinion(input: $input) { id } }`, {
      input: { id: c.id, version: 4, texts: ['主な意見（再改）', '新しい後半'] },
    }));
    const v = await version('council_opinion', c.id);
    expect((await update(v, '主な意見（最終）', [source.id])).version).toBe(v + 1);
    expect(await revisionsOf(c.id)).toEqual([1, 2, v]);

    // The order it has already: no audit, no version moves.
    const order: Ref[] = await t.sql(`SELECT id, version FROM council_opinion WHERE "projectId" = $1 ORDER BY position`, [entry.id]);
    expectData(await sec.gql(`mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id } }`, { input: { projectId: entry.id, opinions: order } }));
    expect(await t.sql(`SELECT id, version FROM council_opinion WHERE "projectId" = $1 ORDER BY position`, [entry.id])).toEqual(order);
    expect(await auditCount(entry.id)).toBe(0);
  });
});

describe('every other versioned write: the same values again change nothing (no audit, the same version)', () => {
  /** [mutation, table, a valid input built from the row's current version] */
  type Case = [string, string, string, (v: number) => Record<string, unknown>];
  const f = {} as Record<string, string>;

  beforeAll(async () => {
    const council = await bodyId(sec, 'COUNCIL');
    const plan = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'PLAN', 1)`, [FY_DO + 1, ordinance])).id;
    f.cycle = plan;
    f.group = (await insert(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1)`, [plan])).id;
    f.member = (await insert(
      `INSERT INTO member ("bodyId", name, affiliation, title, category, "isChair", "sortOrder", version) VALUES ($1, $2, 'テスト大学', '教授', 'ACADEMIC', false, 60, 1)`,
      [council, unique('委員')],
    )).id;
    await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") VALUES ($1, $2, $3)`, [plan, f.group, f.member]);
    f.project = (await insert(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, '設定事業', 'PROJECT', 1, 1, 1)`,
      [plan, article, kogyo, f.group],
    )).id;
    f.department = (await insert(`INSERT INTO department (name, bureau, version) VALUES ($1, 'テスト局', 1)`, [unique('課')])).id;
    f.tag = (await insert(`INSERT INTO tag ("cycleId", mark, label, legend, version) VALUES ($1, '◎', '印', '◎ は…', 1)`, [plan])).id;
    f.user = (await t.insertUser({ loginId: unique('noop') })).id;
    f.ordinance = ordinance;
    f.article = (await insert(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, 2, '定義', 1)`, [ordinance])).id;
  });

  const CASES: Case[] = [
    ['updateDepartment', 'department', 'department', (v) => ({ id: f.department, version: v, name: `同名 ${f.department}`, bureau: 'テスト局' })],
    ['updateOrdinance', 'ordinance', 'ordinance', (v) => ({ id: f.ordinance, version: v, name: `条例 ${f.ordinance}`, shortName: `略 ${f.ordinance}`, effectiveDate: '2016-04-01' })],
    ['updateArticle', 'article', 'article', (v) => ({ id: f.article, version: v, number: 2, title: '定義' })],
    ['updateCycle', 'cycle', 'cycle', (v) => ({ id: f.cycle, version: v, startDate: `${FY_DO + 1}-05-01`, endDate: `${FY_DO + 2}-08-31` })],
    ['updateGroup', 'verification_group', 'group', (v) => ({ id: f.group, version: v, name: '第1班' })],
    ['setGroupMembers', 'verification_group', 'group', (v) => ({ groupId: f.group, version: v, memberIds: [f.member] })],
    ['updateProject', 'project', 'project', (v) => ({ id: f.project, version: v, articleId: article, departmentId: kogyo, groupId: f.group, kind: 'PROJECT', name: '設定事業', page: 1 })],
    ['setProjectAssignments', 'project', 'project', (v) => ({ projectId: f.project, version: v, memberIds: [f.member] })],
    ['updateMember', 'member', 'member', (v) => ({ id: f.member, version: v, name: `委員 ${f.member}`, affiliation: 'テスト大学', title: '教授', category: 'ACADEMIC', isChair: false })],
    ['updateTag', 'tag', 'tag', (v) => ({ id: f.tag, version: v, mark: '◎', label: '印', legend: '◎ は…' })],
    ['updateUser', 'app_user', 'user', (v) => ({ id: f.user, version: v, displayName: '同じ名前', role: 'SECRETARIAT' })],
  ];
  const INPUT_TYPE: Record<string, string> = { setGroupMembers: 'SetGroupMembersInput', setProjectAssignments: 'SetAssignmentsInput' };

  it.each(CASES)('%s', async (mutation, table, key, input) => {
    const caller = mutation === 'updateUser' || mutation === 'updateDepartment' ? admin : sec;
    const inputType = INPUT_TYPE[mutation] ?? `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const call = async (v: number) =>
      expectData(await caller.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id version } }`, { input: input(v) }))[mutation];
    const id = f[key]!;
    const first = await call(await version(table, id)); // may change something (it sets the values)
    const audits = await auditCount(id);
    const second = await call(first.version);
    expect({ version: second.version, audits: await auditCount(id) }).toEqual({ version: first.version, audits });
    expect(await version(table, id)).toBe(first.version);
  });

  it('updateUser with the same role and scope keeps the user signed in', async () => {
    const u = await t.insertUser({ loginId: unique('kept') });
    const session = await t.signIn(u.loginId, u.password);
    const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { version } }`;
    expectData(await admin.gql(UPDATE, { input: { id: u.id, version: u.version, displayName: '新しい名前', role: 'SECRETARIAT' } }));
    expect(expectData(await session.gql(`{ me { displayName } }`)).me).toEqual({ displayName: '新しい名前' });
  });
});
