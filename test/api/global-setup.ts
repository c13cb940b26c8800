/**
 * Once per run of the `api` project: a fresh database, the migrations and the FY2019 demo seed.
 *
 * - DATABASE_URL set (a real PostgreSQL): a new database named kensho_test_<time>_<pid> on that server,
 *   dropped again by global-teardown.ts.
 * - Otherwise: the embedded PostgreSQL (the app's own zero-setup server) in a temporary folder, shared by
 *   every worker, stopped and removed by the teardown.
 *
 * The test workers find the database in KENSHO_TEST_DATABASE_URLS (workers inherit the environment set
 * here; see testDatabaseUrl() in support/app.ts).
 */
import 'reflect-metadata';
import Module from 'node:module';
import { join } from 'node:path';
import { pgClient } from './support/pg';
import type { EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** The embedded server, or the real server's admin URL and the name of the database to drop. */
  embedded: EmbeddedPostgres | null;
  adminUrl: string | null;
  name: string | null;
}

declare global {
   
  var __KENSHO_TEST_DBS__: TestDatabase[] | undefined;
}

export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const unmap = resolveDomainFromSource();
  try {
    // One database serves every worker: both kinds of server are real PostgreSQL.
    const dbs: TestDatabase[] = [];
    globalThis.__KENSHO_TEST_DBS__ = dbs;
    dbs.push(await createDatabase());
    process.env.KENSHO_TEST_DATABASE_URLS = dbs.map((d) => d.url).join(' ');
    process.env.KENSHO_TEST_DATABASE_URL = dbs[0]!.url;
    process.env.KENSHO_TEST_EMBEDDED = process.env.DATABASE_URL ? '0' : '1';
    // Whether another test file may write to the same database meanwhile (the fuzz compares it whole).
    process.env.KENSHO_TEST_WORKERS = String(globalConfig.maxWorkers);

    // In-band runs execute the test files in this very process, and Jest copies this process's globals
    // into each test file's context. Nest, GraphQL and TypeORM keep their metadata registries on `global`:
    // registries filled here (with this realm's classes) would leak into the tests' and break their
    // schema. So: note the globals, and remove what the app adds.
    const globalsBefore = new Set(Reflect.ownKeys(globalThis));
    const { createApp, runMigrations } = require('../../apps/api/src/bootstrap') as typeof import('../../apps/api/src/bootstrap');
    const { loadConfig } = require('../../apps/api/src/config/config') as typeof import('../../apps/api/src/config/config');
    const { DemoSeeder } = require('../../apps/api/src/demo/demo.seeder') as typeof import('../../apps/api/src/demo/demo.seeder');
    try {
      for (const db of dbs) {
        await runMigrations(db.url);
        const app = await createApp(loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'silent' }), db.url, { logger: false });
        try {
          await app.get(DemoSeeder).seedIfEmpty();
          await cheapenDemoPasswordHashes(db.url);
        } finally {
          await app.close();
        }
      }
    } finally {
      for (const key of Reflect.ownKeys(globalThis)) {
        // Non-configurable ones (signal-exit's emitter) are process-wide on purpose and stay.
        if (!globalsBefore.has(key) && Object.getOwnPropertyDescriptor(globalThis, key)?.configurable) delete (globalThis as Record<PropertyKey, unknown>)[key];
      }
    }
  } finally {
    unmap();
  }
}

/**
 * The seed hashes the demo password with argon2id's production cost (64 MiB, 3 passes: ~0.4 s per
 * sign-in on this machine), and the tests sign in a hundred times. The demo accounts get the same
 * password hashed with a small cost instead; sign-in still runs argon2.verify on it, which reads the cost
 * from the hash. Accounts the tests create through the API keep the production cost.
 */
async function cheapenDemoPasswordHashes(url: string): Promise<void> {
  const { fastHash } = require('./support/passwords') as typeof import('./support/passwords');
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = require('../../apps/api/src/demo/demo-setup') as typeof import('../../apps/api/src/demo/demo-setup');
  const client = pgClient(url);
  await client.connect();
  try {
    await client.query(`UPDATE app_user SET "passwordHash" = $1 WHERE "loginId" = ANY($2)`, [
      await fastHash(DEMO_PASSWORD),
      DEMO_ACCOUNTS.map((a) => a.loginId),
    ]);
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { startTemporaryPostgres } = require('../../apps/api/src/database/embedded-postgres') as typeof import('../../apps/api/src/database/embedded-postgres');
    const embedded = await startTemporaryPostgres();
    return { url: embedded.url, embedded, adminUrl: null, name: null };
  }
  const name = `kensho_test_${Date.now()}_${process.pid}`;
  const admin = pgClient(adminUrl);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), embedded: null, adminUrl, name };
}

/**
 * Jest's moduleNameMapper does not apply to global setup, which Node's own require loads: point
 * `@kensho/domain` at the lib's source (as the test workers do) rather than at a possibly stale dist/.
 */
function resolveDomainFromSource(): () => void {
  const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = M._resolveFilename;
  const source = join(__dirname, '..', '..', 'libs', 'domain', 'src', 'index.ts');
  M._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === '@kensho/domain' ? source : original.call(this, request, ...rest);
  };
  return () => {
    M._resolveFilename = original;
  };
}
