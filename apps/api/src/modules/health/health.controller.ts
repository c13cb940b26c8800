import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * GET /health: 200 when the database answers `SELECT 1` within HEALTH_TIMEOUT_MS, 503 when it fails or
 * does not answer in time (a stopped or frozen server, a closed pool).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'HEALTH_TIMEOUT_MS'>,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) res: Response) {
    if (await this.databaseAnswers()) return { status: 'ok', database: 'ok' };
    res.status(503);
    return { status: 'error', database: 'unreachable' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.config.HEALTH_TIMEOUT_MS);
    });
    const query = this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
