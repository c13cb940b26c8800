import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { RedactingTypeormLogger } from './redacting-typeorm-logger';

/**
 * One set of options for the app, the tests and the migrations CLI. The schema comes from migrations
 * only (`synchronize` is off everywhere). Migrations live in the repository's top-level `migrations/`,
 * compiled beside the API (dist/migrations) or read as TypeScript by ts-node and Jest.
 */
export function typeormOptions(url: string, opts: { logging?: boolean } = {}): DataSourceOptions {
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
    extra: { max: 10 },
  };
}
