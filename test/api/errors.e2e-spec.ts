import { MESSAGES } from '@kensho/domain';
import { CyclesService } from '../../apps/api/src/modules/cycles/cycles.service';
import { DepartmentsService } from '../../apps/api/src/modules/departments/departments.service';
import { startApp, type TestApp } from './support/app';
import type { GqlClient, GqlResponse } from './support/client';
import { expectData, expectError } from './support/errors';
import { demoCycle } from './support/fixtures';

/**
 * A bug is INTERNAL_SERVER_ERROR with an id to find it in the log, never a stack trace or the
 * internals of the error (STYLE.md item 7); domain errors keep their code wherever they are thrown.
 * The unexpected errors are made by replacing a service method of the in-process app for one call.
 */
const SECRET = 'relation "secret_table" does not exist at /work/main/apps/api/src/internal.ts:42';

let t: TestApp;
let sec: GqlClient;

beforeAll(async () => {
  t = await startApp();
  sec = await t.asSecretariat();
});
afterAll(() => t?.close());
afterEach(() => jest.restoreAllMocks());

/** The error is a bug report: its code, the request's id (as in the header), a message that names it, nothing internal. */
function expectInternal(res: GqlResponse, lang: 'ja' | 'en' = 'ja') {
  const err = res.errors?.[0];
  expect(res.requestId).toMatch(/^[\w-]{1,64}$/);
  // One comparison, so that a failure shows the whole error as the client saw it.
  expect({
    code: err?.extensions?.code,
    message: err?.message,
    requestId: err?.extensions?.requestId,
    stacktrace: err?.extensions?.stacktrace,
    leaks: /secret_table|internal\.ts|\bat .+:\d+:\d+/.test(res.text),
  }).toEqual({
    code: 'INTERNAL_SERVER_ERROR',
    message: MESSAGES.INTERNAL_SERVER_ERROR[lang].replace('{requestId}', res.requestId!),
    requestId: res.requestId,
    stacktrace: undefined,
    leaks: false,
  });
  return err!;
}

describe('unexpected errors', () => {
  it('in a query: INTERNAL_SERVER_ERROR with extensions.requestId equal to the x-request-id header, no stack trace', async () => {
    jest.spyOn(t.app.get(DepartmentsService), 'list').mockRejectedValueOnce(new Error(SECRET));
    const res = await sec.gql(`{ departments { id name } }`);
    expectInternal(res);
    expect(res.data).toBeNull();
  });

  it('in a mutation, in English on request, with the id the proxy sent', async () => {
    jest.spyOn(t.app.get(DepartmentsService), 'create').mockRejectedValueOnce(new TypeError(SECRET));
    const res = await sec.gql(
      `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
      { input: { name: 'x' } },
      { lang: 'en', headers: { 'x-request-id': 'proxy-req-0001' } },
    );
    expect(res.requestId).toBe('proxy-req-0001');
    expectInternal(res, 'en');
  });

  // Nest applies exception filters to field resolvers (@ResolveField) only when `fieldResolverEnhancers`
  // includes 'filters'; otherwise their errors go to Apollo as they are.
  it('in a field of an object (a @ResolveField): the same, not the raw error', async () => {
    const cycle = await demoCycle(sec);
    jest.spyOn(t.app.get(CyclesService), 'transitions').mockRejectedValueOnce(new Error(SECRET));
    const res = await sec.gql(`query($id: ID!) { cycle(id: $id) { id transitions { event } } }`, { id: cycle.id });
    expectInternal(res);
    expect(res.errors![0]!.path).toEqual(['cycle', 'transitions']);
  });

  it('the service is back to normal afterwards (the failures above were the replaced calls)', async () => {
    expect(expectData(await sec.gql(`{ departments { id } }`)).departments.length).toBeGreaterThan(0);
    const cycle = await demoCycle(sec);
    expect(expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { transitions { event } } }`, { id: cycle.id })).cycle.transitions).toEqual([
      expect.objectContaining({ event: 'START_DO' }),
      expect.objectContaining({ event: 'START_CHECK' }),
    ]);
  });
});

describe('domain errors keep their code and language wherever they are thrown', () => {
  it('in a query', async () => {
    const res = await sec.gql(`{ cycle(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    const err = expectError(res, 'NOT_FOUND');
    expect(err.message).toBe('検証サイクルが見つかりません。');
    expect(err.extensions!.requestId).toBe(res.requestId);
  });

  // A field resolver throwing NOT_FOUND (a version of a sheet that does not exist) reaches the client as
  // INTERNAL_SERVER_ERROR with the error's internal text ("NOT_FOUND: NOT_FOUND") for the same reason.
  it('in a field of an object (a sheet’s version that does not exist)', async () => {
    const cycle = await demoCycle(sec);
    const sheets = expectData(await sec.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id version } }`, { f: { cycleId: cycle.id } })).sheets;
    expect(sheets.length).toBeGreaterThan(0);
    const res = await sec.gql(`query($id: ID!) { sheet(id: $id) { id versionContent(version: 999) { version } } }`, { id: sheets[0].id });
    const err = res.errors?.[0];
    expect({ code: err?.extensions?.code, message: err?.message }).toEqual({ code: 'NOT_FOUND', message: '版が見つかりません。' });
    expect(err!.extensions!.requestId).toBe(res.requestId);
  });

  it('a query the schema rejects is a client error without a stack trace', async () => {
    const res = await sec.gql(`{ cycles { id nonexistentField } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.extensions).not.toHaveProperty('stacktrace');
    const syntax = await sec.gql(`{ cycles { id `);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.text).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
