import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rateLimited } from '../errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** The longest an account stays locked, however often it was guessed at. */
const MAX_LOCK_MS = 24 * 3600_000;

/** An attempt counted by `begin`, settled by `succeeded` or `failed`. */
export interface Attempt {
  readonly accountKey: string;
  readonly address: string | null;
  readonly loginId: string;
}

const accountKey = (loginId: string) => `signin:account:${loginId.trim().toLowerCase()}`;
const addressKey = (address: string) => `signin:address:${address}`;
const pairKey = (address: string, loginId: string) => `signin:pair:${address}|${loginId}`;

/**
 * The limits on guessing passwords, kept in `rate_limit` so that every API instance sees them.
 *
 * - Per account (also for login ids that do not exist, so that a lock says nothing about which do): each
 *   failed attempt counts; at SIGNIN_LIMIT_PER_ACCOUNT failures the account is locked for
 *   SIGNIN_WINDOW_SECONDS, and every further failure after a lock doubles it (up to a day). While locked,
 *   every attempt is refused before the password is checked, the right one too. The count is forgotten
 *   a window after the last failure or lock, reset by a successful sign-in, and lifted by an
 *   administrator (`unlockUser`, or `resetPassword`).
 * - Per address: the number of distinct accounts that failed from it within the window. An address that
 *   reaches SIGNIN_LIMIT_PER_ADDRESS (password spraying: a few passwords against many accounts) is not
 *   blocked — the colleagues behind an office's one address still sign in with their right passwords —
 *   but it loses the per-account grace: its next failure on any account locks that account at once. A
 *   sprayer thus gets at most one guess per account per (growing) lock, and nobody who types the right
 *   password is refused because of someone else's mistakes.
 *
 * An attempt is counted (and, at the limit, the lock set) before its password is checked, so that
 * concurrent attempts cannot slip past the limit while argon2 runs; a success takes it back.
 */
@Injectable()
export class SignInLimitsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get windowMs() {
    return this.config.SIGNIN_WINDOW_SECONDS * 1000;
  }

  /** Counts an attempt on the account; RATE_LIMITED (with when to retry) while the account is locked. */
  async begin(loginId: string, address: string | null): Promise<Attempt> {
    const key = accountKey(loginId);
    const { now, lockedUntil } = await this.db.transaction(async (m) => {
      await m.query(`INSERT INTO rate_limit (key, hits, "expiresAt") VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING`, [key]);
      const [row]: Array<{ hits: number; expiresAt: Date; blockedUntil: Date | null; now: Date; addressFailures: number | null }> = await m.query(
        `SELECT a.hits, a."expiresAt", a."blockedUntil", now() AS now,
                (SELECT hits FROM rate_limit WHERE key = $2 AND "expiresAt" > now()) AS "addressFailures"
           FROM rate_limit a WHERE a.key = $1 FOR UPDATE`,
        [key, address ? addressKey(address) : null],
      );
      const now = row!.now.getTime();
      if (row!.blockedUntil && row!.blockedUntil.getTime() > now) return { now, lockedUntil: row!.blockedUntil };
      const perAccount = this.config.SIGNIN_LIMIT_PER_ACCOUNT;
      let hits = (row!.expiresAt.getTime() > now ? row!.hits : 0) + 1;
      if ((row!.addressFailures ?? 0) >= this.config.SIGNIN_LIMIT_PER_ADDRESS) hits = Math.max(hits, perAccount);
      const lock = hits >= perAccount ? new Date(now + Math.min(this.windowMs * 2 ** Math.min(hits - perAccount, 20), MAX_LOCK_MS)) : null;
      const expiresAt = new Date((lock?.getTime() ?? now) + this.windowMs);
      await m.query(`UPDATE rate_limit SET hits = $2, "expiresAt" = $3, "blockedUntil" = $4 WHERE key = $1`, [key, hits, expiresAt, lock]);
      return { now, lockedUntil: null };
    });
    if (lockedUntil) throw rateLimited(lockedUntil, new Date(now));
    return { accountKey: key, address, loginId: loginId.trim().toLowerCase() };
  }

  /** The right password: the account's count (and a lock this attempt set) is gone. */
  async succeeded(attempt: Attempt): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit WHERE key = $1`, [attempt.accountKey]);
  }

  /** A wrong password: the account keeps its count; the address counts the account if it is a new one. */
  async failed(attempt: Attempt): Promise<void> {
    if (!attempt.address) return;
    await this.db.query(
      `WITH pair AS (
         INSERT INTO rate_limit (key, hits, "expiresAt") VALUES ($1, 1, now() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET hits = 1, "expiresAt" = excluded."expiresAt" WHERE rate_limit."expiresAt" <= now()
         RETURNING key)
       INSERT INTO rate_limit (key, hits, "expiresAt") SELECT $2, 1, now() + $3 * interval '1 millisecond' FROM pair
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit."expiresAt" <= now() THEN 1 ELSE rate_limit.hits + 1 END,
         "expiresAt" = CASE WHEN rate_limit."expiresAt" <= now() THEN excluded."expiresAt" ELSE rate_limit."expiresAt" END`,
      [pairKey(attempt.address, attempt.loginId), addressKey(attempt.address), this.windowMs],
    );
  }

  /** Lifts the account's lock and forgets its failures (an administrator's unlock or password reset). */
  async unlock(loginId: string, manager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM rate_limit WHERE key = $1`, [accountKey(loginId)]);
  }

  /** How many existing accounts are locked now (the administrator's home). */
  async lockedAccountCount(): Promise<number> {
    const [row]: Array<{ count: number }> = await this.db.query(
      `SELECT count(*)::int AS count FROM app_user u JOIN rate_limit r ON r.key = $1 || lower(btrim(u."loginId")) WHERE r."blockedUntil" > now()`,
      [accountKey('')],
    );
    return row!.count;
  }

  /** Until when each of these accounts is locked (absent: not locked). */
  async lockedUntil(loginIds: readonly string[]): Promise<Map<string, Date>> {
    const rows: Array<{ key: string; blockedUntil: Date }> = await this.db.query(
      `SELECT key, "blockedUntil" FROM rate_limit WHERE key = ANY($1) AND "blockedUntil" > now()`,
      [loginIds.map(accountKey)],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.blockedUntil]));
    return new Map(loginIds.flatMap((id) => (byKey.has(accountKey(id)) ? [[id, byKey.get(accountKey(id))!] as const] : [])));
  }
}
