import { createHash } from 'node:crypto';
import { MESSAGES } from '@kensho/domain';
import request from 'supertest';
import { DEMO_PASSWORD, SIGN_IN, startApp, unique, type TestApp } from './support/app';
import { GqlClient, parseSetCookie, SESSION_COOKIE } from './support/client';
import { expectData, expectError } from './support/errors';
import { demoDepartment } from './support/fixtures';

/** Sign-in, sessions, languages of the messages, rate limits and the health check. */

const ME = `{ me { id loginId role displayName departmentId memberId department { name } } }`;

let t: TestApp;
let admin: GqlClient;

beforeAll(async () => {
  t = await startApp();
  admin = await t.asAdmin();
});
afterAll(() => t?.close());

/** A fresh account of the secretariat, for tests that sign it in and out or block it. */
const newAccount = (prefix: string) => t.insertUser({ loginId: unique(prefix) });

function sessionCookieOf(res: { headers: Record<string, string | string[] | undefined> }) {
  const all = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const raw = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return raw ? parseSetCookie(raw) : null;
}

describe('sign-in and sign-out', () => {
  it('sets an httpOnly, SameSite=Lax session cookie for 12 hours and `me` returns the user', async () => {
    const res = await request(t.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: SIGN_IN, variables: { input: { loginId: 'kogyo', password: DEMO_PASSWORD } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.signIn).toMatchObject({ loginId: 'kogyo', role: 'DEPARTMENT_STAFF' });

    const cookie = sessionCookieOf(res)!;
    expect(cookie).not.toBeNull();
    expect(cookie.attributes).toHaveProperty('httponly');
    expect(cookie.attributes.samesite?.toLowerCase()).toBe('lax');
    expect(cookie.attributes.path).toBe('/');
    expect(cookie.attributes).not.toHaveProperty('secure'); // COOKIE_SECURE is off by default
    const hours = (new Date(cookie.attributes.expires!).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    expect(cookie.value.length).toBeGreaterThanOrEqual(40); // 32 random bytes

    // Only the token's hash is stored.
    const stored = await t.sql(`SELECT "tokenHash" FROM session WHERE "tokenHash" IN ($1, $2)`, [
      cookie.value,
      createHash('sha256').update(cookie.value).digest('hex'),
    ]);
    expect(stored).toEqual([{ tokenHash: createHash('sha256').update(cookie.value).digest('hex') }]);

    const me = expectData(await new GqlClient(t.server, cookie.value).gql(ME)).me;
    expect(me).toMatchObject({ loginId: 'kogyo', role: 'DEPARTMENT_STAFF', department: { name: '工業振興課' }, memberId: null });
  });

  it('accepts the login id in any case and with surrounding spaces', async () => {
    const client = await t.signIn('  JimuKyoku ');
    expect(expectData(await client.gql(ME)).me.loginId).toBe('jimukyoku');
  });

  it('answers `me` with null, and anything else with UNAUTHENTICATED, without a session', async () => {
    const anon = t.anonymous();
    expect(expectData(await anon.gql(ME))).toEqual({ me: null });
    const err = expectError(await anon.gql(`{ cycles { id } }`), 'UNAUTHENTICATED');
    expect(err.message).toBe(MESSAGES.UNAUTHENTICATED.ja);
    expectError(await new GqlClient(t.server, 'forged-token').gql(`{ departments { id } }`), 'UNAUTHENTICATED');
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const client = await t.signIn('toyama');
    const token = client.cookie!;
    expect(expectData(await client.gql(ME)).me.loginId).toBe('toyama');

    const res = await client.gql(`mutation { signOut }`);
    expect(expectData(res)).toEqual({ signOut: true });
    const cleared = sessionCookieOf(res)!;
    expect(cleared.value).toBe('');
    expect(new Date(cleared.attributes.expires!).getTime()).toBeLessThan(Date.now());
    expect(client.cookie).toBeNull();

    const replay = new GqlClient(t.server, token);
    expect(expectData(await replay.gql(ME))).toEqual({ me: null });
    expectError(await replay.gql(`{ cycles { id } }`), 'UNAUTHENTICATED');
  });

  it('refuses a wrong password with UNAUTHENTICATED, in Japanese by default and in English on request, and sets no cookie', async () => {
    const anon = t.anonymous();
    const ja = await anon.gql(SIGN_IN, { input: { loginId: 'jimukyoku', password: 'wrong-password' } });
    expect(expectError(ja, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.ja);
    expect(MESSAGES.BAD_CREDENTIALS.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(sessionCookieOf(ja)).toBeNull();

    const en = await anon.gql(SIGN_IN, { input: { loginId: 'jimukyoku', password: 'wrong-password' } }, { lang: 'en' });
    expect(expectError(en, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.en);
    expect(MESSAGES.BAD_CREDENTIALS.en).toMatch(/^[\x20-\x7e]+$/);

    // A browser's full header (en-US,en;q=0.9) counts as English; a Japanese-first one as Japanese.
    const enUs = await anon.gql(SIGN_IN, { input: { loginId: 'jimukyoku', password: 'x' } }, { headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(expectError(enUs, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.en);
    const jaFirst = await anon.gql(SIGN_IN, { input: { loginId: 'jimukyoku', password: 'x' } }, { headers: { 'Accept-Language': 'ja,en;q=0.8' } });
    expect(expectError(jaFirst, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.ja);
    expect(anon.cookie).toBeNull();
  });

  it('gives an unknown login id the same answer as a wrong password (no account enumeration)', async () => {
    const res = await t.anonymous().gql(SIGN_IN, { input: { loginId: unique('nobody'), password: 'wrong-password' } });
    expect(expectError(res, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.ja);
  });

  it('writes an audit event for each sign-in', async () => {
    const account = await newAccount('audited');
    await t.signIn(account.loginId, account.password);
    const rows = await t.sql(`SELECT action, "actorId" FROM audit_event WHERE "entityId" = $1 AND action = 'SIGN_IN'`, [account.id]);
    expect(rows).toEqual([{ action: 'SIGN_IN', actorId: account.id }]);
  });

  it('refuses a cross-site "simple" POST (text/plain) before it reaches a resolver', async () => {
    const client = await t.asSecretariat();
    const res = await request(t.server)
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .set('Cookie', `${SESSION_COOKIE}=${client.cookie}`)
      .send(JSON.stringify({ query: 'mutation { signOut }' }));
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('"signOut":true');
    expect(expectData(await client.gql(ME)).me.loginId).toBe('jimukyoku'); // still signed in
  });
});

describe('deactivated accounts', () => {
  it('cannot sign in, and their open session stops working at once', async () => {
    const account = await newAccount('deactivated');
    const client = await t.signIn(account.loginId, account.password);
    expect(expectData(await client.gql(ME)).me.loginId).toBe(account.loginId);

    const off = await admin.gql(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id active version } }`, {
      input: { id: account.id, version: account.version, active: false },
    });
    const deactivated = expectData(off).setUserActive;
    expect(deactivated.active).toBe(false);

    expect(expectData(await client.gql(ME))).toEqual({ me: null });
    expectError(await client.gql(`{ cycles { id } }`), 'UNAUTHENTICATED');
    expect((await t.sql(`SELECT count(*)::int AS n FROM session WHERE "userId" = $1`, [account.id]))[0].n).toBe(0);

    const again = await t.anonymous().gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } });
    expect(expectError(again, 'UNAUTHENTICATED').message).toBe(MESSAGES.BAD_CREDENTIALS.ja);

    // Reactivated, the same password works again.
    expectData(
      await admin.gql(`mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }`, {
        input: { id: account.id, version: deactivated.version, active: true },
      }),
    );
    await t.signIn(account.loginId, account.password);
  });
});

describe('sessions live in the database', () => {
  let second: TestApp;
  beforeAll(async () => {
    second = await startApp();
  });
  afterAll(() => second?.close());

  it('a session opened on one instance works on another, and signing out on either ends it', async () => {
    const onFirst = await t.signIn('shogyo');
    const onSecond = onFirst.on(second.server);
    expect(expectData(await onSecond.gql(ME)).me).toMatchObject({ loginId: 'shogyo', department: { name: '商業振興課' } });

    expectData(await onSecond.gql(`mutation { signOut }`));
    expect(expectData(await onFirst.gql(ME))).toEqual({ me: null });
  });
});

describe('rate limit of sign-in', () => {
  // A dedicated instance with small limits. The counters live in the database (shared by every
  // instance), so this instance trusts X-Forwarded-For and each test comes from an address of its own.
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startApp({ SIGNIN_LIMIT_PER_ACCOUNT: '3', SIGNIN_LIMIT_PER_ADDRESS: '5', TRUST_PROXY: 'true', COOKIE_SECURE: 'true' });
  });
  afterAll(() => limited?.close());

  const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}, 10.0.0.${Math.floor(Math.random() * 250) + 1}`;
  const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
  const usedAddresses = new Set<string>();
  const freshAddress = () => {
    let a = address();
    while (usedAddresses.has(a.split(',')[0]!)) a = address();
    usedAddresses.add(a.split(',')[0]!);
    return a;
  };

  it('blocks the 4th attempt on one account (limit 3), even with the right password', async () => {
    const account = await newAccount('limited');
    const ip = freshAddress();
    const anon = limited.anonymous();
    for (let i = 1; i <= 3; i++) {
      expectError(await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: `wrong-${i}` } }, from(ip)), 'UNAUTHENTICATED');
    }
    const fourth = await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, from(ip));
    expect(expectError(fourth, 'RATE_LIMITED').message).toBe(MESSAGES.RATE_LIMITED.ja);
    expect(sessionCookieOf(fourth)).toBeNull();
    expect(anon.cookie).toBeNull();

    // The same account from another address is still blocked (the limit is per account) …
    const elsewhere = await anon.gql(SIGN_IN, { input: { loginId: account.loginId.toUpperCase(), password: account.password } }, { ...from(freshAddress()), lang: 'en' });
    expect(expectError(elsewhere, 'RATE_LIMITED').message).toBe(MESSAGES.RATE_LIMITED.en);
    // … while another account signs in.
    const other = await newAccount('unlimited');
    const ok = await anon.gql(SIGN_IN, { input: { loginId: other.loginId, password: other.password } }, from(freshAddress()));
    expect(expectData(ok).signIn.loginId).toBe(other.loginId);
  });

  it('blocks an address after 5 attempts (limit 5), whatever the accounts', async () => {
    const ip = freshAddress();
    const anon = limited.anonymous();
    const guessed = await Promise.all([1, 2, 3, 4, 5].map((i) => newAccount(`guessed${i}`)));
    for (const account of guessed) {
      expectError(await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: 'wrong-password' } }, from(ip)), 'UNAUTHENTICATED');
    }
    const account = await newAccount('victim');
    expectError(await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, from(ip)), 'RATE_LIMITED');
    const ok = await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, from(freshAddress()));
    expect(expectData(ok).signIn.loginId).toBe(account.loginId);
  });

  it('counts failed attempts only: an office behind one address signs in many times, and so does one account', async () => {
    const ip = freshAddress();
    const anon = limited.anonymous();
    const account = await newAccount('daily');
    // twice the address limit (5) and the account limit (3) of successful sign-ins from one address
    for (let i = 1; i <= 10; i++) {
      const other = i % 2 ? account : await newAccount(`colleague${i}`);
      expectData(await anon.gql(SIGN_IN, { input: { loginId: other.loginId, password: other.password } }, from(ip)));
    }
    // failures still count: 3 wrong passwords block the account, even after the successes
    for (let i = 1; i <= 3; i++) {
      expectError(await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: `wrong-${i}` } }, from(freshAddress())), 'UNAUTHENTICATED');
    }
    expectError(await anon.gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, from(freshAddress())), 'RATE_LIMITED');
  });

  it('marks the cookie Secure when COOKIE_SECURE is on', async () => {
    const account = await newAccount('secure');
    const res = await limited.anonymous().gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, from(freshAddress()));
    expectData(res);
    expect(sessionCookieOf(res)!.attributes).toHaveProperty('secure');
  });
});

describe('GET /health', () => {
  it('is 200 with the database ok, without signing in', async () => {
    const res = await request(t.server).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('every response carries an x-request-id, and a well-formed one sent by a proxy is kept', async () => {
    const res = await request(t.server).get('/health').set('x-request-id', 'lb-1234-abcd');
    expect(res.headers['x-request-id']).toBe('lb-1234-abcd');
    const bad = await request(t.server).get('/health').set('x-request-id', 'not allowed; <script>');
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

// Guards against a silent helper: the demo department the staff account belongs to exists.
it('the demo staff account belongs to 工業振興課', async () => {
  const d = await demoDepartment(admin, '工業振興課');
  const kogyo = await t.asStaff();
  expect(expectData(await kogyo.gql(ME)).me.departmentId).toBe(d.id);
});
