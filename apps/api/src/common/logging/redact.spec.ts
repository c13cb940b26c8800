import { Writable } from 'node:stream';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { errSerializer, REDACTED, redactForLog } from './redact';

const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$FKv/RBa09iDj+97r7OArjQ$VSgEPQcWg21XoVnrLNyf5FoTuRaB3DLr8pQMOFuHkbg';
const TOKEN_HASH = 'a'.repeat(16) + '0123456789abcdef'.repeat(3);

/** The failed INSERT of createUser as TypeORM raises it (a unique violation from pg). */
function failedCreateUser() {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "UQ_user_member"'), {
    code: '23505',
    constraint: 'UQ_user_member',
    detail: 'Key ("memberId")=(e53837d8-e7d3-47c4-86ef-705c889d964c) already exists.',
  });
  const query = `INSERT INTO "app_user"("id", "loginId", "displayName", "passwordHash", "role") VALUES (DEFAULT, $1, $2, $3, $4) RETURNING "id"` + ' '.repeat(600) + '-- end';
  return new QueryFailedError(query, ['race2-mx5aci6u6xo6c', '競合 2', ARGON2, 'COMMITTEE_MEMBER'], driverError);
}

describe('redaction of logged values', () => {
  it('hides password hashes, session token hashes and tokens, by value and by key', () => {
    expect(redactForLog([ARGON2, TOKEN_HASH, 'Xk2_' + 'a1B2c3D4'.repeat(5), 'kogyo', 42, null])).toEqual([REDACTED, REDACTED, REDACTED, 'kogyo', 42, null]);
    expect(redactForLog({ password: 'kensho-demo-2019', currentPassword: 'x', passwordHash: 'anything', tokenHash: 'x', sessionKey: 'y', loginId: 'kogyo' })).toEqual({
      password: REDACTED,
      currentPassword: REDACTED,
      passwordHash: REDACTED,
      tokenHash: REDACTED,
      sessionKey: REDACTED,
      loginId: 'kogyo',
    });
    // a hash inside a larger text (a JSON parameter, a message)
    expect(redactForLog(`{"after":{"passwordHash":"${ARGON2}"}}`)).toBe(`{"after":{"passwordHash":"${REDACTED}"}}`);
  });

  it('shortens large values: long texts, byte buffers, long lists, deep nesting', () => {
    const text = redactForLog('あ'.repeat(20_000)) as string;
    expect(text.length).toBeLessThan(600);
    expect(text).toMatch(/…\[20000 chars\]$/);
    expect(redactForLog(Buffer.alloc(20 * 1024 * 1024))).toBe(`[${20 * 1024 * 1024} bytes]`);
    const list = redactForLog(Array.from({ length: 1000 }, (_, i) => i)) as unknown[];
    expect(list).toHaveLength(21);
    expect(list[20]).toBe('…[980 more]');
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 50; i++) deep = { deep };
    expect(JSON.stringify(redactForLog(deep)).length).toBeLessThan(200);
  });

  it('a failed createUser, logged through pino with the serializer, shows the SQL and the login id but no hash', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ serializers: { err: (e) => errSerializer(pino.stdSerializers.err(e)) } }, stream);
    log.error({ err: failedCreateUser(), requestId: 'r-1' }, 'unexpected error');
    const text = lines.join('');
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain('VSgEPQcWg21XoVnrLNyf5FoTuRaB3DLr8pQMOFuHkbg');
    const entry = JSON.parse(text);
    expect(entry.err.parameters).toEqual(['race2-mx5aci6u6xo6c', '競合 2', REDACTED, 'COMMITTEE_MEMBER']);
    expect(entry.err.query).toMatch(/^INSERT INTO "app_user"/);
    expect(entry.err.query).toMatch(/…\[\d+ chars\]$/);
    expect(entry.err.driverError).toMatchObject({ code: '23505', constraint: 'UQ_user_member' });
    expect(entry.err.stack).toContain('QueryFailedError');
    expect(entry.requestId).toBe('r-1');
  });

  it('the serializer also takes a raw error', () => {
    const out = errSerializer(failedCreateUser()) as Record<string, unknown>;
    expect(out.message).toMatch(/duplicate key/);
    expect(JSON.stringify(out)).not.toContain('$argon2');
  });
});
