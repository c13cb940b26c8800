import { createHash } from 'node:crypto';
import { MESSAGES, message } from '@kensho/domain';
import request from 'supertest';
import { DEMO_PASSWORD, SIGN_IN, startApp, unique, type TestApp } from './support/app';
import { GqlClient, parseSetCookie, SESSION_COOKIE } from './support/client';
import { expectData, expectError } from './support/errors';
import { demoDepartment } from './support/fixtures';
import { AuthCleanupService } from '../../apps/api/src/modules/auth/auth-cleanup.service';

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
  // instance), so this instance sits behind one (simulated) proxy, TRUST_PROXY=1, and each test comes
  // from addresses of its own: the address that proxy saw is the rightmost of X-Forwarded-For.
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startApp({ SIGNIN_LIMIT_PER_ACCOUNT: '3', SIGNIN_LIMIT_PER_ADDRESS: '5', SIGNIN_WINDOW_SECONDS: '900', TRUST_PROXY: '1', COOKIE_SECURE: 'true' });
  });
  afterAll(() => limited?.close());

  let next = Math.floor(Math.random() * 60_000);
  /** An address no other test of this run uses (198.18.0.0/15, the benchmarking range). */
  const freshAddress = () => `198.${18 + ((next >> 16) & 1)}.${(next >> 8) & 255}.${next++ & 255}`;
  /** As the proxy forwards it: whatever the client wrote, then the address the proxy saw. */
  const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `${freshAddress()}, ${ip}` } });
  const signIn = (account: { loginId: string }, password: string, ip: string, lang?: 'en') =>
    limited.anonymous().gql(SIGN_IN, { input: { loginId: account.loginId, password } }, { ...from(ip), ...(lang ? { lang } : {}) });
  /** A RATE_LIMITED refusal that says when to retry: header, extensions and message agree. */
  const expectLocked = (res: Awaited<ReturnType<typeof signIn>>, seconds: number, lang: 'ja' | 'en' = 'ja') => {
    const err = expectError(res, 'RATE_LIMITED');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(seconds - 30);
    expect(retryAfter).toBeLessThanOrEqual(seconds);
    expect(err.extensions?.retryAfter).toBe(retryAfter);
    expect(Math.abs(new Date(err.extensions?.retryAt as string).getTime() - (Date.now() + retryAfter * 1000))).toBeLessThan(5000);
    expect(err.message).toBe(message('TRY_AGAIN_IN', lang, { minutes: Math.ceil(retryAfter / 60) }));
    expect(sessionCookieOf(res)).toBeNull();
    return err;
  };

  it('locks an account at its 3rd failure (limit 3): the 4th attempt is refused, even with the right password, and says when to retry', async () => {
    const account = await newAccount('limited');
    const ip = freshAddress();
    for (let i = 1; i <= 3; i++) expectError(await signIn(account, `wrong-${i}`, ip), 'UNAUTHENTICATED');
    expectLocked(await signIn(account, account.password, ip), 900);

    // The same account from another address is still locked (the lock is the account's) …
    expectLocked(await signIn({ loginId: account.loginId.toUpperCase() }, account.password, freshAddress(), 'en'), 900, 'en');
    // … while another account signs in from the same address.
    const other = await newAccount('unlimited');
    expect(expectData(await signIn(other, other.password, ip)).signIn.loginId).toBe(other.loginId);
  });

  it('an unknown login id is locked the same way (a lock tells nothing about which accounts exist)', async () => {
    const ghost = { loginId: unique('ghost') };
    const ip = freshAddress();
    for (let i = 1; i <= 3; i++) expectError(await signIn(ghost, `wrong-${i}`, ip), 'UNAUTHENTICATED');
    expectLocked(await signIn(ghost, 'wrong-4', ip), 900);
  });

  it('each failure after a lock has run out locks the account for twice as long', async () => {
    const account = await newAccount('growing');
    const ip = freshAddress();
    for (let i = 1; i <= 3; i++) expectError(await signIn(account, `wrong-${i}`, ip), 'UNAUTHENTICATED');
    expectLocked(await signIn(account, account.password, ip), 900);
    // the 15 minutes pass (the count is still remembered) …
    await limited.sql(`UPDATE rate_limit SET "blockedUntil" = now() - interval '1 second' WHERE key = $1`, [`signin:account:${account.loginId}`]);
    expectError(await signIn(account, 'wrong-4', ip), 'UNAUTHENTICATED');
    expectLocked(await signIn(account, account.password, ip), 1800);
    await limited.sql(`UPDATE rate_limit SET "blockedUntil" = now() - interval '1 second' WHERE key = $1`, [`signin:account:${account.loginId}`]);
    // … and after the lock the right password works and clears the count
    expectData(await signIn(account, account.password, ip));
    expect(await limited.sql(`SELECT key FROM rate_limit WHERE key = $1`, [`signin:account:${account.loginId}`])).toEqual([]);
  });

  it('password spraying: an address that failed on 5 accounts locks each further account it fails on at once, yet lets the right passwords through', async () => {
    const ip = freshAddress();
    const accounts = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => newAccount(`sprayed${i}`)));
    const [a, b, c, d, e, f] = accounts as [typeof accounts[0], ...typeof accounts];
    // failures on 4 distinct accounts (two on the first one count once for the address)
    for (const account of [a, a, b, c, d]) expectError(await signIn(account!, 'Spring2019!', ip), 'UNAUTHENTICATED');
    // the 5th account keeps its grace (the address had failed on 4 when it tried) …
    expectError(await signIn(e!, 'Spring2019!', ip), 'UNAUTHENTICATED');
    expect(expectData(await signIn(e!, e!.password, ip)).signIn.loginId).toBe(e!.loginId);
    // … the address has now failed on 5: one failure locks the next account it tries, wherever its owner is
    expectError(await signIn(f!, 'Spring2019!', ip), 'UNAUTHENTICATED');
    expectLocked(await signIn(f!, f!.password, freshAddress()), 900);
    // colleagues behind the same address still sign in with their right passwords, also for the first time
    for (const i of [1, 2, 3]) {
      const colleague = await newAccount(`colleague${i}`);
      expect(expectData(await signIn(colleague, colleague.password, ip)).signIn.loginId).toBe(colleague.loginId);
    }
    expect(expectData(await signIn(b!, b!.password, ip)).signIn.loginId).toBe(b!.loginId);
  });

  it('counts failed attempts only: an office behind one address signs in many times, and so does one account', async () => {
    const ip = freshAddress();
    const account = await newAccount('daily');
    // twice the address limit (5) and the account limit (3) of successful sign-ins from one address
    for (let i = 1; i <= 10; i++) {
      const other = i % 2 ? account : await newAccount(`colleague${i}`);
      expectData(await signIn(other, other.password, ip));
    }
    // failures still count: 3 wrong passwords lock the account, even after the successes
    for (let i = 1; i <= 3; i++) expectError(await signIn(account, `wrong-${i}`, freshAddress()), 'UNAUTHENTICATED');
    expectLocked(await signIn(account, account.password, freshAddress()), 900);
  });

  it('concurrent guesses cannot slip past the limit while the passwords are being checked', async () => {
    const account = await newAccount('burst');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(account, `wrong-${i}`, freshAddress())));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(9);
    for (const r of results.filter((x) => x.errors?.[0]?.extensions?.code === 'RATE_LIMITED')) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('marks the cookie Secure when COOKIE_SECURE is on', async () => {
    const account = await newAccount('secure');
    const res = await signIn(account, account.password, freshAddress());
    expectData(res);
    expect(sessionCookieOf(res)!.attributes).toHaveProperty('secure');
  });

  it('TRUST_PROXY=1: the address the one proxy saw counts, whatever the client wrote into X-Forwarded-For', async () => {
    const account = await newAccount('proxied');
    const ip = freshAddress();
    for (const forged of ['1.2.3.4', '10.0.0.1, 127.0.0.1', 'not-an-address']) {
      const res = await limited.anonymous().gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, { headers: { 'X-Forwarded-For': `${forged}, ${ip}` } });
      expectData(res);
      const token = sessionCookieOf(res)!.value;
      expect(await limited.sql(`SELECT ip FROM session WHERE "tokenHash" = $1`, [createHash('sha256').update(token).digest('hex')])).toEqual([{ ip }]);
    }
  });
});

describe('TRUST_PROXY unset', () => {
  it('X-Forwarded-For changes nothing: the address is the connection\'s', async () => {
    const account = await newAccount('direct');
    const res = await t.anonymous().gql(SIGN_IN, { input: { loginId: account.loginId, password: account.password } }, { headers: { 'X-Forwarded-For': '198.51.100.7' } });
    expectData(res);
    const token = sessionCookieOf(res)!.value;
    const [row] = await t.sql(`SELECT ip FROM session WHERE "tokenHash" = $1`, [createHash('sha256').update(token).digest('hex')]);
    expect(row.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe('cleanup of expired sessions and rate-limit counters', () => {
  const hashOf = (tag: string, which: string) => createHash('sha256').update(`${tag}-${which}`).digest('hex');
  const seed = async (app: TestApp, tag: string) => {
    const account = await newAccount(tag);
    await app.sql(
      `INSERT INTO session ("tokenHash", "userId", "expiresAt") VALUES ($1, $3, now() - interval '1 minute'), ($2, $3, now() + interval '1 hour')`,
      [hashOf(tag, 'expired'), hashOf(tag, 'live'), account.id],
    );
    await app.sql(
      `INSERT INTO rate_limit (key, hits, "expiresAt", "blockedUntil") VALUES
         ($1, 2, now() - interval '1 minute', NULL), ($2, 2, now() + interval '1 hour', NULL), ($3, 3, now() - interval '1 minute', now() + interval '1 hour')`,
      [`${tag}:expired`, `${tag}:live`, `${tag}:still-locked`],
    );
    return account;
  };
  const left = async (app: TestApp, tag: string) => ({
    sessions: (await app.sql(`SELECT "tokenHash" FROM session WHERE "tokenHash" = ANY($1)`, [[hashOf(tag, 'expired'), hashOf(tag, 'live')]])).map((r) => r.tokenHash),
    counters: (await app.sql(`SELECT key FROM rate_limit WHERE key LIKE $1 ORDER BY 1`, [`${tag}:%`])).map((r) => r.key),
  });

  it('deletes expired sessions and counters, and keeps live ones and locks still in force', async () => {
    const tag = unique('clean');
    await seed(t, tag);
    const removed = await t.app.get(AuthCleanupService).run();
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(removed.counters).toBeGreaterThanOrEqual(1);
    expect(await left(t, tag)).toEqual({ sessions: [hashOf(tag, 'live')], counters: [`${tag}:live`, `${tag}:still-locked`] });
  });

  it('runs by itself every CLEANUP_INTERVAL_SECONDS, and stops with the app', async () => {
    const quick = await startApp({ CLEANUP_INTERVAL_SECONDS: '1' });
    try {
      const tag = unique('tick');
      await seed(quick, tag);
      const deadline = Date.now() + 5000;
      while ((await left(quick, tag)).sessions.length > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await left(quick, tag)).toEqual({ sessions: [hashOf(tag, 'live')], counters: [`${tag}:live`, `${tag}:still-locked`] });
    } finally {
      await quick.close();
    }
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
