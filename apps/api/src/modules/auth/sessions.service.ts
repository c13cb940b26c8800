import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SessionEntity } from '../../data/session.entity';

export const SESSION_COOKIE = 'kensho_session';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sessions live in the database, so any instance behind a load balancer can read them. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string, ip: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.getRepository(SessionEntity).insert({ tokenHash: hash(token), userId, expiresAt, ip });
    return { token, expiresAt };
  }

  async destroy(token: string | undefined): Promise<void> {
    if (token) await this.db.getRepository(SessionEntity).delete({ tokenHash: hash(token) });
  }

  async destroyAllOf(userId: string, manager = this.db.manager): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId });
  }

  /** One statement: the session and its active user, or null. */
  async actorFromRequest(req: { cookies?: Record<string, string>; id?: unknown }): Promise<Actor | null> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token || token.length > 100) return null;
    const rows: Array<Omit<Actor, 'requestId'>> = await this.db.query(
      `SELECT u.id, u.role, u."displayName", u."departmentId", u."memberId", s."tokenHash" AS "sessionKey"
         FROM session s JOIN app_user u ON u.id = s."userId"
        WHERE s."tokenHash" = $1 AND s."expiresAt" > now() AND u.active`,
      [hash(token)],
    );
    return rows[0] ? { ...rows[0], requestId: req.id === undefined ? undefined : String(req.id) } : null;
  }
}
