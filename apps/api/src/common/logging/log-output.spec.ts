import { Writable } from 'node:stream';
import pino from 'pino';
import { logStream, readableHttpMessages, resolveLogFormat } from './log-output';
import { errSerializer, REDACTED } from './redact';

const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$FKv/RBa09iDj+97r7OArjQ$VSgEPQcWg21XoVnrLNyf5FoTuRaB3DLr8pQMOFuHkbg';

/** A logger set up as the app's (redaction and the err serializer) writing readable lines into `lines`. */
function prettyLogger() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const log = pino(
    { level: 'info', redact: ['req.headers.cookie', 'req.body.variables.input.password'], serializers: { err: (e) => errSerializer(pino.stdSerializers.err(e)) } },
    logStream('pretty', sink, false)!,
  );
  return { log, text: () => chunks.join('') };
}

describe('log output', () => {
  it('is JSON unless stdout is a terminal, where it is readable lines; LOG_FORMAT decides when set', () => {
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
    // JSON: pino's own stdout, nothing in between
    expect(logStream('json')).toBeUndefined();
  });

  it('readable lines: time, level, [context] and message, the fields below; no JSON', () => {
    const { log, text } = prettyLogger();
    log.info({ context: 'Demo', port: 5432 }, 'embedded PostgreSQL started');
    const out = text();
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: \[Demo\] embedded PostgreSQL started\n/);
    expect(out).toContain('port: 5432');
    expect(out).not.toContain('"level"');
    expect(out).not.toContain('hostname');
  });

  it('readable lines keep the redaction: no cookie, password or password hash', () => {
    const { log, text } = prettyLogger();
    const err = Object.assign(new Error('duplicate key'), { parameters: ['kogyo', ARGON2], passwordHash: ARGON2 });
    log.error({ err, req: { headers: { cookie: 'kensho_session=secret-token' }, body: { variables: { input: { password: 'kensho-demo-2019' } } } } }, 'unexpected error');
    const out = text();
    expect(out).toContain('unexpected error');
    expect(out).toContain('duplicate key');
    expect(out).toContain(REDACTED);
    for (const secret of ['$argon2', 'secret-token', 'kensho-demo-2019']) expect(out).not.toContain(secret);
  });

  it("a request's line says method, path, status, time and request id", () => {
    const req = { method: 'POST', url: '/graphql', id: 'r-1' } as never;
    expect(readableHttpMessages.customSuccessMessage(req, { statusCode: 200 } as never, 12.4)).toBe('POST /graphql 200 12 ms (request r-1)');
    expect(readableHttpMessages.customErrorMessage(req, { statusCode: 500 } as never, new Error('boom'))).toBe('POST /graphql 500 boom (request r-1)');
  });
});
