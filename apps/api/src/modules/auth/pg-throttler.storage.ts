import type { ThrottlerStorage } from '@nestjs/throttler';
import type { DataSource } from 'typeorm';

/**
 * The throttler's hit counters in PostgreSQL, so that a limit holds across every API instance.
 * One upsert per check; a counter restarts when its window has passed.
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly db: () => DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const k = storageKey(throttlerName, key);
    const [row]: Array<{ hits: number; expiresAt: Date; blockedUntil: Date | null }> = await this.db().query(
      `INSERT INTO rate_limit (key, hits, "expiresAt") VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit."expiresAt" <= now() AND coalesce(rate_limit."blockedUntil" <= now(), true)
                     THEN 1 ELSE rate_limit.hits + 1 END,
         "expiresAt" = CASE WHEN rate_limit."expiresAt" <= now() THEN now() + $2 * interval '1 millisecond'
                     ELSE rate_limit."expiresAt" END,
         "blockedUntil" = CASE WHEN rate_limit."blockedUntil" <= now() THEN NULL ELSE rate_limit."blockedUntil" END
       RETURNING hits, "expiresAt", "blockedUntil"`,
      [k, ttl],
    );
    let blockedUntil = row!.blockedUntil;
    if (!blockedUntil && row!.hits > limit) {
      blockedUntil = new Date(Date.now() + blockDuration);
      await this.db().query(`UPDATE rate_limit SET "blockedUntil" = $2 WHERE key = $1`, [k, blockedUntil]);
    }
    const now = Date.now();
    return {
      totalHits: row!.hits,
      timeToExpire: Math.max(0, Math.ceil((new Date(row!.expiresAt).getTime() - now) / 1000)),
      isBlocked: !!blockedUntil && blockedUntil.getTime() > now,
      timeToBlockExpire: blockedUntil ? Math.max(0, Math.ceil((blockedUntil.getTime() - now) / 1000)) : 0,
    };
  }
}

/** The row of a throttler's counter. */
export const storageKey = (throttlerName: string, key: string) => `${throttlerName}:${key}`.slice(0, 300);

/** Takes back one hit from each counter (an attempt that succeeded); a block already in force stays. */
export async function forgiveHits(db: DataSource, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.query(`UPDATE rate_limit SET hits = greatest(hits - 1, 0) WHERE key = ANY($1) AND "blockedUntil" IS NULL`, [keys]);
}
