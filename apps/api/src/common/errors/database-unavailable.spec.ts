import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

/** An error as node-postgres makes them: a message, and the SQLSTATE or socket code in `code`. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused (server down)', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', pgError('read ECONNRESET', 'ECONNRESET')],
    ['connect timeout of the pool', pgError('timeout exceeded when trying to connect')],
    ['connection terminated (server killed mid-query)', pgError('Connection terminated unexpectedly')],
    ['connection terminated by connectionTimeoutMillis', pgError('Connection terminated due to connection timeout')],
    ['a client that already lost its connection', pgError('Client has encountered a connection error and is not queryable')],
    ['the pool of an instance shutting down', pgError('Cannot use a pool after calling end on the pool')],
    ['every address refused (AggregateError)', Object.assign(new AggregateError([pgError('a', 'ECONNREFUSED'), pgError('b', 'ECONNREFUSED')]), { code: 'ECONNREFUSED' })],
  ])('%s', (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it.each([
    ['08000 connection_exception', '08000'],
    ['08003 connection_does_not_exist', '08003'],
    ['08006 connection_failure', '08006'],
    ['08001 sqlclient_unable_to_establish_sqlconnection', '08001'],
    ['08P01 protocol_violation', '08P01'],
    ['57P01 admin_shutdown', '57P01'],
    ['57P02 crash_shutdown', '57P02'],
    ['57P03 cannot_connect_now (starting up, recovering)', '57P03'],
    ['53300 too_many_connections', '53300'],
    ['57014 query_canceled (statement_timeout)', '57014'],
  ])('SQLSTATE %s, raw or wrapped by TypeORM', (_, code) => {
    expect(isDatabaseUnavailable(pgError('x', code))).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(pgError('x', code)))).toBe(true);
  });

  it.each([
    ['a unique violation', failedQuery(pgError('duplicate key', '23505'))],
    ['a foreign key violation', failedQuery(pgError('violates foreign key', '23503'))],
    ['invalid text (NUL byte)', failedQuery(pgError('invalid byte sequence for encoding "UTF8": 0x00', '22021'))],
    ['a syntax error (a bug)', failedQuery(pgError('syntax error at or near', '42601'))],
    ['a missing relation (a bug)', failedQuery(pgError('relation "x" does not exist', '42P01'))],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['an empty AggregateError', new AggregateError([])],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s is not an outage', (_, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
