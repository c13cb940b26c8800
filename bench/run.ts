/**
 * Kensho against PostGraphile 4 on the same database: checks that both answer each screen with the same
 * data, counts the SQL statements of one request, then measures with autocannon on loopback, in
 * interleaved rounds, and prints (and writes to bench/results/latest.md) the medians of the rounds.
 *
 *   npm run bench            BENCH_SECONDS=15, BENCH_ROUNDS=5, 10 connections
 *   npm run bench:quick      3 s, 1 round: does the harness work?
 *   BENCH_ONLY=overview,sheet npm run bench      some screens only
 *   BENCH_REGENERATE=1 npm run bench             a fresh database first
 *   BENCH_WARMUP=2 (s of unrecorded warm-up per screen and side), BENCH_CONNECTIONS, BENCH_PORT_BASE (5100: ports 5101, 5102, 5111, 5112), BENCH_DB (kensho_bench), BENCH_PG
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { API_DIST, BENCH_URL, databaseExists, uuidOf } from './lib/db';
import { ENTRIES, GENERATOR_VERSION, READ_YEAR, WRITE_YEAR, generate, sheetContent } from './generate';
import { differences, plain, screens, writeSide, type Screen, type Subjects } from './screens';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 5100);
const PORTS = { kensho: PORT_BASE + 1, postgraphile: PORT_BASE + 2, kenshoCount: PORT_BASE + 11, postgraphileCount: PORT_BASE + 12 };
const SIDES = ['kensho', 'postgraphile'] as const;
type SideName = (typeof SIDES)[number];
const ROOT = resolve(__dirname, '..');
const DEMO_PASSWORD = 'kensho-demo-2019';

type Json = any;  

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function ensureDatabase(db: () => Pool): Promise<void> {
  let fresh = process.env.BENCH_REGENERATE === '1' || !(await databaseExists());
  if (!fresh) {
    const pool = db();
    try {
      const r = await pool.query(`SELECT value FROM bench_meta WHERE key = 'generator'`);
      fresh = r.rows[0]?.value !== String(GENERATOR_VERSION);
    } catch {
      fresh = true;
    } finally {
      await pool.end();
    }
  }
  if (fresh) await generate();
}

function start(name: string, args: string[], env: Record<string, string>, port: number): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d) => process.stderr.write(`[${name}] ${d}`));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${code ?? signal})`);
      process.exit(1);
    }
  });
  return child;
}
let stopping = false;

async function waitFor(url: string, body: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not start`);
}

async function signIn(loginId: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${PORTS.kensho}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { loginId, password: DEMO_PASSWORD } } }),
  });
  const cookie = r.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in of ${loginId} failed: ${await r.text()}`);
  return cookie;
}

interface Target {
  url: string;
  headers: Record<string, string>;
}

async function post(t: Target, query: string, variables: unknown): Promise<Json> {
  const r = await fetch(t.url, { method: 'POST', headers: t.headers, body: JSON.stringify({ query, variables }) });
  const json = await r.json();
  if (json.errors) throw new Error(`${t.url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

async function processStats(port: number): Promise<{ statements: number; rss: number }> {
  return (await fetch(`http://127.0.0.1:${port}/`)).json();
}

/**
 * The write set: draft sheets of the staff account's department in the cycle in Do, put back as generated
 * before every write measurement, in one transaction that first waits for the saves still running (a
 * measurement ends with requests in flight, whose revisions would otherwise survive the reset).
 */
async function resetWrites(pool: Pool, subjects: Subjects): Promise<Map<string, number>> {
  const ids = subjects.writeSheetIds;
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT id FROM sheet WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
    await c.query(`DELETE FROM sheet_revision WHERE "sheetId" = ANY($1) AND version >= 4`, [ids]);
    await c.query(`DELETE FROM audit_event WHERE "entityType" = 'sheet' AND "entityId" = ANY($1) AND action = 'UPDATE' AND (before->>'version')::int >= 4`, [ids]);
    await c.query(
      `UPDATE sheet s SET content = b.content, version = b.version, "updatedAt" = b."updatedAt", "updatedById" = b."updatedById"
         FROM bench_write_base b WHERE b.id = s.id`,
    );
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
  return new Map(ids.map((id) => [id, 4]));
}

async function subjectsOf(pool: Pool): Promise<Subjects> {
  const writes = await pool.query(
    `SELECT s.id FROM sheet s JOIN project p ON p.id = s."projectId" JOIN cycle c ON c.id = s."cycleId"
       JOIN app_user u ON u."loginId" = 'kogyo' AND u."departmentId" = p."departmentId"
      WHERE c."fiscalYear" = $1 ORDER BY p."sortOrder"`,
    [WRITE_YEAR],
  );
  const staff = await pool.query(`SELECT id FROM app_user WHERE "loginId" = 'kogyo'`);
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_write_base AS SELECT id, content, version, "updatedAt", "updatedById" FROM sheet WHERE id = ANY($1)`.replace('$1', `'{${writes.rows.map((r) => r.id).join(',')}}'::uuid[]`));
  const entry = 1; // an entry with a sheet, opinions and council opinions, and no related project
  return {
    readCycleId: uuidOf(`bench:${READ_YEAR}:cycle`),
    readSheetId: uuidOf(`bench:${READ_YEAR}:sheet:${entry}`),
    readProjectId: uuidOf(`bench:${READ_YEAR}:project:${entry}`),
    writeSheetIds: writes.rows.map((r) => r.id),
    staffUserId: staff.rows[0].id,
  };
}

/**
 * What a save sends: a sheet of the size of the generated ones, with years of the cycle in Do, a little
 * different each time (as an autosave is). Saving the very same content twice fails in Kensho today: TypeORM
 * sees no change, the version stays, and the next revision collides with the last (DUPLICATE).
 */
const SAVED_CONTENT = sheetContent(WRITE_YEAR, 7, 4);
const contentOfSave = (n: number) => ({ ...SAVED_CONTENT, notes: `保存 ${n}` });

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

async function measure(screen: Screen, side: SideName, t: Target, subjects: Subjects, versions: Map<string, number>, seconds: number): Promise<Measure> {
  const s = screen[side];
  let errors = 0;
  const checkBody = (status: number, body: string) => {
    // both servers put `errors` first in the answer
    if (status !== 200 || body.startsWith('{"errors"')) errors++;
  };
  const base = { url: t.url.replace('/graphql', ''), duration: seconds, timeout: 30 };
  let result: Json;
  if (screen.write) {
    // One instance per connection, each chaining its own sheet's versions, aggregated as one run
    // (autocannon's connections of one instance share their request object, so they cannot keep a sheet each).
    const w = writeSide(side, subjects);
    const runs = await Promise.all(subjects.writeSheetIds.slice(0, CONNECTIONS).map((id) => {
      let version = versions.get(id)!;
      let saves = 0;
      return autocannon({
        ...base, connections: 1, skipAggregateResult: true,
        requests: [{
          method: 'POST', path: '/graphql', headers: t.headers,
          setupRequest: (req: Json) => ({ ...req, body: JSON.stringify({ query: s.query, variables: w.variables(id, version, contentOfSave(++saves)) }) }),
          onResponse: (status: number, body: string) => {
            try {
              const json = JSON.parse(body);
              if (status !== 200 || json.errors) {
                if (!errors++) console.error(`${side} ${screen.key}: ${body.slice(0, 300)}`);
              } else version = w.versionOf(json.data);
            } catch {
              errors++;
            }
          },
        }],
      });
    }));
    result = autocannon.aggregateResult(runs, base);
    if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ ...result, latency: result.latency, requests: result.requests }).slice(0, 1500));
  } else {
    const body = JSON.stringify({ query: s.query, variables: s.variables(subjects) });
    result = await autocannon({
      ...base, connections: CONNECTIONS,
      requests: [{ method: 'POST', path: '/graphql', headers: t.headers, body, onResponse: (status: number, b: string) => checkBody(status, b) }],
    });
  }
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: errors + result.errors + result.timeouts + result.non2xx,
    bytes: result.throughput.total / Math.max(1, result.requests.total),
  };
}

const fmtRate = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
const fmtMs = (n: number) => n < 1 ? '<1 ms' : `${n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 0 : 1)} ms`;
const fmtBytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);
const fmtMb = (n: number) => `${Math.round(n / 1048576)} MB`;

async function main() {
  const pool = () => new Pool({ connectionString: BENCH_URL, max: 2 });
  await ensureDatabase(pool);
  const db = pool();
  await db.query(readFileSync(resolve(__dirname, 'sql/postgraphile.sql'), 'utf8'));
  const subjects = await subjectsOf(db);
  if (subjects.writeSheetIds.length < CONNECTIONS) throw new Error(`only ${subjects.writeSheetIds.length} sheets to write, for ${CONNECTIONS} connections`);
  await resetWrites(db, subjects);

  const children = [
    start('kensho', ['--require', './bench/lib/count-statements.js', `${API_DIST}/main.js`], {
      DATABASE_URL: BENCH_URL, SEED_DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1',
      SIGNIN_LIMIT_PER_ACCOUNT: '1000', SIGNIN_LIMIT_PER_ADDRESS: '1000', BENCH_COUNT_PORT: String(PORTS.kenshoCount),
    }, PORTS.kensho),
    start('postgraphile', ['--require', './bench/lib/count-statements.js', '--require', 'ts-node/register', 'bench/postgraphile-server.ts'], {
      DATABASE_URL: BENCH_URL, NODE_ENV: 'production', TS_NODE_PROJECT: 'bench/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true', BENCH_COUNT_PORT: String(PORTS.postgraphileCount),
    }, PORTS.postgraphile),
  ];
  const stop = () => {
    stopping = true;
    for (const c of children) c.kill('SIGTERM');
  };
  process.on('SIGINT', () => (stop(), process.exit(130)));
  try {
    const typename = JSON.stringify({ query: '{ __typename }' });
    await waitFor(`http://127.0.0.1:${PORTS.kensho}/graphql`, typename);
    await waitFor(`http://127.0.0.1:${PORTS.postgraphile}/graphql`, typename);
    const json = { 'content-type': 'application/json' };
    const targets = {
      secretariat: { url: `http://127.0.0.1:${PORTS.kensho}/graphql`, headers: { ...json, cookie: await signIn('jimukyoku') } },
      staff: { url: `http://127.0.0.1:${PORTS.kensho}/graphql`, headers: { ...json, cookie: await signIn('kogyo') } },
      postgraphile: { url: `http://127.0.0.1:${PORTS.postgraphile}/graphql`, headers: json },
    };
    const target = (screen: Screen, side: SideName): Target => (side === 'kensho' ? targets[screen.as] : targets.postgraphile);
    const list = screens().filter((s) => !ONLY || ONLY.includes(s.key));

    // 1. the same data on both sides; 2. SQL statements of one request (sequential, so the counter is the request's)
    const checks: Record<string, string[]> = {};
    const statements: Record<string, Record<SideName, number>> = {};
    for (const screen of list) {
      const answers: Record<string, Json> = {};
      statements[screen.key] = { kensho: 0, postgraphile: 0 };
      for (const side of SIDES) {
        const s = screen[side];
        const countPort = side === 'kensho' ? PORTS.kenshoCount : PORTS.postgraphileCount;
        let versions = await resetWrites(db, subjects);
        const vars = () => (screen.write ? writeSide(side, subjects).variables(subjects.writeSheetIds[0]!, versions.get(subjects.writeSheetIds[0]!)!, SAVED_CONTENT) : s.variables(subjects));
        const data = await post(target(screen, side), s.query, vars());
        answers[side] = plain(s.shape(data));
        const n = 5;
        const before = (await processStats(countPort)).statements;
        for (let i = 0; i < n; i++) {
          if (screen.write) versions = await resetWrites(db, subjects);
          await post(target(screen, side), s.query, vars());
        }
        statements[screen.key]![side] = ((await processStats(countPort)).statements - before) / n;
      }
      if (screen.write) for (const a of Object.values(answers)) a.updatedAt = a.revisions[0].savedAt = '(now)';
      checks[screen.key] = differences(answers.kensho, answers.postgraphile);
      console.log(`${screen.key}: ${checks[screen.key]!.length ? `DIFFERENT\n  ${checks[screen.key]!.join('\n  ')}` : 'same data'}; SQL statements per request: Kensho ${statements[screen.key]!.kensho}, PostGraphile ${statements[screen.key]!.postgraphile}`);
    }

    // 3. a short warm-up of each screen on each side (JIT, pools, caches), not recorded
    if (WARMUP > 0) {
      for (const screen of list) for (const side of SIDES) {
        await sleep(500);
        await measure(screen, side, target(screen, side), subjects, await resetWrites(db, subjects), WARMUP);
      }
    }

    // 4. interleaved rounds: every screen, both sides one after the other, the side going first alternating
    const rss = { kensho: { idle: (await processStats(PORTS.kenshoCount)).rss, rounds: [] as number[] }, postgraphile: { idle: (await processStats(PORTS.postgraphileCount)).rss, rounds: [] as number[] } };
    const results: Record<string, Record<SideName, Measure[]>> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const screen of list) {
        results[screen.key] ??= { kensho: [], postgraphile: [] };
        const order = round % 2 ? [...SIDES].reverse() : SIDES;
        for (const side of order) {
          await sleep(1000); // let the last measurement's requests in flight finish
          const versions = await resetWrites(db, subjects);
          const m = await measure(screen, side, target(screen, side), subjects, versions, SECONDS);
          results[screen.key]![side].push(m);
          console.log(`round ${round + 1}/${ROUNDS} ${screen.key} ${side}: ${fmtRate(m.rps)} req/s, p50 ${fmtMs(m.p50)}, p99 ${fmtMs(m.p99)}, ${m.errors} errors`);
        }
      }
      for (const side of SIDES) rss[side].rounds.push((await processStats(side === 'kensho' ? PORTS.kenshoCount : PORTS.postgraphileCount)).rss);
    }
    await resetWrites(db, subjects);

    // 5. the table
    const rows = list.map((screen) => {
      const k = results[screen.key]!.kensho;
      const p = results[screen.key]!.postgraphile;
      const med = (ms: Measure[], f: keyof Measure) => median(ms.map((m) => m[f]));
      const unit = screen.write ? 'writes/s' : 'req/s';
      const ratio = screen.key === 'typename'
        ? `${(med(p, 'rps') / med(k, 'rps')).toFixed(1)}× less throughput`
        : `${(med(k, 'p50') / med(p, 'p50')).toFixed(1)}×`;
      const errors = k.reduce((a, m) => a + m.errors, 0) + p.reduce((a, m) => a + m.errors, 0);
      const size = screen.write || screen.key === 'typename' ? '' : `, ${fmtBytes(med(k, 'bytes'))}`;
      return `| ${screen.title}${size} | ${fmtRate(med(k, 'rps'))} ${unit}, ${fmtMs(med(k, 'p50'))} (p99 ${fmtMs(med(k, 'p99'))}) | ${fmtRate(med(p, 'rps'))} ${unit}, ${fmtMs(med(p, 'p50'))} (p99 ${fmtMs(med(p, 'p99'))}) | ${ratio} | ${errors} | ${statements[screen.key]!.kensho} / ${statements[screen.key]!.postgraphile} | ${checks[screen.key]!.length ? 'DIFFERENT' : 'yes'} |`;
    });
    const pgVersion = (await db.query('SHOW server_version')).rows[0].server_version;
    const md = [
      `# Kensho against PostGraphile 4, same database, same run`,
      ``,
      `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · PostgreSQL ${pgVersion} · ` +
        `${ENTRIES} entries a year · autocannon on loopback, ${CONNECTIONS} connections, ${SECONDS} s, ${ROUNDS} interleaved round(s), medians of rounds · ` +
        `\`BENCH_SECONDS=${SECONDS} BENCH_ROUNDS=${ROUNDS} npm run bench\``,
      ``,
      `| screen's query | Kensho req/s, p50 (p99) | PostGraphile req/s, p50 (p99) | latency ratio | errors | SQL statements per request (Kensho / PostGraphile) | same data |`,
      `| --- | --- | --- | --- | --- | --- | --- |`,
      ...rows,
      ``,
      `RSS: Kensho ${fmtMb(rss.kensho.idle)} idle, after each round ${rss.kensho.rounds.map(fmtMb).join(', ')}; ` +
        `PostGraphile ${fmtMb(rss.postgraphile.idle)} idle, after each round ${rss.postgraphile.rounds.map(fmtMb).join(', ')}.`,
      ...Object.entries(checks).filter(([, d]) => d.length).map(([k, d]) => `\nDifferences in ${k}:\n${d.map((x) => `- ${x}`).join('\n')}`),
      ``,
    ].join('\n');
    mkdirSync(resolve(__dirname, 'results'), { recursive: true });
    writeFileSync(resolve(__dirname, 'results/latest.md'), md);
    console.log(`\n${md}\n(written to bench/results/latest.md)`);
  } finally {
    stop();
    await db.end();
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e);
  stopping = true;
  process.exit(1);
});
