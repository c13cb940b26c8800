import { Logger } from '@nestjs/common';
import { RedactingTypeormLogger } from './redacting-typeorm-logger';

const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$FKv/RBa09iDj+97r7OArjQ$VSgEPQcWg21XoVnrLNyf5FoTuRaB3DLr8pQMOFuHkbg';

describe('RedactingTypeormLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs a failed statement with its parameters redacted and shortened', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "UQ_user_member"'), { code: '23505' });
    new RedactingTypeormLogger().logQueryError(pgError, 'INSERT INTO "app_user" ("loginId", "passwordHash") VALUES ($1, $2)', ['race2', ARGON2, Buffer.alloc(5_000_000), 'x'.repeat(10_000)]);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls[0]);
    expect(logged).not.toContain('$argon2');
    expect(logged).toContain('race2');
    expect(logged).toContain('[5000000 bytes]');
    expect(logged).toContain('…[10000 chars]');
    expect(logged).toContain('UQ_user_member');
  });

  it('logs queries only when asked to', () => {
    const debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    new RedactingTypeormLogger(false).logQuery('SELECT 1', []);
    expect(debug).not.toHaveBeenCalled();
    new RedactingTypeormLogger(true).logQuery('SELECT $1', [ARGON2]);
    expect(JSON.stringify(debug.mock.calls)).not.toContain('$argon2');
  });
});
