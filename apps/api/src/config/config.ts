import { BlockList, isIP } from 'node:net';
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
  /** postgres://… of a real server. Unset: an embedded PostgreSQL in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** The embedded PostgreSQL's port on 127.0.0.1; unset: a free one at each start. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /**
   * Load the FY2019 Kawasaki demo (with its accounts and their published password) when the database is
   * empty. Off unless asked for: `npm start` asks with `--demo` (see main.ts).
   */
  SEED_DEMO: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: readable lines when stdout is a terminal, JSON otherwise; or always `json` / `pretty`. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Send the session cookie only over HTTPS (turn on behind a TLS proxy). */
  COOKIE_SECURE: bool.default(false),
  /**
   * Which proxies' X-Forwarded-For to believe (the client address counts for the sign-in limits):
   * unset/false = none; a number = that many hops in front of the app (the address the nearest proxies
   * saw counts, so a forged left-hand part changes nothing); or a comma-separated list of proxy addresses
   * or CIDRs (or Express's names loopback, linklocal, uniquelocal). Never "trust everything".
   */
  TRUST_PROXY: z
    .string()
    .transform((v, ctx) => parseTrustProxy(v, ctx))
    .default(false),
  /** Sign-in attempts allowed per account and per address within the window. */
  SIGNIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGNIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** How often expired sessions and rate-limit counters are deleted. */
  CLEANUP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
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

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY as Express's 'trust proxy' setting: false, a hop count, or a list of addresses/CIDRs. */
function parseTrustProxy(value: string, ctx: z.RefinementCtx): false | number | string[] {
  const v = value.trim().toLowerCase();
  if (['false', '0', 'no'].includes(v)) return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops <= 10) return hops;
  } else if (v !== 'true' && v !== 'yes') {
    const entries = v.split(',').map((e) => e.trim()).filter(Boolean);
    const bad = entries.filter((e) => !PROXY_NAMES.includes(e) && !isAddressOrCidr(e));
    if (entries.length && !bad.length) return entries;
    ctx.addIssue({ code: 'custom', message: `not an address or CIDR: ${bad.join(', ') || '(empty)'}` });
    return z.NEVER;
  }
  ctx.addIssue({ code: 'custom', message: 'must be false, a number of proxy hops (0–10) or a list of proxy addresses/CIDRs (trusting every X-Forwarded-For lets any client pick its address)' });
  return z.NEVER;
}

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  try {
    new BlockList().addSubnet(address, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
    return true;
  } catch {
    return false;
  }
}

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
