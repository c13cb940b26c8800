import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { securityHeaders } from './common/http/security-headers';
import { graphiqlForSignedIn } from './modules/auth/graphql-access';
import { SessionsService } from './modules/auth/sessions.service';
import { useRequestPipeline } from './common/http/request-scope';
import type { AppConfig } from './config/config';
import { typeormOptions } from './database/typeorm-options';

/** Runs pending migrations, one instance at a time (an advisory lock guards concurrent start-ups). */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const db = await new DataSource(typeormOptions(databaseUrl)).initialize();
  const lock = db.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock(2019052201)');
    const ran = await db.runMigrations({ transaction: 'each' });
    await lock.query('SELECT pg_advisory_unlock(2019052201)');
    return ran.map((m) => m.name);
  } finally {
    await lock.release();
    await db.destroy();
  }
}

/** The Nest application, configured as in production; used by main.ts and by the API tests. */
export async function createApp(config: AppConfig, databaseUrl: string, opts: { logger?: boolean } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    logger: opts.logger === false ? false : undefined,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  useRequestPipeline(app);
  app.use(cookieParser());
  app.use(securityHeaders(config));
  if (config.NODE_ENV !== 'production') app.use(graphiqlForSignedIn(app.get(SessionsService)));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  return app;
}
