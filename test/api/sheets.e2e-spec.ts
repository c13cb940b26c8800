import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startApp, type TestApp } from './support/app';
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
    /** As the web client sends it: the session cookie and the X-Requested-With header of a same-site request. */
    const upload = (c: GqlClient, name: string, bytes: Buffer, id = sheetId) =>
      request(t.server)
        .post(`/api/sheets/${id}/attachments`)
        .set('Cookie', `${SESSION_COOKIE}=${c.cookie}`)
        .set('X-Requested-With', 'kensho')
        .attach('file', bytes, name);
    const PDF = Buffer.from('%PDF-1.4\n');

    /**
     * Starts a 20 MB upload but sends only its first 64 KB, and waits for the answer: one that comes
     * while the body is still incomplete was given before the body was read (multer never ran).
     */
    const partialUpload = (c: GqlClient, waitMs = 5000) =>
      new Promise<{ status: number; body: any; ms: number }>((resolve, reject) => {
        const boundary = 'kensho-boundary';
        const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
        const started = Date.now();
        const req = httpRequest({
          host: '127.0.0.1',
          port: (t.server.address() as AddressInfo).port,
          method: 'POST',
          path: `/api/sheets/${sheetId}/attachments`,
          headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(20 * 1024 * 1024), Cookie: `${SESSION_COOKIE}=${c.cookie}`, 'X-Requested-With': 'kensho' },
        });
        const timer = setTimeout(() => {
          req.destroy();
          reject(new Error('no answer while the upload was incomplete: the body was read before the permission check'));
        }, waitMs);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => {
            clearTimeout(timer);
            req.destroy();
            resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'), ms: Date.now() - started });
          });
        });
        req.on('error', () => undefined); // the destroyed socket
        req.write(head);
        req.write(Buffer.alloc(64 * 1024));
      });

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

    it('refuses a caller who may not edit the sheet before reading the upload', async () => {
      for (const c of [otherStaff, member]) {
        const res = await partialUpload(c);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
        expect(res.ms).toBeLessThan(3000);
      }
      // the control: for a caller who may edit, the same incomplete upload gets no answer (multer waits for the rest)
      await expect(partialUpload(staff, 1500)).rejects.toThrow(/no answer/);
    });

    it('refuses cross-site uploads and deletions: without the X-Requested-With header, from another Origin, or cross-site per Sec-Fetch-Site', async () => {
      const count = async () => (await load(staff)).attachments.length as number;
      const before = await count();
      const as = (headers: Record<string, string>) => {
        let req = request(t.server).post(`/api/sheets/${sheetId}/attachments`).set('Cookie', `${SESSION_COOKIE}=${staff.cookie}`);
        for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
        return req.attach('file', PDF, 'csrf.pdf');
      };
      const host = `127.0.0.1:${(t.server.address() as AddressInfo).port}`;
      for (const headers of <Array<Record<string, string>>>[
        {},
        { Origin: `http://${host}` }, // same origin, but no header: a plain HTML form can do this
        { 'X-Requested-With': 'kensho', Origin: 'https://evil.example' },
        { 'X-Requested-With': 'kensho', Origin: 'null' },
        { 'X-Requested-With': 'kensho', 'Sec-Fetch-Site': 'cross-site', Origin: `http://${host}` },
        { 'X-Requested-With': 'kensho', 'Sec-Fetch-Site': 'same-site' },
      ]) {
        const res = await as(headers);
        expect({ headers, status: res.status, code: res.body.code }).toEqual({ headers, status: 403, code: 'FORBIDDEN' });
      }
      expect(await count()).toBe(before);
      // the web client's own request passes: same origin per the browser
      const ok = await as({ 'X-Requested-With': 'kensho', Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' });
      expect(ok.status).toBe(201);

      const del = (headers: Record<string, string>) => {
        let req = request(t.server).delete(ok.body.url).set('Cookie', `${SESSION_COOKIE}=${staff.cookie}`);
        for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
        return req;
      };
      expect((await del({})).status).toBe(403);
      expect((await del({ 'X-Requested-With': 'kensho', Origin: 'https://evil.example' })).status).toBe(403);
      expect((await del({ 'X-Requested-With': 'kensho' })).status).toBe(200);
      expect(await count()).toBe(before);
    });

    it('accepts one file and little else in the multipart body', async () => {
      const base = () => request(t.server).post(`/api/sheets/${sheetId}/attachments`).set('Cookie', `${SESSION_COOKIE}=${staff.cookie}`).set('X-Requested-With', 'kensho');
      const twoFiles = await base().attach('file', PDF, 'a.pdf').attach('file', PDF, 'b.pdf');
      expect(twoFiles.status).toBe(400);
      let manyFields = base();
      for (let i = 0; i < 6; i++) manyFields = manyFields.field(`f${i}`, 'x');
      expect((await manyFields.attach('file', PDF, 'a.pdf')).status).toBe(400);
      expect((await base().field('note', 'x'.repeat(2000)).attach('file', PDF, 'a.pdf')).status).toBe(400);
      expect((await base().field('note', 'short').attach('file', PDF, 'ok.pdf')).status).toBe(201);
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
