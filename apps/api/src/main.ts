import 'reflect-metadata';
import pino from 'pino';
import { createApp, runMigrations } from './bootstrap';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { DemoSeeder } from './demo/demo.seeder';

async function main() {
  let config: AppConfig;
  try {
    // `--demo` (as `npm start` passes) asks for the demo data; SEED_DEMO in the environment still wins.
    config = loadConfig({ ...(process.argv.includes('--demo') ? { SEED_DEMO: 'true' } : {}), ...process.env });
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const log = pino({ level: config.LOG_LEVEL });
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR, { log, port: config.EMBEDDED_PG_PORT });
    url = embedded.url;
  }
  const ran = await runMigrations(url);
  if (ran.length) log.info({ migrations: ran }, 'migrations applied');

  const app = await createApp(config, url);
  if (config.SEED_DEMO) await app.get(DemoSeeder).seedIfEmpty();
  await app.listen(config.PORT, config.HOST);
  log.info({ url: `http://localhost:${config.PORT}`, database: embedded ? `embedded (${config.DATA_DIR})` : 'DATABASE_URL' }, 'Kensho is running');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await app.close();
    } finally {
      await embedded?.stop();
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
