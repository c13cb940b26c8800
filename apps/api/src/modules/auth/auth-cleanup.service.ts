import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * Deletes expired sessions and rate-limit counters every CLEANUP_INTERVAL_SECONDS (two deletes;
 * every instance may run it, the deletes are idempotent).
 */
@Injectable()
export class AuthCleanupService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AuthCleanup');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.run().catch((err: unknown) => this.logger.warn({ err }, 'cleanup of sessions and rate limits failed'));
    }, this.config.CLEANUP_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async run(): Promise<{ sessions: number; counters: number }> {
    const [, sessions] = await this.db.query(`DELETE FROM session WHERE "expiresAt" <= now()`);
    const [, counters] = await this.db.query(`DELETE FROM rate_limit WHERE "expiresAt" <= now() AND ("blockedUntil" IS NULL OR "blockedUntil" <= now())`);
    return { sessions: Number(sessions) || 0, counters: Number(counters) || 0 };
  }
}
