import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration, read from the environment once and validated: a bad value stops the app with a message
 * naming the variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** postgres://… of a real server. Unset: an embedded PostgreSQL (PGlite) in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** Load the FY2019 Kawasaki demo when the database is empty. */
  SEED_DEMO: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Send the session cookie only over HTTPS (turn on behind a TLS proxy). */
  COOKIE_SECURE: bool.default(false),
  /** Trust X-Forwarded-For from a load balancer (for rate limits per address). */
  TRUST_PROXY: bool.default(false),
  /** Sign-in attempts allowed per account and per address within the window. */
  SIGNIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGNIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** How long to wait for a database connection before the request fails (the pool's connectionTimeoutMillis). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /**
   * The longest one SQL statement may run: the server cancels it (statement_timeout), and the app gives up
   * waiting 2 s later if the server does not answer at all (query_timeout).
   */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** A transaction left idle this long is ended by the server (idle_in_transaction_session_timeout). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** GET /health answers 503 when `SELECT 1` takes longer than this. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).default(2_000),
  /** Folder of the built web client (relative to where the app starts); served at / when it exists. */
  WEB_DIST: z.string().default(resolve(process.cwd(), 'apps/web/dist')),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
