import { Logger } from '@nestjs/common';
import type { Logger as TypeormLogger } from 'typeorm';
import { redactForLog } from '../common/logging/redact';

/**
 * TypeORM's log lines through the app's logger, with the SQL parameters redacted and shortened
 * (TypeORM's own console logger prints a failed INSERT with every parameter: a new user's password
 * hash, an attachment's bytes). Queries are logged only when asked for (`logging: true`).
 */
export class RedactingTypeormLogger implements TypeormLogger {
  private readonly logger = new Logger('Database');

  constructor(private readonly logQueries = false) {}

  logQuery(query: string, parameters?: unknown) {
    if (this.logQueries) this.logger.debug({ query: redactForLog(query), parameters: redactForLog(parameters) }, 'query');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown) {
    this.logger.warn({ err: redactForLog(error), query: redactForLog(query), parameters: redactForLog(parameters) }, 'query failed');
  }

  logQuerySlow(time: number, query: string, parameters?: unknown) {
    this.logger.warn({ ms: time, query: redactForLog(query), parameters: redactForLog(parameters) }, 'slow query');
  }

  logSchemaBuild(message: string) {
    if (this.logQueries) this.logger.debug(message);
  }

  logMigration(message: string) {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.logger.warn(redactForLog(message));
    else if (this.logQueries) this.logger.log(redactForLog(message));
  }
}
