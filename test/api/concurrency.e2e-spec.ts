import { expectData } from './support/errors';
import { demoCycle } from './support/fixtures';
import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';

/**
 * Six users at once (issue 7 §1): the embedded database once interleaved the statements of concurrent
 * connections, so one request's parameters ran in another's SQL, valid sessions were answered
 * UNAUTHENTICATED and staff were refused their own saves. Every answer under load must be the one the
 * same user gets when alone.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  await t?.close();
});

const ME = `{ me { loginId role departmentId memberId } }`;
const SHEETS = `query($c: ID!) { sheets(filter: { cycleId: $c }) { id state project { name } } }`;
const MY_ENTRIES = `query($c: ID!) { myAssignedEntries(cycleId: $c) { id name } }`;
const USERS = `{ users { loginId } }`;

/** What a response says, reduced to what must not differ between a lone and a concurrent request. */
function outcome(res: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) {
  return { data: res.data ?? null, codes: (res.errors ?? []).map((e) => e.extensions?.code ?? '?') };
}

describe('40 concurrent requests from 6 users', () => {
  it('answers each request as its own user', async () => {
    const users: Array<[string, GqlClient]> = [
      ['admin', await t.asAdmin()],
      ['jimukyoku', await t.asSecretariat()],
      ['kogyo', await t.asStaff()],
      ['shogyo', await t.asOtherStaff()],
      ['toyama', await t.asMember()],
      ['nakayama', await t.asOtherMember()],
    ];
    const cycle = await demoCycle(users[1]![1]);
    const kinds: Array<[string, Record<string, unknown>]> = [
      [ME, {}],
      [SHEETS, { c: cycle.id }],
      [MY_ENTRIES, { c: cycle.id }],
      [USERS, {}],
    ];

    // Alone, one after the other: what each user gets.
    const expected = new Map<string, ReturnType<typeof outcome>>();
    for (const [login, client] of users)
      for (const [i, [query, vars]] of kinds.entries()) expected.set(`${login}/${i}`, outcome(await client.gql(query, vars)));
    // The requests do differ by user (else the test could not see a mix-up).
    expect(new Set(users.map(([l]) => JSON.stringify(expected.get(`${l}/1`)))).size).toBeGreaterThan(2);
    expect(expected.get('admin/3')!.codes).toEqual([]);
    expect(expected.get('kogyo/3')!.codes).toEqual(['FORBIDDEN']);

    // Together: 40 requests, every user and every kind, in a shuffled order, all in flight at once.
    const plan = Array.from({ length: 40 }, (_, n) => ({ user: n % users.length, kind: Math.floor(n / users.length) % kinds.length }));
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(plan.map(({ user, kind }) => users[user]![1].gql(kinds[kind]![0], kinds[kind]![1])));
      answers.forEach((res, n) => {
        const { user, kind } = plan[n]!;
        const login = users[user]![0];
        expect({ request: `${login}/${kind}`, ...outcome(res) }).toEqual({ request: `${login}/${kind}`, ...expected.get(`${login}/${kind}`) });
      });
      const me = answers.filter((_, n) => plan[n]!.kind === 0);
      expect(me.length).toBeGreaterThan(5);
      me.forEach((res) => expect(expectData(res).me).not.toBeNull());
    }
  });
});
