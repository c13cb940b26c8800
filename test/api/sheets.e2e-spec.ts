import request from 'supertest';
import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { SESSION_COOKIE } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { cycleInDo } from './support/fixtures';
import { countStatements } from './support/sql-counter';

/**
 * The Do step: a department drafts and submits its verification sheet, the secretariat returns it with a
 * comment, the department fixes and resubmits, the secretariat accepts; members read it once submitted.
 * This file owns the cycles of fiscal years 2041–2043.
 */
const SHEET_FIELDS = `id version state canEdit submittedAt
  project { id name }
  content { items { heading text bullets table } indicators { label unit values { fiscalYear value } approximate note } assessment notes }
  availableActions { event toState requiresComment failedPreconditions }`;

const SAVE = `mutation($input: SaveSheetInput!) { saveSheet(input: $input) { ${SHEET_FIELDS} } }`;
const transition = (name: string) => `mutation($input: SheetTransitionInput!) { ${name}(input: $input) { ${SHEET_FIELDS} } }`;
const GET = `query($id: ID!) { sheet(id: $id) { ${SHEET_FIELDS} revisions { version current savedByName } transitions { event fromState toState comment actorName } comments { body authorName } attachments { id fileName mimeType size url } } }`;

const CONTENT = {
  items: [
    { heading: '知的財産スクールの開催（全６回開催）', text: '中小企業の経営者等を対象に開催', bullets: ['基礎編', '実践編'], table: [['回', '参加者'], ['第1回', '25人']] },
  ],
  indicators: [{ label: '知的財産マッチング成立件数', unit: '件', values: [{ fiscalYear: 2040, value: 5 }, { fiscalYear: 2041, value: 3 }], approximate: false, note: null }],
  assessment: '概ね計画どおり',
  notes: null,
};

describe('verification sheets (Do)', () => {
  let t: TestApp;
  let sec: GqlClient, staff: GqlClient, otherStaff: GqlClient, member: GqlClient, admin: GqlClient;
  let cycle: { id: string; version: number };
  let sheetId: string;

  const sheetsOf = async (c: GqlClient, filter: Record<string, unknown>) =>
    expectData(await c.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id state version project { name } } }`, { f: filter })).sheets;

  const load = async (c: GqlClient, id = sheetId) => expectData(await c.gql(GET, { id })).sheet;

  beforeAll(async () => {
    t = await startApp();
    [sec, staff, otherStaff, member, admin] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember(), t.asAdmin()]);
    cycle = await cycleInDo(sec, 2041);
    const mine = await sheetsOf(staff, { cycleId: cycle.id, mine: true });
    expect(mine).toHaveLength(1);
    sheetId = mine[0].id;
  });
  afterAll(() => t.close());

  it('creates one DRAFT sheet per entry when the cycle enters DO, editable only by its department', async () => {
    const s = await load(staff);
    expect(s).toMatchObject({ state: 'DRAFT', canEdit: true, version: 1 });
    expect(s.availableActions).toEqual([{ event: 'SUBMIT', toState: 'SUBMITTED', requiresComment: false, failedPreconditions: ['SHEET_HAS_ITEMS'] }]);
    expect((await load(sec)).canEdit).toBe(false);
  });

  it('keeps drafts from other departments, members and the administrator', async () => {
    expectError(await otherStaff.gql(GET, { id: sheetId }), 'FORBIDDEN');
    expectError(await member.gql(GET, { id: sheetId }), 'FORBIDDEN');
    expectError(await admin.gql(GET, { id: sheetId }), 'FORBIDDEN');
    expectError(await t.anonymous().gql(GET, { id: sheetId }), 'UNAUTHENTICATED');
    expect(await sheetsOf(otherStaff, { cycleId: cycle.id })).toEqual([]);
    expect(await sheetsOf(member, { cycleId: cycle.id })).toEqual([]);
  });

  it('refuses to submit an empty sheet', async () => {
    const e = expectError(await staff.gql(transition('submitSheet'), { input: { id: sheetId, version: 1 } }), 'INVALID_TRANSITION');
    expect(e.extensions?.failedPreconditions).toEqual(['SHEET_HAS_ITEMS']);
  });

  it('refuses bad input, naming the fields, and changes nothing', async () => {
    const bad = (patch: (c: any) => void) => {
      const c = JSON.parse(JSON.stringify(CONTENT));
      patch(c);
      return staff.gql(SAVE, { input: { id: sheetId, version: 1, content: c } });
    };
    expect(fieldsOf(expectError(await bad((c) => (c.items[0].heading = '')), 'BAD_USER_INPUT'))).toEqual(['content.items[0].heading']);
    const long = expectError(await bad((c) => (c.items[0].text = 'あ'.repeat(20_001))), 'BAD_USER_INPUT');
    expect(long.extensions?.fields?.[0]).toMatchObject({ field: 'content.items[0].text', constraint: 'maxLength', message: '20000文字以内で入力してください。' });
    expect(fieldsOf(expectError(await bad((c) => (c.indicators[0].values[0].value = -1)), 'BAD_USER_INPUT'))).toEqual(['content.indicators[0].values[0].value']);
    expect(fieldsOf(expectError(await bad((c) => (c.indicators[0].values[0].fiscalYear = 2042)), 'BAD_USER_INPUT'))).toEqual([
      'content.indicators[0].values[0].fiscalYear',
    ]);
    // Not a number at all: GraphQL refuses the variable before any resolver runs.
    const nan = await bad((c) => (c.indicators[0].values[0].value = 'たくさん'));
    expect(nan.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const s = await load(staff);
    expect(s.version).toBe(1);
    expect(s.content.items).toEqual([]);
  });

  it('saves a draft, keeping the replaced version, and refuses a stale save with CONFLICT', async () => {
    const saved = expectData(await staff.gql(SAVE, { input: { id: sheetId, version: 1, content: CONTENT } })).saveSheet;
    expect(saved.version).toBe(2);
    expect(saved.content.items[0].table).toEqual([['回', '参加者'], ['第1回', '25人']]);
    const stale = expectError(await staff.gql(SAVE, { input: { id: sheetId, version: 1, content: { ...CONTENT, notes: '上書き' } } }), 'CONFLICT');
    expect(stale.extensions?.currentVersion).toBe(2);
    const s = await load(staff);
    expect(s.content.notes).toBeNull();
    expect(s.revisions.map((r: any) => [r.version, r.current])).toEqual([[2, true], [1, false]]);
    const old = expectData(await staff.gql(`query($id: ID!) { sheet(id: $id) { versionContent(version: 1) { version content { items { heading } } } } }`, { id: sheetId }));
    expect(old.sheet.versionContent).toEqual({ version: 1, content: { items: [] } });
  });

  it('lets only the own department edit and submit', async () => {
    expectError(await otherStaff.gql(SAVE, { input: { id: sheetId, version: 2, content: CONTENT } }), 'FORBIDDEN');
    expectError(await sec.gql(SAVE, { input: { id: sheetId, version: 2, content: CONTENT } }), 'FORBIDDEN');
    expectError(await sec.gql(transition('submitSheet'), { input: { id: sheetId, version: 2 } }), 'FORBIDDEN');
    expectError(await otherStaff.gql(transition('submitSheet'), { input: { id: sheetId, version: 2 } }), 'FORBIDDEN');
  });

  it('runs the whole journey: submit, return with a comment, fix, resubmit, accept, read-only, reopen', async () => {
    let s = expectData(await staff.gql(transition('submitSheet'), { input: { id: sheetId, version: 2 } })).submitSheet;
    expect(s).toMatchObject({ state: 'SUBMITTED', canEdit: false });
    expect(s.submittedAt).toBeTruthy();

    // Now everyone of the cycle reads it, and nobody but the secretariat moves it.
    expect((await load(member)).state).toBe('SUBMITTED');
    expect((await load(otherStaff)).state).toBe('SUBMITTED');
    expectError(await member.gql(transition('acceptSheet'), { input: { id: sheetId, version: s.version } }), 'FORBIDDEN');
    expectError(await staff.gql(SAVE, { input: { id: sheetId, version: s.version, content: CONTENT } }), 'INVALID_TRANSITION');

    const noComment = expectError(await sec.gql(transition('returnSheet'), { input: { id: sheetId, version: s.version, comment: ' ' } }), 'BAD_USER_INPUT');
    expect(fieldsOf(noComment)).toEqual(['comment']);
    s = expectData(await sec.gql(transition('returnSheet'), { input: { id: sheetId, version: s.version, comment: '指標に前年度の値を加えてください' } })).returnSheet;
    expect(s.state).toBe('RETURNED');
    expect(await sheetsOf(member, { cycleId: cycle.id })).toEqual([]);

    s = expectData(await staff.gql(SAVE, { input: { id: sheetId, version: s.version, content: { ...CONTENT, notes: '前年度の値を追加' } } })).saveSheet;
    s = expectData(await staff.gql(transition('submitSheet'), { input: { id: sheetId, version: s.version } })).submitSheet;
    s = expectData(await sec.gql(transition('acceptSheet'), { input: { id: sheetId, version: s.version } })).acceptSheet;
    expect(s.state).toBe('ACCEPTED');
    expect((await load(staff)).canEdit).toBe(false);
    expectError(await staff.gql(SAVE, { input: { id: sheetId, version: s.version, content: CONTENT } }), 'INVALID_TRANSITION');

    expectError(await sec.gql(transition('reopenSheet'), { input: { id: sheetId, version: s.version } }), 'BAD_USER_INPUT');
    s = expectData(await sec.gql(transition('reopenSheet'), { input: { id: sheetId, version: s.version, comment: '数値の誤りの訂正のため' } })).reopenSheet;
    expect(s.state).toBe('RETURNED');

    const full = await load(sec);
    expect(full.transitions.map((x: any) => [x.event, x.fromState, x.toState, x.comment])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED', null],
      ['RETURN', 'SUBMITTED', 'RETURNED', '指標に前年度の値を加えてください'],
      ['SUBMIT', 'RETURNED', 'SUBMITTED', null],
      ['ACCEPT', 'SUBMITTED', 'ACCEPTED', null],
      ['REOPEN', 'ACCEPTED', 'RETURNED', '数値の誤りの訂正のため'],
    ]);
    expect(full.transitions[1].actorName).toBe('産業政策課 事務局');
    const [audit] = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE "entityId" = $1 AND action IN ('SUBMIT','RETURN','ACCEPT','REOPEN')`, [sheetId]);
    expect(audit.n).toBe(5);
  });

  it('keeps the cycle in DO until every sheet is accepted, unless overridden with a reason', async () => {
    const c = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { id version availableActions { event failedPreconditions } } }`, { id: cycle.id })).cycle;
    expect(c.availableActions).toEqual([{ event: 'START_CHECK', failedPreconditions: ['ALL_SHEETS_ACCEPTED'] }]);
    const e = expectError(await sec.gql(`mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { phase } }`, { input: { id: c.id, version: c.version, event: 'START_CHECK' } }), 'INVALID_TRANSITION');
    expect(e.extensions?.failedPreconditions).toEqual(['ALL_SHEETS_ACCEPTED']);
  });

  it('keeps a thread between the department and the secretariat only', async () => {
    const add = `mutation($input: AddSheetCommentInput!) { addSheetComment(input: $input) { id body authorName } }`;
    expectData(await staff.gql(add, { input: { sheetId, body: '前年度の値はどの資料からとればよいですか' } }));
    expectData(await sec.gql(add, { input: { sheetId, body: '決算資料の数値でお願いします' } }));
    expectError(await otherStaff.gql(add, { input: { sheetId, body: '…' } }), 'FORBIDDEN');
    expect((await load(sec)).comments.map((c: any) => c.authorName)).toEqual(['工業振興課 担当', '産業政策課 事務局']);
  });

  describe('attachments (関連資料)', () => {
    const upload = (c: GqlClient, name: string, bytes: Buffer, id = sheetId) =>
      request(t.server).post(`/api/sheets/${id}/attachments`).set('Cookie', `${SESSION_COOKIE}=${c.cookie}`).attach('file', bytes, name);

    it('stores a PDF in the database and lets readers of the sheet download it', async () => {
      const pdf = Buffer.from('%PDF-1.4\n% 施策検証シート 関連資料\n');
      const res = await upload(staff, '関連資料.pdf', pdf);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ fileName: '関連資料.pdf', mimeType: 'application/pdf', size: pdf.length });
      const dl = await request(t.server).get(res.body.url).set('Cookie', `${SESSION_COOKIE}=${sec.cookie}`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(dl.status).toBe(200);
      expect(Buffer.compare(dl.body as Buffer, pdf)).toBe(0);
      expect((await load(staff)).attachments.map((a: any) => a.fileName)).toEqual(['関連資料.pdf']);
    });

    it('refuses other kinds of file, a disguised one, and other departments', async () => {
      const exe = await upload(staff, 'tool.exe', Buffer.from('MZ\x90\x00'));
      expect(exe.status).toBe(400);
      expect(exe.body.code).toBe('BAD_USER_INPUT');
      const disguised = await upload(staff, 'report.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
      expect(disguised.status).toBe(400);
      const other = await upload(otherStaff, 'x.pdf', Buffer.from('%PDF-1.4'));
      expect(other.status).toBe(403);
    });
  });

  it('lists the sheets of a cycle in a fixed number of SQL statements, whatever the number of entries', async () => {
    const ten = await cycleInDo(sec, 2043, 10);
    const big = await cycleInDo(sec, 2042, 1);
    // Ninety-nine more entries (and their sheets) in two statements, like a real large year.
    await t.sql(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version)
       SELECT p."cycleId", p."articleId", p."departmentId", p."groupId", p.name || '-' || g, 'PROJECT', g, g, 1
         FROM project p, generate_series(2, 100) g WHERE p."cycleId" = $1`,
      [big.id],
    );
    await t.sql(
      `INSERT INTO sheet ("cycleId", "projectId", state, content, version)
       SELECT p."cycleId", p.id, 'SUBMITTED', '{"items":[],"indicators":[],"assessment":null,"notes":null}', 1 FROM project p
        WHERE p."cycleId" = $1 AND NOT EXISTS (SELECT 1 FROM sheet s WHERE s."projectId" = p.id)`,
      [big.id],
    );
    // The same shape of data in both (submitted, last saved by the department's staff).
    for (const c of [ten, big])
      await t.sql(`UPDATE sheet SET state = 'SUBMITTED', "updatedById" = (SELECT "updatedById" FROM sheet WHERE id = $2) WHERE "cycleId" = $1`, [c.id, sheetId]);
    const LIST = `query($f: SheetFilterInput!) { sheets(filter: $f) { id state updatedAt updatedByName canEdit
      availableActions { event } tags { mark } project { name page article { number } department { name } group { name } } } }`;
    const small = await countStatements(() => sec.gql(LIST, { f: { cycleId: ten.id } }));
    const large = await countStatements(() => sec.gql(LIST, { f: { cycleId: big.id } }));
    expect(expectData(small.result).sheets).toHaveLength(10);
    expect(expectData(large.result).sheets).toHaveLength(100);
    expect(large.count).toBe(small.count);
  });
});
