import { InMemoryCache } from '@apollo/client';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { QUERY_LIMITS } from '@kensho/domain';
import { Kind, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import * as webDocuments from '../../apps/web/src/generated/graphql';
import { QUERY_LIMIT_RULES, QUERY_PARSE_OPTIONS } from '../../apps/api/src/common/limits/query-limits';
import { startApp, type TestApp } from './support/app';
import type { GqlClient, GqlResponse } from './support/client';
import { countStatements } from './support/sql-counter';
import { demoCycle } from './support/fixtures';

/**
 * What one request may cost (issue 7, section 2): depth, aliases, a static cost and tokens are refused
 * before any resolver or SQL statement runs, in the one error shape; and every document the web client
 * sends is admitted by the very rules the server runs.
 */
let t: TestApp;
let member: GqlClient;

beforeAll(async () => {
  t = await startApp();
  member = await t.asMember();
});
afterAll(() => t?.close());

/** cycles → projects → group → projects → … with `levels` fields in all (the attack of the issue). */
function deepQuery(levels: number): string {
  let inner = 'id';
  for (let level = levels - 1; level >= 1; level--) inner = `${level === 1 ? 'cycles' : level % 2 === 0 ? 'projects' : 'group'} { id ${inner} }`;
  return `query { ${inner} }`;
}

/** Refused in the one error shape, with `limit` first among the limits it breaks (a deep query may also cost too much). */
function expectRefused(res: GqlResponse, limit: keyof typeof QUERY_LIMITS) {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.requestId).toBeTruthy();
  expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', limit, max: QUERY_LIMITS[limit], requestId: res.requestId });
  for (const e of res.errors!) expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: res.requestId });
}

describe('refused before anything runs', () => {
  it('a 13-deep cycles → projects → group → projects … query: at once, without a statement, in the caller’s language', async () => {
    const query = deepQuery(13);
    expect(query).toContain('cycles { id projects { id group { id projects {');
    const started = Date.now();
    const { result, count } = await countStatements(() => member.gql(query));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(count).toBe(0);
    expectRefused(result, 'depth');
    expect(result.errors![0]!.message).toBe(`問い合わせの入れ子が深すぎます（${QUERY_LIMITS.depth}段まで）。`);
    const en = await member.gql(query, {}, { lang: 'en' });
    expect(en.errors![0]!.message).toBe(`The query is nested too deeply (at most ${QUERY_LIMITS.depth} levels).`);
  });

  it('the depth limit itself is admitted, one level more is not', async () => {
    // Admitted queries run: rooted at one demo cycle, so its size does not depend on what other test files
    // add to the shared database meanwhile (rooted at every cycle, it once grew past the worker's heap).
    const { id } = await demoCycle(member);
    const bounded = deepQuery(QUERY_LIMITS.depth).replace('query { cycles {', `query { cycle(id: "${id}") {`);
    expect(bounded).toContain('cycle(id:');
    expect((await member.gql(bounded)).errors).toBeUndefined();
    expectRefused(await member.gql(deepQuery(QUERY_LIMITS.depth + 1)), 'depth');
  });

  it('1,000 aliases of `me`: at once, without a statement', async () => {
    const query = `query { ${Array.from({ length: 1_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const started = Date.now();
    const { result, count } = await countStatements(() => member.gql(query));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(count).toBe(0);
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: result.requestId });
    expect(['aliases', 'tokens']).toContain(result.errors![0]!.extensions!.limit);
  });

  it('aliases: the limit is admitted, one more is refused', async () => {
    const aliases = (n: number) => `query { ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await member.gql(aliases(QUERY_LIMITS.aliases))).errors).toBeUndefined();
    const res = await member.gql(aliases(QUERY_LIMITS.aliases + 1), {}, { lang: 'en' });
    expectRefused(res, 'aliases');
    expect(res.errors![0]!.message).toBe(`The query uses too many aliases (at most ${QUERY_LIMITS.aliases}).`);
  });

  it('cost: a wide query within the depth and alias limits is refused', async () => {
    const wide = 'cycles { projects { group { projects { group { projects { id name kind page sortOrder version } } } } } }';
    const query = `query { ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `a${i}: ${wide}`).join(' ')} }`;
    expectRefused(await member.gql(query), 'cost');
  });

  it('tokens: a document longer than the limit is refused while parsing', async () => {
    const query = `query { me { ${'id '.repeat(QUERY_LIMITS.tokens)}} }`;
    const res = await member.gql(query, {}, { lang: 'en' });
    expectRefused(res, 'tokens');
    expect(res.errors![0]!.message).toBe(`The query is too long (at most ${QUERY_LIMITS.tokens} tokens).`);
  });

  it('introspection (GraphiQL, codegen against a running server) is not counted as depth', async () => {
    const query = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    expect((await member.gql(query)).errors).toBeUndefined();
  });
});

describe('every document the web client sends', () => {
  /** The operations codegen made from apps/web/src (CI checks that they are current), as the client sends them. */
  const sent = Object.entries(webDocuments as Record<string, unknown>)
    .filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && isOperation(entry[1]))
    .map(([name, doc]) => [name, new InMemoryCache().transformDocument(doc)] as const);

  it('covers the web client’s operations', () => {
    expect(sent.length).toBeGreaterThanOrEqual(60);
    expect(sent.map(([name]) => name)).toEqual(expect.arrayContaining(['ConsolidationDocument', 'SheetDocument', 'CycleOverviewDocument', 'MeDocument']));
    // the client adds __typename to every selection, and the limits must admit that too
    expect(print(sent.find(([name]) => name === 'MeDocument')![1])).toContain('__typename');
  });

  it('is admitted by the running server’s schema and limits', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const refused = sent.flatMap(([name, doc]) => {
      const text = print(doc);
      try {
        parse(text, QUERY_PARSE_OPTIONS);
      } catch (e) {
        return [`${name}: ${String(e)}`];
      }
      return validate(schema, doc, [...specifiedRules, ...QUERY_LIMIT_RULES]).map((e) => `${name}: ${e.message}`);
    });
    expect(refused).toEqual([]);
  });
});

function isOperation(value: unknown): value is DocumentNode {
  const doc = value as DocumentNode | undefined;
  return doc?.kind === Kind.DOCUMENT && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}
