import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { HealthController } from './health.controller';

/** /health against a database that answers, fails, or never answers (a frozen server). */
function check(query: () => Promise<unknown>, timeoutMs = 200) {
  const res = { statusCode: 200, status(code: number) { this.statusCode = code; return this; } };
  const controller = new HealthController({ query } as unknown as DataSource, { HEALTH_TIMEOUT_MS: timeoutMs });
  return controller.check(res as unknown as Response).then((body) => ({ body, status: res.statusCode }));
}

describe('HealthController', () => {
  it('answers 200 when SELECT 1 answers', async () => {
    expect(await check(() => Promise.resolve([{ '?column?': 1 }]))).toEqual({ status: 200, body: { status: 'ok', database: 'ok' } });
  });

  it('answers 503 when the query fails (connection refused, pool closed)', async () => {
    expect(await check(() => Promise.reject(new Error('connect ECONNREFUSED')))).toEqual({ status: 503, body: { status: 'error', database: 'unreachable' } });
  });

  it('answers 503 within its timeout when the database does not answer at all', async () => {
    const started = Date.now();
    expect(await check(() => new Promise(() => {}), 200)).toEqual({ status: 503, body: { status: 'error', database: 'unreachable' } });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
