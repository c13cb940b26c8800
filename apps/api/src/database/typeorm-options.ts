import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { ENTITIES } from './entities';
import { RedactingTypeormLogger } from './redacting-typeorm-logger';

/** The limits of the app's pool (config.ts); the migrations run without them (a migration may be long). */
export type DatabaseTimeouts = Pick<AppConfig, 'DB_CONNECT_TIMEOUT_MS' | 'DB_STATEMENT_TIMEOUT_MS' | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'>;

/**
 * One set of options for the app, the tests and the migrations CLI. The schema comes from migrations
 * only (`synchronize` is off everywhere). Migrations live in the repository's top-level `migrations/`,
 * compiled beside the API (dist/migrations) or read as TypeScript by ts-node and Jest.
 */
export function typeormOptions(url: string, opts: { logging?: boolean; timeouts?: DatabaseTimeouts } = {}): DataSourceOptions {
  const migrationsDir = join(__dirname, '..', '..', '..', '..', 'migrations');
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [join(migrationsDir, '*.{ts,js}').replace(/\\/g, '/')],
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: opts.logging ? ['query', 'error'] : ['error'],
    logger: new RedactingTypeormLogger(opts.logging),
    extra: { max: 10, ...(opts.timeouts ? poolTimeouts(opts.timeouts) : {}) },
  };
}

/**
 * A database that stops answering fails the request in seconds instead of holding it: no connection
 * within the connect timeout, a statement cancelled by the server, or (a server that answers nothing at
 * all) given up by the driver 2 s later; TCP keep-alive notices a peer that went away.
 */
export function poolTimeouts(t: DatabaseTimeouts) {
  return {
    connectionTimeoutMillis: t.DB_CONNECT_TIMEOUT_MS,
    statement_timeout: t.DB_STATEMENT_TIMEOUT_MS,
    query_timeout: t.DB_STATEMENT_TIMEOUT_MS + 2_000,
    idle_in_transaction_session_timeout: t.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAlive: true,
  };
}
