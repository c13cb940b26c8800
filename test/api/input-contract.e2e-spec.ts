import { FIELD_MESSAGES, LIMITS, MESSAGES, REQUEST_BODY_BYTES, type MessageKey } from '@kensho/domain';
import request from 'supertest';
import { DepartmentsService } from '../../apps/api/src/modules/departments/departments.service';
import { startApp, testDatabaseUrl, type TestApp } from './support/app';
import { SESSION_COOKIE, type GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { cycleInDo } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { proxyTo } from './support/tcp-proxy';

/**
 * Input that breaks the contract (issue 7, section 3): a body the limits admit is read, a larger one is
 * refused in the one error shape; a NUL or a lone surrogate in any string is BAD_USER_INPUT before anything
 * runs; every error raised before the resolvers (syntax, variables, CSRF, body parser, multer, pipes) has
 * the one shape in the caller's language; a database out of reach is a code the client may retry on.
 */
let t: TestApp;
let sec: GqlClient, staff: GqlClient;
let sheet: { id: string; version: number };

const ja = (n: number) => '検証シート'.repeat(Math.ceil(n / 5)).slice(0, n);
const SAVE = `mutation($input: SaveSheetInput!) { saveSheet(input: $input) { id version content { items { text } assessment } } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id } }`;
const content = (patch: Record<string, unknown> = {}) => ({ items: [{ heading: '見出し', text: 'x', bullets: [], table: null }], indicators: [], assessment: null, notes: null, ...patch });

/** A raw POST /graphql (a body the GqlClient would not send: too large, not JSON, a lone surrogate). */
function post(body: string | object, opts: { lang?: 'ja' | 'en'; cookie?: string | null; type?: string; accept?: string } = {}) {
  let req = request(t.server).post('/graphql').set('Content-Type', opts.type ?? 'application/json');
  if (opts.lang) req = req.set('Accept-Language', opts.lang);
  if (opts.cookie) req = req.set('Cookie', `${SESSION_COOKIE}=${opts.cookie}`);
  if (opts.accept) req = req.set('Accept', opts.accept);
  return req.send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The one shape: exactly one error, our code, the request id of the header, the message of `key` in `lang`. */
function expectShape(res: { status: number; headers: Record<string, any>; body: any }, code: string, key: MessageKey, lang: 'ja' | 'en' = 'ja') {
  const errors = (res.body?.errors ?? []) as Array<{ message: string; extensions?: Record<string, any> }>;
  const e = errors[0];
  expect({ count: errors.length, code: e?.extensions?.code, message: e?.message, requestId: e?.extensions?.requestId, stacktrace: e?.extensions?.stacktrace }).toEqual({
    count: 1,
    code,
    message: expect.stringContaining(MESSAGES[key][lang].replace(/\{\w+\}.*$/, '')),
    requestId: res.headers['x-request-id'],
    stacktrace: undefined,
  });
  expect(res.headers['x-request-id']).toMatch(/^[\w-]{1,64}$/);
  return e!;
}

/** The same shape for the REST endpoints: `{ code, message, requestId, fields? }`. */
function expectRestShape(res: { headers: Record<string, any>; body: any }, code: string, key: MessageKey, lang: 'ja' | 'en' = 'ja') {
  expect({ code: res.body?.code, message: res.body?.message, requestId: res.body?.requestId }).toEqual({
    code,
    message: expect.stringContaining(MESSAGES[key][lang].replace(/\{\w+\}.*$/, '')),
    requestId: res.headers['x-request-id'],
  });
}

const count = async (table: string) => Number((await t.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

beforeAll(async () => {
  t = await startApp();
  [sec, staff] = await Promise.all([t.asSecretariat(), t.asStaff()]);
  const cycle = await cycleInDo(sec, FISCAL_YEARS.inputContract[0]);
  const mine = expectData(await staff.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id version } }`, { f: { cycleId: cycle.id, mine: true } })).sheets;
  sheet = mine[0];
});
afterAll(() => t?.close());
afterEach(() => jest.restoreAllMocks());

describe('the request body limit is sized from the content limits', () => {
  it('saves a sheet with two 20,000-character Japanese fields (a body of more than 100 KB)', async () => {
    const input = { id: sheet.id, version: sheet.version, content: content({ items: [{ heading: '見出し', text: ja(LIMITS.longText), bullets: [], table: null }], assessment: ja(LIMITS.longText) }) };
    expect(Buffer.byteLength(JSON.stringify({ query: SAVE, variables: { input } }))).toBeGreaterThan(120_000);
    const saved = expectData(await staff.gql(SAVE, { input })).saveSheet;
    expect(saved.content.items[0].text).toHaveLength(LIMITS.longText);
    expect(saved.content.assessment).toHaveLength(LIMITS.longText);
    sheet = saved;
  });

  it.each([
    ['application/json', 'ja'],
    ['application/graphql-response+json', 'en'],
  ] as const)('answers a body above the limit with 413 in the GraphQL error shape (Accept: %s, %s), and writes nothing', async (accept, lang) => {
    const input = { id: sheet.id, version: sheet.version, content: content({ notes: 'あ'.repeat(Math.ceil(REQUEST_BODY_BYTES / 3)) }) };
    const res = await post({ query: SAVE, variables: { input } }, { lang, cookie: staff.cookie, accept: `${accept}, application/json;q=0.9` });
    expect(res.status).toBe(413);
    // Apollo Client reads a non-2xx answer as GraphQL only in the GraphQL media type: so the same type as asked.
    expect(res.headers['content-type']).toContain(accept);
    const e = expectShape(res, 'PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', lang);
    expect(e.message).toContain(String(Math.floor(REQUEST_BODY_BYTES / 1024)));
    expect((await t.sql(`SELECT version FROM sheet WHERE id = $1`, [sheet.id]))[0].version).toBe(sheet.version);
  });

  it('refuses a sheet whose text together is above LIMITS.sheetContentChars (within the body limit), naming content', async () => {
    const items = Array.from({ length: LIMITS.sheetContentChars / LIMITS.longText + 1 }, () => ({ heading: '見出し', text: ja(LIMITS.longText), bullets: [], table: null }));
    const e = expectError(await staff.gql(SAVE, { input: { id: sheet.id, version: sheet.version, content: content({ items }) } }), 'BAD_USER_INPUT');
    expect(e.extensions!.fields).toEqual([{ field: 'content', constraint: 'maxTotalLength', message: FIELD_MESSAGES.maxTotalLength!.ja.replace('{max}', String(LIMITS.sheetContentChars)) }]);
  });
});

describe('a NUL or a lone surrogate in any string is BAD_USER_INPUT before anything runs', () => {
  const unstorable = (field: string, lang: 'ja' | 'en' = 'ja') => ({ field, constraint: 'UNSTORABLE_CHARACTERS', message: MESSAGES.UNSTORABLE_CHARACTERS[lang] });

  it('createDepartment name with a NUL, in a variable or written in the document: nothing written', async () => {
    const [departments, audits] = [await count('department'), await count('audit_event')];
    const e = expectError(await sec.gql(CREATE_DEPARTMENT, { input: { name: 'NUL\u0000課' } }), 'BAD_USER_INPUT');
    expect(e.message).toBe(MESSAGES.UNSTORABLE_CHARACTERS.ja);
    expect(e.extensions!.fields).toEqual([unstorable('name')]);
    const inline = expectError(await sec.gql(`mutation { createDepartment(input: { name: "NUL\\u0000課", bureau: "局" }) { id } }`, {}, { lang: 'en' }), 'BAD_USER_INPUT');
    expect(inline.extensions!.fields).toEqual([unstorable('name', 'en')]);
    expect([await count('department'), await count('audit_event')]).toEqual([departments, audits]);
  });

  it('createDepartment name with a lone surrogate (JSON "\\ud800"): nothing written', async () => {
    const departments = await count('department');
    const res = await post(`{"query":${JSON.stringify(CREATE_DEPARTMENT)},"variables":{"input":{"name":"a\\ud800b","bureau":"\\udc00"}}}`, { cookie: sec.cookie });
    const e = expectShape(res, 'BAD_USER_INPUT', 'UNSTORABLE_CHARACTERS');
    expect(e.extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(['bureau', 'name']);
    expect(await count('department')).toBe(departments);
  });

  it('signIn login id with a NUL while signed out: refused before the rate limiter counts it', async () => {
    const [limits, sessions] = [await count('rate_limit'), await count('session')];
    const e = expectError(await t.anonymous().gql(SIGN_IN, { input: { loginId: 'jimukyoku\u0000', password: 'kensho-demo-2019' } }, { lang: 'en' }), 'BAD_USER_INPUT');
    expect(e.extensions!.fields).toEqual([unstorable('loginId', 'en')]);
    expect([await count('rate_limit'), await count('session')]).toEqual([limits, sessions]);
  });

  it('strings deep in a sheet’s content (a bullet, a table cell, an indicator): each named, the sheet unchanged', async () => {
    const bad = content({
      items: [{ heading: '見出し', text: 'ok', bullets: ['ok', 'lone \ud83d'], table: [['a', 'b'], ['c', 'NUL\u0000']] }],
      indicators: [{ label: '件数', unit: '\u0000件', values: [], approximate: false, note: null }],
    });
    const e = expectError(await staff.gql(SAVE, { input: { id: sheet.id, version: sheet.version, content: bad } }), 'BAD_USER_INPUT');
    expect(fieldsOf(e)).toEqual(['content.indicators[0].unit', 'content.items[0].bullets[1]', 'content.items[0].table[1][1]']);
    expect((await t.sql(`SELECT version FROM sheet WHERE id = $1`, [sheet.id]))[0].version).toBe(sheet.version);
  });

  it('keeps characters that are fine: emoji (surrogate pairs), tabs and line breaks', async () => {
    const saved = expectData(await staff.gql(SAVE, { input: { id: sheet.id, version: sheet.version, content: content({ notes: '達成😀\tです\n以上' }) } })).saveSheet;
    sheet = saved;
    expect((await t.sql(`SELECT content->>'notes' AS notes FROM sheet WHERE id = $1`, [sheet.id]))[0].notes).toBe('達成😀\tです\n以上');
  });
});

describe('errors raised before the resolvers have the one shape, in the caller’s language', () => {
  it.each(['ja', 'en'] as const)('a syntax error: GRAPHQL_PARSE_FAILED (%s), graphql-js’s text in extensions.detail', async (lang) => {
    const res = await post({ query: '{ me { id ' }, { lang });
    expect(res.status).toBe(400);
    const e = expectShape(res, 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_PARSE_FAILED', lang);
    expect(e.extensions!.detail).toMatch(/^Syntax Error/);
  });

  it('a query the schema rejects: GRAPHQL_VALIDATION_FAILED', async () => {
    expectShape(await post({ query: '{ cycles { id nonexistentField } }' }, { lang: 'en', cookie: sec.cookie }), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'en');
  });

  it.each([
    ['a wrong type', { input: { name: 5 } }, 'name'],
    ['an unknown field', { input: { name: 'x', colour: 'red' } }, 'colour'],
    ['a missing field', { input: {} }, 'name'],
    ['a missing variable', {}, 'input'],
  ])('variable coercion, %s: BAD_USER_INPUT naming the field', async (_, variables, field) => {
    const res = await post({ query: CREATE_DEPARTMENT, variables }, { cookie: sec.cookie });
    const e = expectShape(res, 'BAD_USER_INPUT', 'BAD_USER_INPUT');
    expect(e.extensions!.fields).toEqual([{ field, constraint: 'invalidValue', message: FIELD_MESSAGES.invalidValue!.ja }]);
  });

  it('an unknown enum value in a nested list: BAD_USER_INPUT naming its position', async () => {
    const res = await post({ query: `query($f: SheetFilterInput!) { sheets(filter: $f) { id } }`, variables: { f: { cycleId: sheet.id, states: ['DRAFT', 'LOST'] } } }, { cookie: sec.cookie, lang: 'en' });
    expect(expectShape(res, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'en').extensions!.fields[0].field).toBe('states[1]');
  });

  it.each([
    ['text/plain', 'a simple content type'],
    ['application/x-www-form-urlencoded', 'a form post'],
  ])('Apollo’s CSRF prevention (%s, %s): BAD_REQUEST', async (type) => {
    const res = await post('{"query":"{ me { id } }"}', { type, lang: 'en' });
    expect(res.status).toBe(400);
    expectShape(res, 'BAD_REQUEST', 'BAD_REQUEST', 'en');
  });

  it('a body that is not JSON (the body parser): BAD_REQUEST in the GraphQL shape', async () => {
    const res = await post('{"query": ', { lang: 'ja' });
    expect(res.status).toBe(400);
    expectShape(res, 'BAD_REQUEST', 'BAD_REQUEST');
  });

  it('an id that is not a uuid, in GraphQL (UuidPipe) and on the REST routes', async () => {
    const gql = expectError(await sec.gql(`{ cycle(id: "nope") { id } }`), 'BAD_USER_INPUT');
    expect(gql.extensions!.fields).toEqual([{ field: 'id', constraint: 'isUUID', message: FIELD_MESSAGES.isUUID!.ja }]);
    const rest = await request(t.server).get('/api/attachments/nope').set('Cookie', `${SESSION_COOKIE}=${sec.cookie}`).set('Accept-Language', 'en');
    expect(rest.status).toBe(400);
    expectRestShape(rest, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'en');
    expect(rest.body.fields).toEqual([{ field: 'id', constraint: 'isUUID', message: FIELD_MESSAGES.isUUID!.en }]);
  });

  it('multer refusing an upload (a file in another field): BAD_USER_INPUT, nothing stored', async () => {
    const attachments = await count('sheet_attachment');
    const res = await request(t.server)
      .post(`/api/sheets/${sheet.id}/attachments`)
      .set('Cookie', `${SESSION_COOKIE}=${staff.cookie}`)
      .set('X-Requested-With', 'kensho') // what the web client sends (cross-site uploads are refused first)
      .attach('document', Buffer.from('%PDF-1.4'), 'a.pdf');
    expect(res.status).toBe(400);
    expectRestShape(res, 'BAD_USER_INPUT', 'BAD_USER_INPUT');
    expect(await count('sheet_attachment')).toBe(attachments);
  });

  it('an unknown REST route: NOT_FOUND', async () => {
    const res = await request(t.server).get('/api/nothing-here').set('Accept-Language', 'en');
    expect(res.status).toBe(404);
    expectRestShape(res, 'NOT_FOUND', 'NOT_FOUND', 'en');
  });
});

describe('a database out of reach is SERVICE_UNAVAILABLE, a code to retry on', () => {
  it('an error of the PostgreSQL server going away (57P01), in a query', async () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    jest.spyOn(t.app.get(DepartmentsService), 'list').mockRejectedValueOnce(shutdown);
    const res = await sec.gql(`{ departments { id } }`, {}, { lang: 'en' });
    const e = expectError(res, 'SERVICE_UNAVAILABLE');
    expect(e.message).toBe(MESSAGES.SERVICE_UNAVAILABLE.en);
    expect(e.extensions!.requestId).toBe(res.requestId);
  });

  it('an app cut off its database answers SERVICE_UNAVAILABLE at once, and serves again when it is back', async () => {
    const proxy = await proxyTo(testDatabaseUrl());
    const cut = await startApp({}, { databaseUrl: proxy.urlFor(testDatabaseUrl()) });
    try {
      const client = await cut.signIn('jimukyoku');
      expectData(await client.gql(`{ departments { id } }`));
      await proxy.stop();
      for (const query of [`{ departments { id } }`, `{ me { id } }`]) {
        const started = Date.now();
        const res = await client.gql(query);
        expect(Date.now() - started).toBeLessThan(5_000);
        // `me` is nullable: its data is { me: null } beside the error.
        expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['SERVICE_UNAVAILABLE', MESSAGES.SERVICE_UNAVAILABLE.ja]]);
      }
      const signIn = await cut.anonymous().gql(SIGN_IN, { input: { loginId: 'jimukyoku', password: 'kensho-demo-2019' } });
      expectError(signIn, 'SERVICE_UNAVAILABLE');
      await proxy.start();
      expect(expectData(await client.gql(`{ departments { id } }`)).departments.length).toBeGreaterThan(0);
    } finally {
      await proxy.stop();
      await cut.close().catch(() => undefined);
    }
  });
});
