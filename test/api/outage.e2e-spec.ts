import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { runMigrations } from '../../apps/api/src/bootstrap';
import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { startPostgresProcess, type PostgresProcess } from './support/postgres-process';

/**
 * A database that goes away (issue 7 §7): the test runs its own PostgreSQL (the embedded server), puts
 * the API under a write load, stops the server for 10 s, starts it again, then freezes it (SIGSTOP)
 * for 8 s. While it is gone every request fails within seconds with a code a client can retry on; once
 * it is back the API serves again without a restart; and no write it acknowledged is lost.
 */
jest.setTimeout(120_000);

const TIMEOUT_ENV = { DB_CONNECT_TIMEOUT_MS: '2000', DB_STATEMENT_TIMEOUT_MS: '3000', HEALTH_TIMEOUT_MS: '1000' };
/** How long a refused request may take while the database is gone (connect / query timeouts + margin). */
const FAIL_FAST_MS = 6_000;

let dir: string;
let pg: PostgresProcess;
let t: TestApp;
let admin: GqlClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kensho-outage-'));
  pg = await startPostgresProcess(dir);
  await runMigrations(pg.url);
  t = await startApp(TIMEOUT_ENV, { databaseUrl: pg.url });
  const user = await t.insertUser({ role: 'ADMIN' });
  admin = await t.signIn(user.loginId, user.password);
});
let loadToStop: { stop(): Promise<void> } | null = null;
afterAll(async () => {
  await loadToStop?.stop();
  await t?.close();
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const CREATE = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }`;

interface Outcome {
  ok: boolean;
  name: string;
  ms: number;
  code: string | undefined;
}

/** Writers that create departments one after another until told to stop; every answer is kept. */
function writeLoad(writers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  let n = 0;
  const loops = Array.from({ length: writers }, async (_, w) => {
    while (running) {
      const name = `停電試験 ${w}-${n++}`;
      const started = Date.now();
      const res = await admin.gql(CREATE, { input: { name } });
      outcomes.push({ ok: !res.errors && !!res.data?.createDepartment?.id, name, ms: Date.now() - started, code: res.errors?.[0]?.extensions?.code });
      if (res.errors) await new Promise((r) => setTimeout(r, 100));
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function health(): Promise<number> {
  const res = await request(t.server).get('/health');
  return res.status;
}

async function until(what: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await what()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms`);
}

/** The postmaster and its children (SIGSTOP on the postmaster alone leaves open connections served). */
function serverProcesses(): number[] {
  const pid = pg.pid;
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
  return [pid, ...children];
}

describe('the database stops, then freezes, under a write load', () => {
  it('fails fast with a retryable code, recovers without a restart and loses no acknowledged write', async () => {
    const load = writeLoad(4);
    loadToStop = load;
    await new Promise((r) => setTimeout(r, 1500));
    expect(load.outcomes.filter((o) => o.ok).length).toBeGreaterThan(3);

    // 1. Stopped for 10 s.
    const port = pg.port;
    await pg.stop();
    const stoppedAt = load.outcomes.length;
    await new Promise((r) => setTimeout(r, 10_000));
    expect(await health()).toBe(503);
    const whileStopped = load.outcomes.slice(stoppedAt + 4); // the first answers may be ones in flight
    expect(whileStopped.length).toBeGreaterThan(4);
    for (const o of whileStopped) {
      expect(o.ok).toBe(false);
      expect(o.code).toBe('SERVICE_UNAVAILABLE');
      expect(o.ms).toBeLessThan(FAIL_FAST_MS);
    }
    pg = await startPostgresProcess(dir, port);
    const recoveredIn = await until(async () => (await health()) === 200, 15_000);
    const back = load.outcomes.length;
    await until(async () => load.outcomes.slice(back).some((o) => o.ok), 15_000);

    // 2. Frozen for 8 s: connections open, nothing answers.
    const frozen = serverProcesses();
    for (const p of frozen) process.kill(p, 'SIGSTOP');
    const frozenAt = load.outcomes.length;
    const healthWhileFrozen = Date.now();
    const frozenHealth = await health();
    const healthMs = Date.now() - healthWhileFrozen;
    await new Promise((r) => setTimeout(r, 8_000));
    // A loaded machine may still hold every writer in its timeouts: wait (frozen) for their answers.
    await until(async () => load.outcomes.length > frozenAt, 15_000);
    const whileFrozen = load.outcomes.slice(frozenAt);
    for (const p of frozen) process.kill(p, 'SIGCONT');
    expect(frozenHealth).toBe(503);
    expect(healthMs).toBeLessThan(FAIL_FAST_MS);
    expect(whileFrozen.length).toBeGreaterThan(0);
    for (const o of whileFrozen.filter((o) => !o.ok)) {
      expect(o.code).toBe('SERVICE_UNAVAILABLE');
      expect(o.ms).toBeLessThan(FAIL_FAST_MS + 1_000);
    }
    const thawed = load.outcomes.length;
    await until(async () => load.outcomes.slice(thawed).some((o) => o.ok), 15_000);
    await load.stop();

    // 3. Every write the API acknowledged is there.
    const acknowledged = load.outcomes.filter((o) => o.ok).map((o) => o.name);
    const rows = await t.sql<{ name: string }>(`SELECT name FROM department WHERE name LIKE '停電試験 %'`);
    const stored = new Set(rows.map((r) => r.name));
    expect(acknowledged.filter((n) => !stored.has(n))).toEqual([]);
    expect(recoveredIn).toBeLessThan(15_000);
  });
});
