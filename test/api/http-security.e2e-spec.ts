import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGES } from '@kensho/domain';
import request from 'supertest';
import { startApp, type TestApp } from './support/app';
import { SESSION_COOKIE } from './support/client';
import { expectData, expectError } from './support/errors';

/** Security headers, and who may see the schema: introspection, GraphiQL, field suggestions. */

const ROOT = join(__dirname, '..', '..');
let t: TestApp;
let webDist: string;

beforeAll(async () => {
  // a stand-in for the built client, so that `/` is served whether or not apps/web/dist was built
  webDist = mkdtempSync(join(tmpdir(), 'kensho-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>');
  t = await startApp({ WEB_DIST: webDist });
});
afterAll(() => t?.close());

/** The CSP's directives by name. */
function csp(header: unknown): Record<string, string[]> {
  return Object.fromEntries(
    String(header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const INTROSPECT = `{ __schema { queryType { name } } }`;

/** Queries with a typo, each of which GraphQL answers with a suggestion of the right name. */
const PROBES: Array<[string, Record<string, unknown>?]> = [
  [`{ mee { id } }`],
  [`{ me { loginI } }`],
  [`{ sheet(i: "00000000-0000-0000-0000-000000000000") { id } }`],
  [`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { loginI: 'x', loginId: 'x', password: 'y' } }],
  [`mutation { createUser(input: { loginId: "abc", password: "a-long-password-1", displayName: "x", role: ADMI }) { id } }`],
  [`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { loginId: 'abc', password: 'a-long-password-1', displayName: 'x', role: 'ADMI' } }],
];

describe('security headers', () => {
  it.each([
    ['GET /', () => request(t.server).get('/')],
    ['POST /graphql', () => request(t.server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' })],
    ['GET /health', () => request(t.server).get('/health')],
  ])('%s: a strict CSP, no framing, nosniff, no referrer, and no HSTS over plain HTTP', async (_, send) => {
    const res = await send();
    expect(res.status).toBe(200);
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]); // emotion's run-time <style> tags
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy).not.toHaveProperty('upgrade-insecure-requests');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('HSTS and upgrade-insecure-requests only when COOKIE_SECURE says the app is behind TLS', async () => {
    const secure = await startApp({ COOKIE_SECURE: 'true' });
    try {
      const res = await request(secure.server).post('/graphql').set('Content-Type', 'application/json').send({ query: '{ __typename }' });
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}$/);
      expect(csp(res.headers['content-security-policy'])).toHaveProperty('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });

  it('the web client satisfies the CSP: no inline script, no inline handler, nothing from another origin', () => {
    // the source page always, and the built one when `npm run build -w @kensho/web` made it
    const pages = [join(ROOT, 'apps/web/index.html'), join(ROOT, 'apps/web/dist/index.html')].filter((p) => existsSync(p));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect({ page, attrs, inline: body!.trim() }).toEqual({ page, attrs, inline: '' });
        expect(attrs).toMatch(/\bsrc="\/[^/]/);
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    }
  });
});

describe('introspection and GraphiQL (development, test)', () => {
  it('introspection needs a signed-in user', async () => {
    const anon = t.anonymous();
    for (const query of [INTROSPECT, `{ __type(name: "User") { fields { name } } }`, `query { ...Q } fragment Q on Query { __schema { types { name } } }`]) {
      const err = expectError(await anon.gql(query), 'UNAUTHENTICATED');
      expect(err.message).toBe(MESSAGES.UNAUTHENTICATED.ja);
    }
    expect(expectData(await anon.gql(`{ __typename me { id } }`))).toEqual({ __typename: 'Query', me: null });
    const staff = await t.asStaff();
    expect(expectData(await staff.gql(INTROSPECT)).__schema.queryType.name).toBe('Query');
  });

  it('the GraphiQL page is for signed-in users only, with the relaxed CSP it needs', async () => {
    const anon = await request(t.server).get('/graphql').set('Accept', 'text/html');
    expect(anon.status).toBe(401);
    expect(anon.text).not.toMatch(/graphiql/i);
    expect(anon.body).toMatchObject({ code: 'UNAUTHENTICATED', message: MESSAGES.UNAUTHENTICATED.ja });

    const staff = await t.asStaff();
    const page = await request(t.server).get('/graphql').set('Accept', 'text/html').set('Cookie', `${SESSION_COOKIE}=${staff.cookie}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/graphiql/i);
    expect(csp(page.headers['content-security-policy'])['script-src']).toEqual(expect.arrayContaining(['https://unpkg.com']));
    expect(csp(page.headers['content-security-policy'])['frame-ancestors']).toEqual(["'none'"]);
  });

  it('field suggestions are given outside production (the probes the production test sends do get them here)', async () => {
    const admin = await t.asAdmin();
    for (const [query, variables] of PROBES) {
      const res = await admin.gql(query, variables);
      expect({ query, text: res.text }).toEqual({ query, text: expect.stringMatching(/Did you mean/) });
    }
  });
});

describe('in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startApp({ NODE_ENV: 'production' });
  });
  afterAll(() => prod?.close());

  it('no introspection, not even for a signed-in user', async () => {
    const admin = await prod.asAdmin();
    for (const client of [admin, prod.anonymous()]) {
      const res = await client.gql(INTROSPECT);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.text).not.toContain('"queryType"');
    }
  });

  it('no GraphiQL page', async () => {
    const admin = await prod.asAdmin();
    const page = await request(prod.server).get('/graphql').set('Accept', 'text/html').set('Cookie', `${SESSION_COOKIE}=${admin.cookie}`);
    expect(page.text).not.toMatch(/graphiql/i);
  });

  it('no "Did you mean …?": error messages name no field, argument, type or enum value the caller did not write', async () => {
    const admin = await prod.asAdmin();
    for (const [query, variables] of PROBES) {
      const res = await admin.gql(query, variables);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect({ query, text: res.text }).toEqual({ query, text: expect.not.stringMatching(/Did you mean/i) });
    }
  });
});
