import request from 'supertest';
import { startApp, testDatabaseUrl, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData } from './support/errors';
import { freezableProxy, type FreezableProxy } from './support/freezable-proxy';

/**
 * A database that stops answering (issue 7, section 2): with the pool's timeouts a request fails in
 * seconds instead of hanging, /health says 503, and once the database answers again the same app
 * recovers. The app reaches the run's database through a proxy that can freeze (pass nothing either way).
 */
let proxy: FreezableProxy;
let t: TestApp;
let sec: GqlClient;

beforeAll(async () => {
  proxy = await freezableProxy(testDatabaseUrl());
  t = await startApp({ DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1000', HEALTH_TIMEOUT_MS: '500' }, { databaseUrl: proxy.url });
  sec = await t.asSecretariat();
});
afterAll(async () => {
  proxy?.thaw();
  await t?.close();
  await proxy?.close();
});

const CYCLES = `{ cycles { id fiscalYear } }`;
const health = () => request(t.server).get('/health');

async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await fn();
  return { result, ms: Date.now() - started };
}

it('answers, fails within seconds while the database is frozen, and recovers without a restart', async () => {
  expect((await health()).body).toEqual({ status: 'ok', database: 'ok' });
  expect(expectData(await sec.gql(CYCLES)).cycles.length).toBeGreaterThan(0);

  proxy.freeze();
  const h = await timed(() => health());
  expect(h.result.status).toBe(503);
  expect(h.result.body).toEqual({ status: 'error', database: 'unreachable' });
  expect(h.ms).toBeLessThan(2_000);

  // a statement on a pooled connection: given up by the driver (statement timeout + 2 s); a new
  // connection: the connect timeout
  const q = await timed(() => sec.gql(CYCLES));
  expect(q.result.errors?.length).toBeGreaterThan(0);
  expect(q.ms).toBeLessThan(6_000);

  proxy.thaw();
  let back = await health();
  for (let i = 0; i < 20 && back.status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 250));
    back = await health();
  }
  expect(back.body).toEqual({ status: 'ok', database: 'ok' });
  expect(expectData(await sec.gql(CYCLES)).cycles.length).toBeGreaterThan(0);
});

it('a statement that runs too long is cancelled after DB_STATEMENT_TIMEOUT_MS', async () => {
  const started = Date.now();
  const error = await t.db.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
  expect(error).toHaveProperty('driverError');
  // PostgreSQL cancels it (query_canceled), the machine's server and the embedded one alike.
  expect(error).toMatchObject({ driverError: { code: '57014' } });
  expect(Date.now() - started).toBeLessThan(3_000);
});
