import { randomUUID } from 'node:crypto';
import { ERROR_CODES, LIMITS, REQUEST_BODY_BYTES } from '@kensho/domain';
import request from 'supertest';
import { databaseIsPrivate, startApp, unique, type TestApp } from './support/app';
import { SESSION_COOKIE, type GqlClient } from './support/client';
import { expectData } from './support/errors';
import { bodyId, demoDepartment } from './support/fixtures';

/**
 * A fuzz of malformed input across every mutation of the schema, read from the running app's introspection
 * (a new mutation is fuzzed without a change here): wrong types, overlong strings, bad and unknown ids,
 * unknown enum values, NUL and lone surrogates, deep nesting, huge lists, script tags, missing and unknown
 * fields, documents that do not parse or validate, bodies above the limit. Every answer must be a refusal
 * in the one error shape (a known code, a message, the request id), never INTERNAL_SERVER_ERROR, and the
 * database must be as it was.
 *
 * Every input is malformed by construction: one value of it is one no valid input has, and the ids are
 * unknown. So a refusal is the only right answer, and anything written is a bug.
 */
jest.setTimeout(120_000);

/** The codes a refusal may carry: every code of ours but a bug's and an outage's. */
const REFUSALS = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR' && c !== 'SERVICE_UNAVAILABLE'));
const CONCURRENCY = 4;
/** In every string the fuzz sends, to find anything of it written anywhere. */
const MARK = unique('fz').replace(/-/g, '');

interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
interface SchemaType {
  kind: string;
  name: string;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}
interface MutationField {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  mutationType { fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } }
  types { kind name inputFields { name defaultValue type { ${TYPE_REF} } } enumValues { name } }
} }`;

type Who = 'secretariat' | 'admin' | 'staff' | 'member' | 'anonymous';

/** One malformed request: variables for the mutation's own document, or a document / body of its own. */
interface Case {
  mutation: string;
  kind: string;
  variables?: Record<string, unknown>;
  query?: string;
  body?: string;
}

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const printType = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${printType(t.ofType!)}!` : t.kind === 'LIST' ? `[${printType(t.ofType!)}]` : t.name!);
const nullable = (t: TypeRef) => (t.kind === 'NON_NULL' ? t.ofType! : t);
const deepList = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const hugeList = (n: number, item: unknown) => Array.from({ length: n }, () => item);
const text = (s = '') => `${MARK}${s}`;

/** A leaf or a node of an input, by its path from the argument, with its type. */
interface Slot {
  path: Array<string | number>;
  type: TypeRef;
  required: boolean;
}

class Fuzzer {
  private readonly types = new Map<string, SchemaType>();

  constructor(types: SchemaType[]) {
    for (const t of types) this.types.set(t.name, t);
  }

  private fields(t: TypeRef): InputValue[] {
    return this.types.get(named(t).name!)?.inputFields ?? [];
  }

  private enumValues(t: TypeRef): string[] {
    return (this.types.get(named(t).name!)?.enumValues ?? []).map((e) => e.name);
  }

  /** A well-formed value of the type with every id unknown: required fields only, a list of one. */
  value(t: TypeRef, depth = 0): unknown {
    const inner = nullable(t);
    if (inner.kind === 'LIST') return depth > 6 ? [] : [this.value(inner.ofType!, depth + 1)];
    if (inner.kind === 'ENUM') return this.enumValues(inner)[0];
    if (inner.kind === 'INPUT_OBJECT') {
      const out: Record<string, unknown> = {};
      for (const f of this.fields(inner)) if (f.type.kind === 'NON_NULL' && f.defaultValue === null) out[f.name] = this.value(f.type, depth + 1);
      return out;
    }
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2031-04-01T00:00:00.000Z';
      default:
        return text('テスト');
    }
  }

  /** Every field of the argument's type, nested (a list's first element), optional ones included. */
  slots(t: TypeRef, path: Array<string | number> = [], depth = 0): Slot[] {
    const here: Slot = { path, type: t, required: t.kind === 'NON_NULL' };
    const inner = nullable(t);
    if (depth > 6) return [here];
    if (inner.kind === 'LIST') return [here, ...this.slots(inner.ofType!, [...path, 0], depth + 1)];
    if (inner.kind === 'INPUT_OBJECT') return [here, ...this.fields(inner).flatMap((f) => this.slots(f.type, [...path, f.name], depth + 1))];
    return [here];
  }

  /**
   * Values no input may hold in this slot. `refused` says the rest of the input is refused anyway (it names
   * an unknown record), so values that are only odd, not invalid (a script tag in a name), may go there too.
   */
  badValues(slot: Slot, refused: boolean): Array<[string, unknown]> {
    const inner = nullable(slot.type);
    const bad: Array<[string, unknown]> = [
      ['deep nesting', deepList(1_000, text())],
      ['an object for a non-object', inner.kind === 'INPUT_OBJECT' ? 'not an object' : { value: text() }],
    ];
    if (slot.required) bad.push(['null for a required field', null]);
    if (inner.kind === 'LIST') {
      const item = this.value(inner.ofType!);
      return [
        ...bad,
        ['a huge list', hugeList(1_000, item)],
        ['a list holding null', [item, null]],
        ['a list of lists', [[item]]],
        ['a NUL in the list', [item, ...(typeof item === 'string' ? [`a\u0000${MARK}`] : [{ zzz: '\u0000' }])]],
      ];
    }
    if (inner.kind === 'INPUT_OBJECT') {
      return [...bad, ['a number for an object', 42], ['a list for an object', hugeList(100, this.value(inner))], ['an unknown field', { ...(this.value(inner) as object), zzz: text() }]];
    }
    bad.push(['a list for a scalar', hugeList(100, this.value(inner))]);
    if (inner.kind === 'ENUM') {
      const first = this.enumValues(inner)[0]!;
      return [...bad, ['an unknown enum value', 'NOPE'], ['an enum value in lower case', first.toLowerCase()], ['an empty enum value', ''], ['a number for an enum', 5], ['a script tag for an enum', '<script>alert(1)</script>'], ['an enum value with a NUL', `${first}\u0000`]];
    }
    switch (inner.name) {
      case 'ID':
        return [
          ...bad,
          ['an id that is not a uuid', 'not-a-uuid'],
          ['an empty id', ''],
          ['an id of spaces', '   '],
          ['SQL in an id', "1' OR '1'='1"],
          ['a script tag for an id', '<script>alert(1)</script>'],
          ['a path for an id', '../../etc/passwd'],
          ['a uuid and a NUL', `${randomUUID()}\u0000`],
          ['a uuid and a lone surrogate', `${randomUUID()}\ud800`],
          ['a number for an id', 12345],
          ['a boolean for an id', true],
          ...(slot.required ? ([['the nil uuid', '00000000-0000-0000-0000-000000000000']] as Array<[string, unknown]>) : []),
        ];
      case 'Int':
        return [...bad, ['an Int above 32 bits', 2 ** 31], ['an Int below 32 bits', -(2 ** 31) - 1], ['a fraction for an Int', 1.5], ['a string for an Int', '1'], ['a boolean for an Int', true], ['a huge number', 1e300], ...(refused ? ([['the smallest Int', -(2 ** 31)], ['zero', 0]] as Array<[string, unknown]>) : [])];
      case 'Float':
        return [...bad, ['a string for a Float', '1.5'], ['a boolean for a Float', true], ...(refused ? ([['a negative number', -1], ['a number above every limit', 1e300]] as Array<[string, unknown]>) : [])];
      case 'Boolean':
        return [...bad, ['a string for a Boolean', 'true'], ['a number for a Boolean', 1]];
      default:
        return [
          ...bad,
          ['an overlong string', 'あ'.repeat(LIMITS.longText + 1) + MARK],
          ['a NUL', `a\u0000${MARK}`],
          ['a lone high surrogate', `${MARK}\ud800`],
          ['a lone low surrogate', `\udfff${MARK}`],
          ['a number for a string', 12345],
          ['a boolean for a string', true],
          ...(refused
            ? ([
                ['a script tag', `<script>alert(1)</script>${MARK}`],
                ['SQL', `'; DROP TABLE app_user; --${MARK}`],
                ['a template', `\${7*7}{{7*7}}${MARK}`],
              ] as Array<[string, unknown]>)
            : []),
        ];
    }
  }

  /** The document of a mutation, with one variable per argument (and, to make it invalid, an unknown argument or field). */
  static document(m: MutationField, extra: { argument?: boolean; field?: boolean } = {}): string {
    const fields = [...(['SCALAR', 'ENUM'].includes(named(m.type).kind) ? [] : ['__typename']), ...(extra.field ? ['zzz'] : [])];
    const selection = fields.length ? ` { ${fields.join(' ')} }` : '';
    const vars = m.args.map((a) => `$${a.name}: ${printType(a.type)}`);
    const args = [...m.args.map((a) => `${a.name}: $${a.name}`), ...(extra.argument ? ['zzz: 1'] : [])];
    return `mutation Fuzz${vars.length ? `(${vars.join(', ')})` : ''} { ${m.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
  }

  cases(m: MutationField): Case[] {
    const base = Object.fromEntries(m.args.map((a) => [a.name, this.value(a.type)]));
    const slots = m.args.flatMap((a) => this.slots(a.type, [a.name]));
    // With a required id (unknown, as all are here) the operation is refused whatever the rest holds.
    const refused = slots.some((s) => s.required && nullable(s.type).name === 'ID' && !s.path.includes(0));
    const out: Case[] = [];
    const withValue = (path: Array<string | number>, value: unknown, remove = false) => {
      const vars = structuredClone(base) as Record<string, unknown>;
      let node: any = vars;
      for (const [i, key] of path.slice(0, -1).entries()) {
        if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
        node = node[key];
      }
      const last = path[path.length - 1]!;
      if (remove) delete node[last];
      else node[last] = value;
      return vars;
    };
    if (refused) out.push({ mutation: m.name, kind: 'unknown ids', variables: base });
    for (const slot of slots) {
      for (const [kind, value] of this.badValues(slot, refused)) out.push({ mutation: m.name, kind, variables: withValue(slot.path, value) });
      if (slot.required && slot.path.length > 1 && typeof slot.path[slot.path.length - 1] === 'string') out.push({ mutation: m.name, kind: 'a required field missing', variables: withValue(slot.path, undefined, true) });
    }
    const doc = Fuzzer.document(m);
    // (A mutation without arguments, signOut, is well-formed without variables: it gets no such case.)
    if (m.args.length) out.push({ mutation: m.name, kind: 'no variables', variables: {} });
    out.push(
      { mutation: m.name, kind: 'an unknown argument', query: Fuzzer.document(m, { argument: true }), variables: base },
      { mutation: m.name, kind: 'an unknown field selected', query: Fuzzer.document(m, { field: true }), variables: base },
      { mutation: m.name, kind: 'a document that does not parse', query: doc.slice(0, -3), variables: base },
      { mutation: m.name, kind: 'a NUL in a literal of the document', query: `mutation { ${m.name}(${m.args.map((a) => `${a.name}: "\\u0000${MARK}"`).join(', ') || 'zzz: "\\u0000"'}) }` },
      { mutation: m.name, kind: 'a lone surrogate in a literal of the document', query: `mutation { ${m.name}(${m.args[0]?.name ?? 'zzz'}: "\\ud800") }` },
      { mutation: m.name, kind: 'a deeply nested literal', query: `mutation { ${m.name}(${m.args[0]?.name ?? 'zzz'}: ${'['.repeat(3_000)}1${']'.repeat(3_000)}) }` },
      { mutation: m.name, kind: 'a body that is not JSON', body: `{"query": ${JSON.stringify(doc)}, "variables": {` },
    );
    return out;
  }
}

/** Per table: its rows and a digest of their content; and whatever of the fuzz's was written anywhere. */
async function fingerprint(t: TestApp, actorIds: string[], whole: boolean): Promise<Record<string, unknown>> {
  const tables: Array<{ name: string }> = await t.sql(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit') ORDER BY 1`,
  );
  const columns: Array<{ table: string; column: string }> = await t.sql(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json') AND table_name <> 'rate_limit'`,
  );
  const marked = await Promise.all(columns.map(async (c) => {
    const [row] = await t.sql(`SELECT count(*)::int AS n FROM "${c.table}" WHERE "${c.column}"::text LIKE $1`, [`%${MARK}%`]);
    return row.n ? `${c.table}.${c.column}` : null;
  }));
  const out: Record<string, unknown> = {
    rowsHoldingTheFuzzText: marked.filter(Boolean),
    auditEventsOfTheFuzzAccounts: (await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE "actorId" = ANY($1)`, [actorIds]))[0].n,
    sessionsOfTheFuzzAccounts: (await t.sql(`SELECT count(*)::int AS n FROM session WHERE "userId" = ANY($1)`, [actorIds]))[0].n,
    theFuzzAccounts: await t.sql(`SELECT id, version, "passwordHash", active FROM app_user WHERE id = ANY($1) ORDER BY id`, [actorIds]),
  };
  if (whole) {
    for (const { name } of tables) {
      const [row] = await t.sql(`SELECT count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS digest FROM "${name}" x`);
      out[name] = `${row.n} rows ${row.digest}`;
    }
  }
  return out;
}

describe('fuzz: malformed input across every mutation', () => {
  let t: TestApp;
  const clients = {} as Record<Exclude<Who, 'anonymous'>, GqlClient>;
  let accounts: string[];

  beforeAll(async () => {
    t = await startApp();
    const sec = await t.asSecretariat();
    const department = await demoDepartment(sec, '工業振興課');
    const [member] = await t.sql(
      `INSERT INTO member ("bodyId", name, affiliation, title, category, "isChair", version) VALUES ($1, $2, 'ファズ大学', '教授', 'ACADEMIC', false, 1) RETURNING id`,
      [await bodyId(sec, 'COUNCIL'), unique('ファズ委員')],
    );
    const users = await Promise.all([
      t.insertUser({ role: 'SECRETARIAT' }),
      t.insertUser({ role: 'ADMIN' }),
      t.insertUser({ role: 'DEPARTMENT_STAFF', departmentId: department.id }),
      t.insertUser({ role: 'COMMITTEE_MEMBER', memberId: member.id }),
    ]);
    const [secretariat, admin, staff, committee] = await Promise.all(users.map((u) => t.signIn(u.loginId, u.password)));
    Object.assign(clients, { secretariat, admin, staff, member: committee });
    accounts = users.map((u) => u.id);
  });
  afterAll(() => t?.close());

  it('refuses every malformed input in the one error shape, never as a bug, and changes nothing', async () => {
    const schema = expectData(await clients.secretariat.gql(INTROSPECTION)).__schema;
    const mutations: MutationField[] = schema.mutationType.fields;
    const fuzzer = new Fuzzer(schema.types);
    const cases = mutations.flatMap((m) => fuzzer.cases(m));
    // Bodies above the limit, a few (each is 1.7 MB).
    for (const m of mutations.slice(0, 3)) cases.push({ mutation: m.name, kind: 'a body above the limit', variables: { input: { zzz: 'あ'.repeat(Math.ceil(REQUEST_BODY_BYTES / 3)) } } });

    const documents = new Map(mutations.map((m) => [m.name, Fuzzer.document(m)]));
    const who = (c: Case, i: number): Who =>
      c.mutation === 'signIn' ? 'anonymous' : (['secretariat', 'secretariat', 'secretariat', 'secretariat', 'secretariat', 'secretariat', 'admin', 'staff', 'member', 'anonymous'] as const)[i % 10]!;

    const before = await fingerprint(t, accounts, databaseIsPrivate());
    const started = Date.now();
    const codes: Record<string, number> = {};
    const statuses: Record<string, number> = {};
    const failures: unknown[] = [];
    let next = 0;
    const run = async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i]!;
        const as = who(c, i);
        const body = c.body ?? JSON.stringify({ query: c.query ?? documents.get(c.mutation), variables: c.variables ?? {} });
        let req = request(t.server).post('/graphql').set('Content-Type', 'application/json').set('Accept-Language', i % 2 ? 'en' : 'ja');
        if (as !== 'anonymous') req = req.set('Cookie', `${SESSION_COOKIE}=${clients[as].cookie}`);
        const res = await req.send(body);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const errors: Array<{ message?: unknown; extensions?: Record<string, unknown> }> = Array.isArray(res.body?.errors) ? res.body.errors : [];
        for (const e of errors) codes[String(e.extensions?.code)] = (codes[String(e.extensions?.code)] ?? 0) + 1;
        const wrong =
          !errors.length ||
          errors.some((e) => !REFUSALS.has(String(e.extensions?.code)) || typeof e.message !== 'string' || !e.message || e.extensions?.requestId !== res.headers['x-request-id'] || 'stacktrace' in (e.extensions ?? {})) ||
          (res.body?.data && Object.values(res.body.data).some((v) => v !== null)) ||
          ![200, 400, 413].includes(res.status);
        if (wrong && failures.length < 25) failures.push({ mutation: c.mutation, kind: c.kind, as, status: res.status, answer: res.text.slice(0, 400) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, run));
    const seconds = (Date.now() - started) / 1000;
    const after = await fingerprint(t, accounts, databaseIsPrivate());

    console.log(
      `fuzz: ${cases.length} malformed inputs across ${mutations.length} mutations in ${seconds.toFixed(1)} s (${CONCURRENCY} in parallel, ${databaseIsPrivate() ? 'whole database compared' : 'the fuzz’s own traces compared'}); ` +
        `codes ${JSON.stringify(codes)}; HTTP ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(2_000);
    expect(codes.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
    expect(after).toEqual(before);
  });
});
