#!/usr/bin/env node
/**
 * Kills the API with SIGKILL, again and again, while department staff submit and the secretariat
 * returns verification sheets, until TRANSITIONS transitions (default 1,000) were attempted; then checks
 * that every sheet's state is its last transition's, that every transition has its audit event, and
 * that every transition the API acknowledged is stored. Outside CI (it takes a few minutes):
 *
 *   npm run build && node scripts/kill-during-transitions.mjs
 *
 * It runs the built app on the embedded PostgreSQL in a temporary folder, so a kill also leaves that
 * server behind and every restart exercises the launcher's recovery of a server a killed process left.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(join(root, 'apps/api/dist/apps/api/src/database/embedded-postgres.js'));
const pg = require('pg');

const TARGET = Number(process.env.TRANSITIONS ?? 1000);
const PORT = Number(process.env.PORT ?? 3290);
const PG_PORT = Number(process.env.PG_PORT ?? 55290);
const base = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'kensho-kill-'));
const started = Date.now();

let api = null;
function startApi() {
  api = spawn(process.execPath, [join(root, 'apps/api/dist/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(PG_PORT),
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      SEED_DEMO: 'true',
      SIGNIN_LIMIT_PER_ACCOUNT: '100000',
      SIGNIN_LIMIT_PER_ADDRESS: '100000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
async function waitHealthy() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not come up');
}

async function gql(cookie, query, variables = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  const set = res.headers.get('set-cookie');
  return { body, cookie: set ? set.split(';')[0] : null };
}
async function signIn(loginId) {
  const { body, cookie } = await gql(null, `mutation($i: SignInInput!) { signIn(input: $i) { id } }`, { i: { loginId, password: 'kensho-demo-2019' } });
  if (!cookie) throw new Error(`sign-in ${loginId}: ${JSON.stringify(body)}`);
  return cookie;
}

const SHEETS = `query($c: ID!) { sheets(filter: { cycleId: $c }) { id state version project { department { name } } } }`;
const SUBMIT = `mutation($i: SheetTransitionInput!) { submitSheet(input: $i) { id state version } }`;
const RETURN = `mutation($i: SheetTransitionInput!) { returnSheet(input: $i) { id state version } }`;

startApi();
await waitHealthy();
let staff = await signIn('kogyo');
let secretariat = await signIn('jimukyoku');
const cycles = (await gql(secretariat, `{ cycles { id fiscalYear } }`)).body.data.cycles;
const cycleId = cycles.find((c) => c.fiscalYear === 2020).id;
const sheets = (await gql(secretariat, SHEETS, { c: cycleId })).body.data.sheets.filter((s) => s.project.department?.name === '工業振興課');
console.log(`${sheets.length} sheets of 工業振興課 in FY2020; target ${TARGET} transitions`);
for (const sheet of sheets) {
  // A sheet needs an item before it can be submitted.
  const { body } = await gql(staff, `mutation($i: SaveSheetInput!) { saveSheet(input: $i) { version } }`, {
    i: { id: sheet.id, version: sheet.version, content: { items: [{ heading: '実施状況', text: '試験', bullets: [] }], indicators: [] } },
  });
  if (!body.data) throw new Error(`saveSheet: ${JSON.stringify(body.errors)}`);
}

let attempted = 0;
let kills = 0;
const acknowledged = []; // [sheetId, version]
let killing = false;

async function cycleSheet(sheet) {
  while (attempted < TARGET) {
    try {
      const read = (await gql(secretariat, `query($id: ID!) { sheet(id: $id) { state version } }`, { id: sheet.id })).body.data?.sheet;
      if (!read) throw new Error('no answer');
      const submit = read.state === 'DRAFT' || read.state === 'RETURNED';
      attempted++;
      const { body } = await gql(submit ? staff : secretariat, submit ? SUBMIT : RETURN, {
        i: { id: sheet.id, version: read.version, comment: submit ? null : `差戻し ${attempted}` },
      });
      const done = body.data?.submitSheet ?? body.data?.returnSheet;
      if (done) acknowledged.push([sheet.id, done.version]);
      else if (body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') throw new Error('session');
    } catch {
      // the API is down (killed) or restarting: wait for it
      while (killing) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const killer = (async () => {
  while (attempted < TARGET) {
    await new Promise((r) => setTimeout(r, 800 + Math.random() * 1500));
    if (attempted >= TARGET) break;
    killing = true;
    api.kill('SIGKILL');
    kills++;
    await new Promise((r) => api.once('exit', r));
    startApi();
    await waitHealthy();
    killing = false;
  }
})();
await Promise.all([...sheets.map(cycleSheet), killer]);
api.kill('SIGTERM');
await new Promise((r) => api.once('exit', r));

// Checks, straight on the database.
const db = await startEmbeddedPostgres(dataDir, { port: PG_PORT });
const client = new pg.Client(db.url);
await client.connect();
const ids = sheets.map((s) => s.id);
const problems = [];
const states = (await client.query(`SELECT id, state, version FROM sheet WHERE id = ANY($1)`, [ids])).rows;
for (const s of states) {
  const last = (
    await client.query(`SELECT "toState" FROM workflow_transition WHERE "subjectType" = 'sheet' AND "subjectId" = $1 ORDER BY at DESC, id DESC LIMIT 1`, [s.id])
  ).rows[0];
  if (last && last.toState !== s.state) problems.push(`sheet ${s.id}: state ${s.state}, last transition to ${last.toState}`);
}
const [{ transitions }] = (await client.query(`SELECT count(*)::int AS transitions FROM workflow_transition WHERE "subjectType" = 'sheet' AND "subjectId" = ANY($1)`, [ids])).rows;
const [{ audits }] = (
  await client.query(`SELECT count(*)::int AS audits FROM audit_event WHERE "entityType" = 'sheet' AND action IN ('SUBMIT', 'RETURN') AND "entityId" = ANY($1)`, [ids])
).rows;
if (transitions !== audits) problems.push(`${transitions} transitions but ${audits} audit events`);
const stored = new Set(
  (await client.query(`SELECT "entityId" || '/' || (after->>'version') AS k FROM audit_event WHERE "entityType" = 'sheet' AND "entityId" = ANY($1)`, [ids])).rows.map((r) => r.k),
);
const lost = acknowledged.filter(([id, v]) => !stored.has(`${id}/${v}`));
if (lost.length) problems.push(`${lost.length} acknowledged transitions are not stored`);
if (acknowledged.length < attempted / 2) problems.push(`only ${acknowledged.length} of ${attempted} transitions were acknowledged: the load did not run`);
await client.end();
await db.stop();
rmSync(dataDir, { recursive: true, force: true });

console.log(
  JSON.stringify({ attempted, acknowledged: acknowledged.length, stored: transitions, auditEvents: audits, kills, seconds: Math.round((Date.now() - started) / 1000), problems }),
);
process.exit(problems.length ? 1 : 0);
