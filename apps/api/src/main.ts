import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createApp, runMigrations } from './bootstrap';
import { logStream, resolveLogFormat } from './common/logging/log-output';
import { errSerializer } from './common/logging/redact';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { demoAccountsIn } from './demo/demo-accounts';
import { DemoSeeder } from './demo/demo.seeder';
import { startupBanner } from './startup-banner';

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
  // readable lines in a terminal, JSON elsewhere (LOG_FORMAT); the Nest app's logger is set up the same way
  const format = resolveLogFormat(config.LOG_FORMAT);
  const options = { level: config.LOG_LEVEL, serializers: { err: errSerializer } };
  const stream = logStream(format);
  const log = stream ? pino(options, stream) : pino(options);
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
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const appUrl = `http://${host}:${port}`;
  const database = embedded ? `embedded PostgreSQL (${config.DATA_DIR})` : 'DATABASE_URL';
  const demo = config.SEED_DEMO ? await demoAccountsIn(app.get(DataSource)) : null;
  if (format === 'pretty') process.stdout.write(startupBanner({ signInUrl: `${appUrl}/sign-in`, database, demo }, !!process.stdout.isTTY));
  else log.info({ url: appUrl, signIn: `${appUrl}/sign-in`, database, demoAccounts: demo?.accounts.map((a) => a.loginId) }, 'Kensho is running');

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
