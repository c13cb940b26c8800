import 'reflect-metadata';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/bootstrap';
import { loadConfig } from '../../../apps/api/src/config/config';
import { DEMO_PASSWORD } from '../../../apps/api/src/demo/demo-setup';
import { GqlClient } from './client';
import { fastHash } from './passwords';

export { DEMO_PASSWORD };

// The `testTimeout` of the api project in jest.config.js is not applied (Jest reads it only at the top
// level of a multi-project config), so the API tests set theirs here, where every file starts its app.
jest.setTimeout(30_000);

/** The database global-setup.ts prepared for this run (with the embedded one: this worker's own). */
export function testDatabaseUrl(): string {
  const urls = (process.env.KENSHO_TEST_DATABASE_URLS ?? '').split(' ').filter(Boolean);
  if (!urls.length) throw new Error('KENSHO_TEST_DATABASE_URLS is not set: run the API tests through jest (test/api/global-setup.ts).');
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return urls[(worker - 1) % urls.length]!;
}

export const isEmbedded = () => process.env.KENSHO_TEST_EMBEDDED === '1';

/** No other test file writes to this file's database meanwhile: one worker, or a database per worker. */
export function databaseIsPrivate(): boolean {
  const workers = Number(process.env.KENSHO_TEST_WORKERS ?? '1');
  const urls = (process.env.KENSHO_TEST_DATABASE_URLS ?? '').split(' ').filter(Boolean);
  return workers <= 1 || urls.length >= workers;
}

export interface TestApp {
  app: NestExpressApplication;
  server: Server;
  /** The app's own data source: direct SQL on the test database without another connection pool. */
  db: DataSource;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  anonymous(): GqlClient;
  /** Signs in (a new session each time) and returns a client holding it; fails the test if refused. */
  signIn(loginId: string, password?: string): Promise<GqlClient>;
  /**
   * The demo accounts, signed in once per app instance and shared by the file's tests (a test that signs
   * out or otherwise ends its session uses `signIn` instead).
   */
  asAdmin(): Promise<GqlClient>;
  asSecretariat(): Promise<GqlClient>;
  /** kogyo, department 工業振興課. */
  asStaff(): Promise<GqlClient>;
  /** shogyo, department 商業振興課. */
  asOtherStaff(): Promise<GqlClient>;
  /** toyama, the chair, group 第1班 of FY2019. */
  asMember(): Promise<GqlClient>;
  /** nakayama, group 第2班 of FY2019. */
  asOtherMember(): Promise<GqlClient>;
  /**
   * An account inserted straight into the database (cheap password hash), for tests about sign-in and
   * sessions that need an account of their own; createUser itself is tested in users.e2e-spec.ts.
   */
  insertUser(fields?: Partial<{ loginId: string; password: string; role: string; departmentId: string | null; memberId: string | null }>): Promise<{
    id: string;
    version: number;
    loginId: string;
    password: string;
  }>;
  close(): Promise<void>;
}

/**
 * The API in-process, configured as in production, on the run's database, listening on a free loopback
 * port (so that concurrent requests share one server). Reuse one per test file (beforeAll/afterAll).
 *
 * The sign-in rate limits are raised by default: the counters live in the database and every test file
 * signs in from 127.0.0.1, so the production limits (30 per address per 15 minutes) would trip across
 * files. The rate-limit tests start their own instance with small limits. `databaseUrl` reaches the run's
 * database another way (through a proxy).
 */
export async function startApp(env: Record<string, string> = {}, opts: { databaseUrl?: string } = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? 'silent') as never,
    SIGNIN_LIMIT_PER_ACCOUNT: '10000',
    SIGNIN_LIMIT_PER_ADDRESS: '100000',
    ...env,
  });
  const app = await createApp(config, opts.databaseUrl ?? testDatabaseUrl(), { logger: false });
  await app.init();
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const db = app.get(DataSource);

  const signIn = async (loginId: string, password = DEMO_PASSWORD) => {
    const client = new GqlClient(server);
    const res = await client.gql(SIGN_IN, { input: { loginId, password } });
    if (res.errors?.length || !client.cookie) {
      throw new Error(`sign-in as ${loginId} failed: ${JSON.stringify(res.errors ?? res.body)}`);
    }
    return client;
  };

  const sessions = new Map<string, Promise<GqlClient>>();
  const as = (loginId: string) => () => {
    if (!sessions.has(loginId)) sessions.set(loginId, signIn(loginId));
    return sessions.get(loginId)!;
  };

  return {
    app,
    server,
    db,
    sql: (text, params) => db.query(text, params),
    anonymous: () => new GqlClient(server),
    signIn,
    asAdmin: as('admin'),
    asSecretariat: as('jimukyoku'),
    asStaff: as('kogyo'),
    asOtherStaff: as('shogyo'),
    asMember: as('toyama'),
    asOtherMember: as('nakayama'),
    async insertUser(fields = {}) {
      const loginId = fields.loginId ?? unique('user');
      const password = fields.password ?? 'a-long-password-1';
      const [row] = await db.query(
        `INSERT INTO app_user ("loginId", "displayName", "passwordHash", role, "departmentId", "memberId", active, version)
         VALUES ($1, $2, $3, $4, $5, $6, true, 1) RETURNING id, version`,
        [loginId, `テスト ${loginId}`, await fastHash(password), fields.role ?? 'SECRETARIAT', fields.departmentId ?? null, fields.memberId ?? null],
      );
      return { id: row.id, version: row.version, loginId, password };
    },
    close: () => app.close(),
  };
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) { id loginId role displayName departmentId memberId }
  }
`;

/** A name no other test (or earlier run on a kept database) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
