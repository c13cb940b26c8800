import { randomUUID } from 'node:crypto';
import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError } from './support/errors';
import { demoDepartment, insertDraftSheet, type Ref } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';

/**
 * What others must not see (issue 7, section 4), asked as each role:
 * - a submitted sheet's earlier drafts and the review conversation are its department's and the
 *   secretariat's; other departments and members see the submitted content, one version, and the
 *   transitions without their comments;
 * - a council opinion's draft wordings are the secretariat's until it is confirmed, and its earlier
 *   wordings stay the secretariat's after;
 * - refusals: out of scope is FORBIDDEN; someone else's draft answers like one that does not exist.
 * This file owns the cycles of FISCAL_YEARS.visibility, and an ordinance of its own.
 */
const [FY_DO, FY_CHECK] = FISCAL_YEARS.visibility;

let t: TestApp;
let sec: GqlClient, staff: GqlClient, otherStaff: GqlClient, member: GqlClient, otherMember: GqlClient, admin: GqlClient;
let ordinance: string, article: string, kogyo: string;

const insert = async (sql: string, params: unknown[]): Promise<Ref> => (await t.sql(`${sql} RETURNING id, version`, params))[0];

beforeAll(async () => {
  t = await startApp();
  [sec, staff, otherStaff, member, otherMember, admin] = await Promise.all([
    t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember(), t.asOtherMember(), t.asAdmin(),
  ]);
  ordinance = (await insert(`INSERT INTO ordinance (name, "shortName", "effectiveDate", version) VALUES ($1, $1, '2016-04-01', 1)`, [unique('visibility')])).id;
  article = (await insert(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, 1, '目的', 1)`, [ordinance])).id;
  kogyo = (await demoDepartment(sec, '工業振興課')).id;
});
afterAll(() => t?.close());

describe('a sheet: drafts and the review conversation are the department’s and the secretariat’s', () => {
  const SHEET = `query($id: ID!) { sheet(id: $id) { id version state
    content { items { heading } notes }
    revisions { version current }
    transitions { event fromState toState comment }
    comments { body } } }`;
  const VERSION = `query($id: ID!, $v: Int!) { sheet(id: $id) { versionContent(version: $v) { version content { items { heading } notes } } } }`;
  const content = (notes: string) => ({ items: [{ heading: '実施状況', text: null, bullets: [], table: null }], indicators: [], assessment: null, notes });
  const RETURN_COMMENT = '指標に前年度の値を加えてください（内部）';
  let sheetId: string;
  let submitted: { version: number };

  beforeAll(async () => {
    ({ sheetId } = await insertDraftSheet(t, { fiscalYear: FY_DO, ordinanceId: ordinance, articleId: article, departmentId: kogyo, name: '可視性事業' }));
    const save = async (version: number, notes: string) =>
      expectData(await staff.gql(`mutation($input: SaveSheetInput!) { saveSheet(input: $input) { version } }`, { input: { id: sheetId, version, content: content(notes) } })).saveSheet;
    const step = async (c: GqlClient, name: string, version: number, comment?: string) =>
      expectData(await c.gql(`mutation($input: SheetTransitionInput!) { ${name}(input: $input) { version } }`, { input: { id: sheetId, version, comment } }))[name];
    let s = await save(1, '下書き1（未提出）');
    s = await save(s.version, '下書き2（未提出）');
    s = await step(staff, 'submitSheet', s.version);
    s = await step(sec, 'returnSheet', s.version, RETURN_COMMENT);
    s = await save(s.version, '提出版');
    expectData(await staff.gql(`mutation($input: AddSheetCommentInput!) { addSheetComment(input: $input) { id } }`, { input: { sheetId, body: '前年度の値は決算資料からとりました' } }));
    submitted = await step(staff, 'submitSheet', s.version);
  });

  it('the department and the secretariat see every version, the return comment and the thread', async () => {
    for (const c of [staff, sec]) {
      const s = expectData(await c.gql(SHEET, { id: sheetId })).sheet;
      expect(s.revisions.map((r: any) => [r.version, r.current])).toEqual([[submitted.version, true], [5, false], [2, false], [1, false]]);
      expect(s.transitions.map((x: any) => x.comment)).toEqual([null, RETURN_COMMENT, null]);
      expect(s.comments).toHaveLength(1);
      const draft = expectData(await c.gql(VERSION, { id: sheetId, v: 2 })).sheet.versionContent;
      expect(draft.content.notes).toBe('下書き1（未提出）');
    }
  });

  it('another department and the members see what was submitted: its content, one version, the transitions without comments', async () => {
    for (const c of [otherStaff, member, otherMember]) {
      const s = expectData(await c.gql(SHEET, { id: sheetId })).sheet;
      expect(s).toMatchObject({ state: 'SUBMITTED', version: submitted.version, content: { notes: '提出版' } });
      expect(s.revisions).toEqual([{ version: submitted.version, current: true }]);
      expect(s.transitions).toEqual([
        { event: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', comment: null },
        { event: 'RETURN', fromState: 'SUBMITTED', toState: 'RETURNED', comment: null },
        { event: 'SUBMIT', fromState: 'RETURNED', toState: 'SUBMITTED', comment: null },
      ]);
      expect(s.comments).toEqual([]);
      // The submitted version reads; an earlier draft answers like a version that does not exist.
      expect(expectData(await c.gql(VERSION, { id: sheetId, v: submitted.version })).sheet.versionContent.content.notes).toBe('提出版');
      const draft = await c.gql(VERSION, { id: sheetId, v: 2 });
      const missing = await c.gql(VERSION, { id: sheetId, v: 999 });
      expect(draft.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(draft.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(draft.text).not.toContain('下書き');
    }
  });

  it('the same holds when the sheet is read through its entry or the list', async () => {
    const viaEntry = expectData(await member.gql(`query($id: ID!) { sheet(id: $id) { project { sheet { revisions { version } transitions { comment } } } } }`, { id: sheetId }));
    expect(viaEntry.sheet.project.sheet).toEqual({ revisions: [{ version: submitted.version }], transitions: [{ comment: null }, { comment: null }, { comment: null }] });
    const [{ cycleId }] = await t.sql(`SELECT "cycleId" FROM sheet WHERE id = $1`, [sheetId]);
    const list = expectData(await otherStaff.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { revisions { version } transitions { comment } } }`, { f: { cycleId } })).sheets;
    expect(list).toEqual([{ revisions: [{ version: submitted.version }], transitions: [{ comment: null }, { comment: null }, { comment: null }] }]);
  });

  it('the administrator reads no sheet at all', async () => {
    expectError(await admin.gql(SHEET, { id: sheetId }), 'FORBIDDEN');
  });
});

describe('a council opinion: its draft wordings are the secretariat’s', () => {
  const ENTRY = `query($id: ID!) { project(id: $id) {
    councilOpinions { id state text revisions { version text } }
    memberOpinions { id usedIn { id state text } } } }`;
  let entry: string;
  let toyamaOpinion: string;
  let councilOpinion: Ref & { text: string };

  beforeAll(async () => {
    const toyama = expectData(await member.gql(`{ me { memberId } }`)).me.memberId;
    const cycle = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'CHECK', 1)`, [FY_CHECK, ordinance])).id;
    const group = (await insert(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1)`, [cycle])).id;
    await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") VALUES ($1, $2, $3)`, [cycle, group, toyama]);
    entry = (await insert(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, '意見の可視性', 'PROJECT', 1, 1, 1)`,
      [cycle, article, kogyo, group],
    )).id;
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") VALUES ($1, $2, $3)`, [cycle, entry, toyama]);
    toyamaOpinion = (await insert(
      `INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version, "submittedAt") VALUES ($1, $2, $3, 'IMPROVEMENT', '委員の意見', 'SUBMITTED', 1, now())`,
      [cycle, entry, toyama],
    )).id;
    const created = expectData(await sec.gql(`mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id version text } }`, {
      input: { projectId: entry, text: '事務局の第一案', memberOpinionIds: [toyamaOpinion] },
    })).createCouncilOpinion;
    councilOpinion = expectData(await sec.gql(`mutation($input: UpdateCouncilOpinionInput!) { updateCouncilOpinion(input: $input) { id version text } }`, {
      input: { id: created.id, version: created.version, text: '事務局の第二案', tagIds: [], memberOpinionIds: [toyamaOpinion] },
    })).updateCouncilOpinion;
  });

  it('before confirmation only the secretariat sees the draft, its earlier wording and where a member opinion went', async () => {
    const bySec = expectData(await sec.gql(ENTRY, { id: entry })).project;
    expect(bySec.councilOpinions).toEqual([{ id: councilOpinion.id, state: 'DRAFT', text: '事務局の第二案', revisions: [{ version: 1, text: '事務局の第一案' }] }]);
    expect(bySec.memberOpinions[0].usedIn).toEqual([{ id: councilOpinion.id, state: 'DRAFT', text: '事務局の第二案' }]);
    // The author of the member opinion it was drawn from does not see the draft wording either.
    const byAuthor = expectData(await member.gql(ENTRY, { id: entry })).project;
    expect(byAuthor.councilOpinions).toEqual([]);
    expect(byAuthor.memberOpinions.map((o: any) => [o.id, o.usedIn])).toEqual([[toyamaOpinion, []]]);
    for (const c of [staff, otherStaff, otherMember]) expect(expectData(await c.gql(ENTRY, { id: entry })).project.councilOpinions).toEqual([]);
  });

  it('once confirmed, everyone reads the confirmed wording, and only the secretariat the earlier ones', async () => {
    expectData(await sec.gql(`mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id } }`, {
      input: { opinions: [{ id: councilOpinion.id, version: councilOpinion.version }], confirmedOn: `${FY_CHECK + 1}-03-19`, confirmedBy: '書面協議' },
    }));
    expect(expectData(await sec.gql(ENTRY, { id: entry })).project.councilOpinions[0].revisions).toEqual([{ version: 1, text: '事務局の第一案' }]);
    for (const c of [member, staff, otherStaff, otherMember]) {
      const res = await c.gql(ENTRY, { id: entry });
      expect(expectData(res).project.councilOpinions).toEqual([{ id: councilOpinion.id, state: 'CONFIRMED', text: '事務局の第二案', revisions: [] }]);
      expect(res.text).not.toContain('事務局の第一案');
    }
    const byAuthor = expectData(await member.gql(ENTRY, { id: entry })).project;
    expect(byAuthor.memberOpinions[0].usedIn).toEqual([{ id: councilOpinion.id, state: 'CONFIRMED', text: '事務局の第二案' }]);
  });
});

describe('refusal codes: out of scope is FORBIDDEN, someone else’s draft does not exist', () => {
  const OP = 'id version state';
  const create = (c: GqlClient, projectId: string) =>
    c.gql(`mutation($input: CreateMemberOpinionInput!) { createMemberOpinion(input: $input) { ${OP} } }`, { input: { projectId, kind: 'OTHER', text: '意見' } });
  const update = (c: GqlClient, ref: Ref) =>
    c.gql(`mutation($input: UpdateMemberOpinionInput!) { updateMemberOpinion(input: $input) { ${OP} } }`, { input: { ...ref, kind: 'OTHER', text: '書き換え' } });
  const remove = (c: GqlClient, ref: Ref) => c.gql(`mutation($input: VersionedRefInput!) { deleteMemberOpinion(input: $input) { ${OP} } }`, { input: ref });
  const submit = (c: GqlClient, ref: Ref) => c.gql(`mutation($input: MemberOpinionTransitionInput!) { submitMemberOpinion(input: $input) { ${OP} } }`, { input: ref });
  const adopt = (c: GqlClient, ref: Ref) => c.gql(`mutation($input: MemberOpinionTransitionInput!) { adoptMemberOpinion(input: $input) { ${OP} } }`, { input: ref });
  let entry: string, toyama: string, cycle: string;
  const opinion = (state: string) =>
    insert(`INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version) VALUES ($1, $2, $3, 'IMPROVEMENT', $4, $5, 1)`, [
      cycle, entry, toyama, unique('遠山の意見'), state,
    ]);

  beforeAll(async () => {
    toyama = expectData(await member.gql(`{ me { memberId } }`)).me.memberId;
    const [row] = await t.sql(`SELECT id FROM cycle WHERE "fiscalYear" = $1`, [FY_CHECK]);
    cycle = row.id;
    // An entry of the CHECK cycle assigned to toyama (member) only; nakayama (otherMember) is not assigned.
    entry = (await insert(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, '拒否の答え方', 'PROJECT', 2, 2, 1)`,
      [cycle, article, kogyo],
    )).id;
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") VALUES ($1, $2, $3)`, [cycle, entry, toyama]);
  });

  it('a member writing on an entry not assigned to them is FORBIDDEN (not BAD_USER_INPUT on projectId)', async () => {
    expectError(await create(otherMember, entry), 'FORBIDDEN');
    expectData(await create(member, entry));
  });

  it('editing or deleting someone else’s submitted opinion is FORBIDDEN (not BAD_USER_INPUT NOT_AUTHOR)', async () => {
    const submitted = await opinion('SUBMITTED');
    expectError(await update(otherMember, submitted), 'FORBIDDEN');
    expectError(await remove(otherMember, submitted), 'FORBIDDEN');
    expectError(await submit(otherMember, submitted), 'FORBIDDEN');
    const [row] = await t.sql(`SELECT text, version FROM member_opinion WHERE id = $1`, [submitted.id]);
    expect(row.version).toBe(1);
  });

  it('someone else’s draft answers exactly like an opinion that does not exist, whatever is tried', async () => {
    const draft = await opinion('DRAFT');
    const nothing = { id: randomUUID(), version: 1 };
    for (const call of [update, remove, submit]) {
      const [onDraft, onNothing] = [await call(otherMember, draft), await call(otherMember, nothing)];
      expectError(onDraft, 'NOT_FOUND');
      expect(onDraft.errors![0]!.message).toBe(expectError(onNothing, 'NOT_FOUND').message);
    }
    // The secretariat does not see members' drafts either.
    expect(expectError(await adopt(sec, draft), 'NOT_FOUND').message).toBe(expectError(await adopt(sec, nothing), 'NOT_FOUND').message);
    const [row] = await t.sql(`SELECT state, version FROM member_opinion WHERE id = $1`, [draft.id]);
    expect(row).toEqual({ state: 'DRAFT', version: 1 });
    // …while its author submits it.
    expect(expectData(await submit(member, draft)).submitMemberOpinion.state).toBe('SUBMITTED');
  });
});
