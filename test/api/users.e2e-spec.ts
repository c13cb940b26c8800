import { FIELD_MESSAGES, LIMITS, MESSAGES } from '@kensho/domain';
import { printSchema } from 'graphql';
import { SIGN_IN, startApp, unique, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { auditOf, bodyId, createDepartment, createMember, whileRowsLocked } from './support/fixtures';
import { fieldNames, readSchemaFile } from './support/schema';

/** Accounts: the administrator's use cases, their validation, and what never leaks (the password hash). */

const USER_FIELDS = 'id version loginId displayName role active departmentId memberId department { name } member { name }';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const SET_ACTIVE = `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id version active } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id version } }`;
const USERS = `{ users { ${USER_FIELDS} } }`;
const UNLOCK = `mutation($input: UnlockUserInput!) { unlockUser(input: $input) { id loginId lockedUntil } }`;
const ME = `{ me { id loginId role departmentId memberId } }`;
const PASSWORD = 'correct-horse-battery';

let t: TestApp;
let admin: GqlClient;
let secretariat: GqlClient;
let council: string;

beforeAll(async () => {
  t = await startApp();
  [admin, secretariat] = await Promise.all([t.asAdmin(), t.asSecretariat()]);
  council = await bodyId(secretariat, 'COUNCIL');
});
afterAll(() => t?.close());

const countLogin = async (loginId: string) =>
  (await t.sql(`SELECT count(*)::int AS n FROM app_user WHERE "loginId" = $1`, [loginId.toLowerCase()]))[0].n as number;

describe('createUser', () => {
  it('creates an account of each role; staff get their department, members their member record', async () => {
    const department = await createDepartment(admin, 'users-dept');
    const member = await createMember(secretariat, 'users-member', council);
    const inputs = {
      ADMIN: { role: 'ADMIN' },
      SECRETARIAT: { role: 'SECRETARIAT' },
      DEPARTMENT_STAFF: { role: 'DEPARTMENT_STAFF', departmentId: department.id },
      COMMITTEE_MEMBER: { role: 'COMMITTEE_MEMBER', memberId: member.id },
    };
    const created: Record<string, any> = {};
    for (const [role, extra] of Object.entries(inputs)) {
      const loginId = unique(`New.${role.toLowerCase()}`);
      const res = await admin.gql(CREATE, { input: { loginId, password: PASSWORD, displayName: ` 新規 ${role} `, ...extra } });
      created[role] = expectData(res).createUser;
      expect(created[role]).toMatchObject({ loginId: loginId.toLowerCase(), displayName: `新規 ${role}`, role, active: true, version: 1 });
    }
    expect(created.ADMIN).toMatchObject({ departmentId: null, memberId: null });
    expect(created.DEPARTMENT_STAFF).toMatchObject({ departmentId: department.id, memberId: null, department: { name: department.name } });
    expect(created.COMMITTEE_MEMBER).toMatchObject({ memberId: member.id, departmentId: null, member: { name: member.name } });

    // They sign in with the password given, in their role and scope.
    const committee = await t.signIn(created.COMMITTEE_MEMBER.loginId, PASSWORD);
    expect(expectData(await committee.gql(ME)).me).toMatchObject({ role: 'COMMITTEE_MEMBER', memberId: member.id });

    // The administrator's list shows them.
    const list = expectData(await admin.gql(USERS)).users.map((u: { loginId: string }) => u.loginId);
    for (const u of Object.values(created)) expect(list).toContain(u.loginId);

    // Each creation is audited, without the password hash.
    const [audit] = await auditOf(t, created.SECRETARIAT.id);
    expect(audit).toMatchObject({ action: 'CREATE', before: null, after: { loginId: created.SECRETARIAT.loginId, role: 'SECRETARIAT' } });
    expect(audit!.after).not.toHaveProperty('passwordHash');
  });

  it.each([
    ['a short password', { password: 'short' }, ['password']],
    ['a login id with spaces and symbols', { loginId: 'bad id!' }, ['loginId']],
    ['a login id too short', { loginId: 'ab' }, ['loginId']],
    ['an empty display name, a bad login id and a short password', { displayName: '', loginId: 'x y', password: '123' }, ['displayName', 'loginId', 'password']],
    ['staff without a department', { role: 'DEPARTMENT_STAFF' }, ['departmentId']],
    ['staff with a department that does not exist', { role: 'DEPARTMENT_STAFF', departmentId: '00000000-0000-4000-8000-000000000000' }, ['departmentId']],
    ['a member account without a member', { role: 'COMMITTEE_MEMBER' }, ['memberId']],
    ['a malformed department id', { role: 'DEPARTMENT_STAFF', departmentId: 'not-a-uuid' }, ['departmentId']],
  ])('refuses %s with BAD_USER_INPUT naming the fields, and creates nothing', async (_, override, fields) => {
    const input = { loginId: unique('refused'), password: PASSWORD, displayName: '却下', role: 'SECRETARIAT', ...override };
    const err = expectError(await admin.gql(CREATE, { input }), 'BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(fields);
    // A rule with a message of its own (a department that does not exist) is the headline too.
    const own = err.extensions?.fields?.length === 1 && err.extensions.fields[0]!.constraint === 'NOT_FOUND';
    expect(err.message).toBe(own ? err.extensions!.fields![0]!.message : MESSAGES.BAD_USER_INPUT.ja);
    expect(await countLogin(input.loginId)).toBe(0);
  });

  it('says in the field message how long a password must be, in the caller’s language', async () => {
    const input = { loginId: unique('pw'), password: 'short', displayName: 'x', role: 'SECRETARIAT' };
    const ja = expectError(await admin.gql(CREATE, { input }), 'BAD_USER_INPUT');
    expect(ja.extensions!.fields).toEqual([
      { field: 'password', constraint: 'minLength', message: FIELD_MESSAGES.minLength!.ja.replace('{min}', String(LIMITS.passwordMin)) },
    ]);
    const en = expectError(await admin.gql(CREATE, { input }, { lang: 'en' }), 'BAD_USER_INPUT');
    expect(en.extensions!.fields![0]!.message).toBe(`Use at least ${LIMITS.passwordMin} characters.`);
    expect(en.message).toBe(MESSAGES.BAD_USER_INPUT.en);
  });

  it('refuses a login id that exists, whatever its case', async () => {
    const err = expectError(await admin.gql(CREATE, { input: { loginId: 'JIMUKYOKU', password: PASSWORD, displayName: 'x', role: 'ADMIN' } }), 'BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(['loginId']);
    expect(await countLogin('jimukyoku')).toBe(1);
  });

  it('allows one account per member', async () => {
    const member = await createMember(secretariat, 'one-account', council);
    await t.insertUser({ loginId: unique('first'), role: 'COMMITTEE_MEMBER', memberId: member.id });
    const second = unique('second');
    const err = expectError(await admin.gql(CREATE, { input: { loginId: second, password: PASSWORD, displayName: 'x', role: 'COMMITTEE_MEMBER', memberId: member.id } }), 'BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(['memberId']);
    expect(await countLogin(second)).toBe(0);
  });

  // Shows a race on a real PostgreSQL: the check is a SELECT, and nothing in the database forbids a
  // second account for the same member (no unique index on app_user."memberId").
  it('allows one account per member even when two requests for the same member arrive together', async () => {
    const member = await createMember(secretariat, 'race', council);
    const { pending, met } = await whileRowsLocked(t, [[`SELECT 1 FROM member WHERE id = $1 FOR UPDATE`, [member.id]]], async (waiting) => {
      const pending = [1, 2].map((i) =>
        admin.gql(CREATE, { input: { loginId: unique(`race${i}`), password: PASSWORD, displayName: `競合 ${i}`, role: 'COMMITTEE_MEMBER', memberId: member.id } }),
      );
      return { pending, met: await waiting(2) };
    });
    const responses = await Promise.all(pending);
    const accounts = await t.sql(`SELECT "loginId" FROM app_user WHERE "memberId" = $1`, [member.id]);
    expect(accounts).toHaveLength(1);
    expect(met).toBe(true); // both requests had passed their checks before either wrote
    expect(responses.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
  }, 60_000);
});

describe('updateUser, setUserActive, resetPassword', () => {
  it('refuses a stale version with CONFLICT and changes nothing; the current version updates and is audited', async () => {
    const user = await t.insertUser({ loginId: unique('upd') });
    const input = { id: user.id, version: user.version, displayName: '改名後', role: 'SECRETARIAT' };
    const first = expectData(await admin.gql(UPDATE, { input })).updateUser;
    expect(first).toMatchObject({ displayName: '改名後', version: user.version + 1 });

    const stale = expectError(await admin.gql(UPDATE, { input: { ...input, displayName: '上書き' } }), 'CONFLICT');
    expect(stale.message).toBe(MESSAGES.CONFLICT.ja);
    expect(stale.extensions!.currentVersion).toBe(first.version);
    const [row] = await t.sql(`SELECT "displayName", version FROM app_user WHERE id = $1`, [user.id]);
    expect(row).toEqual({ displayName: '改名後', version: first.version });

    const audit = await auditOf(t, user.id);
    expect(audit.map((a) => a.action)).toEqual(['UPDATE']);
    expect(audit[0]!.before).toMatchObject({ displayName: `テスト ${user.loginId}` });
    expect(audit[0]!.after).toMatchObject({ displayName: '改名後' });
    expect(audit[0]!.before).not.toHaveProperty('passwordHash');
    expect(audit[0]!.after).not.toHaveProperty('passwordHash');
  });

  it('changes a role with its scope: a member account needs its member', async () => {
    const user = await t.insertUser({ loginId: unique('role') });
    const err = expectError(await admin.gql(UPDATE, { input: { id: user.id, version: user.version, displayName: 'x', role: 'COMMITTEE_MEMBER' } }), 'BAD_USER_INPUT');
    expect(fieldsOf(err)).toEqual(['memberId']);
    const department = await createDepartment(admin, 'users-role');
    const staff = expectData(
      await admin.gql(UPDATE, { input: { id: user.id, version: user.version, displayName: 'x', role: 'DEPARTMENT_STAFF', departmentId: department.id } }),
    ).updateUser;
    expect(staff).toMatchObject({ role: 'DEPARTMENT_STAFF', departmentId: department.id });
  });

  it('the administrator can neither deactivate their own account nor change their own role', async () => {
    const me = expectData(await admin.gql(ME)).me;
    const [row] = await t.sql(`SELECT version FROM app_user WHERE id = $1`, [me.id]);
    expect(fieldsOf(expectError(await admin.gql(SET_ACTIVE, { input: { id: me.id, version: row.version, active: false } }), 'BAD_USER_INPUT'))).toEqual(['active']);
    expect(fieldsOf(expectError(await admin.gql(UPDATE, { input: { id: me.id, version: row.version, displayName: 'x', role: 'SECRETARIAT' } }), 'BAD_USER_INPUT'))).toEqual(['role']);
    expect(await t.sql(`SELECT role, active, version FROM app_user WHERE id = $1`, [me.id])).toEqual([{ role: 'ADMIN', active: true, version: row.version }]);
  });

  it('resetPassword: the old password stops working, the new one works, and open sessions end', async () => {
    const user = await t.insertUser({ loginId: unique('reset') });
    const session = await t.signIn(user.loginId, user.password);
    const reset = expectData(await admin.gql(RESET, { input: { id: user.id, version: user.version, password: 'brand-new-password' } })).resetPassword;
    expect(reset.version).toBe(user.version + 1);

    expect(expectData(await session.gql(ME))).toEqual({ me: null });
    const old = await t.anonymous().gql(SIGN_IN, { input: { loginId: user.loginId, password: user.password } });
    expectError(old, 'UNAUTHENTICATED');
    await t.signIn(user.loginId, 'brand-new-password');

    const short = expectError(await admin.gql(RESET, { input: { id: user.id, version: reset.version, password: 'short' } }), 'BAD_USER_INPUT');
    expect(fieldsOf(short)).toEqual(['password']);
    const audit = await auditOf(t, user.id);
    expect(audit.map((a) => a.action)).toContain('UPDATE');
    expect(JSON.stringify(audit)).not.toMatch(/passwordHash|\$argon2/);
  });

  it('changeOwnPassword needs the current password, and ends the account\'s other sessions but not this one', async () => {
    const user = await t.insertUser({ loginId: unique('own') });
    const client = await t.signIn(user.loginId, user.password);
    const elsewhere = await t.signIn(user.loginId, user.password);
    const ME = `{ me { loginId } }`;
    const CHANGE = `mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) }`;
    const wrong = expectError(await client.gql(CHANGE, { input: { currentPassword: 'not-it', newPassword: 'another-long-password' } }), 'BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    // a wrong current password changes nothing: the other session still works
    expect(expectData(await elsewhere.gql(ME)).me.loginId).toBe(user.loginId);
    expect(expectData(await client.gql(CHANGE, { input: { currentPassword: user.password, newPassword: 'another-long-password' } }))).toEqual({
      changeOwnPassword: true,
    });
    expect(expectData(await client.gql(ME)).me.loginId).toBe(user.loginId);
    expect(expectData(await elsewhere.gql(ME)).me).toBeNull();
    await t.signIn(user.loginId, 'another-long-password');
    expectError(await t.anonymous().gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'another-long-password' } }), 'UNAUTHENTICATED');
  });
});

describe('locked accounts (too many wrong passwords)', () => {
  // An instance with a small limit per account; its counters are per login id, so the accounts here are new.
  let limited: TestApp;
  let limitedAdmin: GqlClient;
  beforeAll(async () => {
    limited = await startApp({ SIGNIN_LIMIT_PER_ACCOUNT: '3' });
    limitedAdmin = await limited.asAdmin();
  });
  afterAll(() => limited?.close());

  const CHANGE = `mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) }`;
  const LOCKS = `{ users { id loginId lockedUntil } }`;
  const lockOf = async (id: string) => expectData(await limitedAdmin.gql(LOCKS)).users.find((u: { id: string }) => u.id === id).lockedUntil as string | null;
  const signIn = (loginId: string, password: string) => limited.anonymous().gql(SIGN_IN, { input: { loginId, password } });
  const lockOut = async (loginId: string) => {
    for (let i = 1; i <= 3; i++) expectError(await signIn(loginId, `wrong-${i}`), 'UNAUTHENTICATED');
  };

  it('the administrator sees until when an account is locked, and unlocks it: the right password works again at once', async () => {
    const user = await limited.insertUser({ loginId: unique('locked') });
    expect(await lockOf(user.id)).toBeNull();
    await lockOut(user.loginId);
    const until = new Date((await lockOf(user.id))!).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000); // SIGNIN_WINDOW_SECONDS: 15 minutes
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expectError(await signIn(user.loginId, user.password), 'RATE_LIMITED');

    const unlocked = expectData(await limitedAdmin.gql(UNLOCK, { input: { id: user.id } })).unlockUser;
    expect(unlocked).toEqual({ id: user.id, loginId: user.loginId, lockedUntil: null });
    expect(await lockOf(user.id)).toBeNull();
    expect(expectData(await signIn(user.loginId, user.password)).signIn.loginId).toBe(user.loginId);
    expect((await auditOf(limited, user.id)).map((a) => a.action)).toContain('UNLOCK');
    expect(fieldsOf(expectError(await limitedAdmin.gql(UNLOCK, { input: { id: 'nope' } }), 'BAD_USER_INPUT'))).toEqual(['id']);
  });

  it('resetPassword lifts the lock as well', async () => {
    const user = await limited.insertUser({ loginId: unique('reset-locked') });
    await lockOut(user.loginId);
    expectData(await limitedAdmin.gql(RESET, { input: { id: user.id, version: user.version, password: 'brand-new-password' } }));
    expect(await lockOf(user.id)).toBeNull();
    expectData(await signIn(user.loginId, 'brand-new-password'));
  });

  it('changeOwnPassword: a wrong current password is a failed attempt on the account; 3 lock it (for sign-in too)', async () => {
    const user = await limited.insertUser({ loginId: unique('guessed') });
    const client = await limited.signIn(user.loginId, user.password);
    for (let i = 1; i <= 3; i++) {
      const wrong = expectError(await client.gql(CHANGE, { input: { currentPassword: `not-it-${i}`, newPassword: 'another-long-password' } }), 'BAD_USER_INPUT');
      expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    }
    const refused = await client.gql(CHANGE, { input: { currentPassword: user.password, newPassword: 'another-long-password' } });
    const err = expectError(refused, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(err.extensions?.retryAfter).toBe(Number(refused.headers['retry-after']));
    expectError(await signIn(user.loginId, user.password), 'RATE_LIMITED');
    // nothing changed: the old password is still the one
    expect(await lockOf(user.id)).not.toBeNull();
    expectData(await limitedAdmin.gql(UNLOCK, { input: { id: user.id } }));
    expectData(await signIn(user.loginId, user.password));
  });

  it('the right current password clears the failures counted so far', async () => {
    const user = await limited.insertUser({ loginId: unique('forgetful') });
    const client = await limited.signIn(user.loginId, user.password);
    for (let i = 1; i <= 2; i++) expectError(await client.gql(CHANGE, { input: { currentPassword: `not-it-${i}`, newPassword: 'x-long-password-1' } }), 'BAD_USER_INPUT');
    expectData(await client.gql(CHANGE, { input: { currentPassword: user.password, newPassword: 'x-long-password-2' } }));
    for (let i = 1; i <= 2; i++) expectError(await signIn(user.loginId, `wrong-${i}`), 'UNAUTHENTICATED');
    expectData(await signIn(user.loginId, 'x-long-password-2'));
  });
});

describe('who manages which accounts: the administrator all, the secretariat members’ and staff’s only', () => {
  let target: { id: string; version: number; loginId: string };
  beforeAll(async () => {
    target = await t.insertUser({ loginId: unique('target') }); // a secretariat account
  });

  const operations = (): Array<[string, string, Record<string, unknown>]> => [
    ['createUser', CREATE, { input: { loginId: unique('sneaky'), password: PASSWORD, displayName: 'x', role: 'ADMIN' } }],
    ['updateUser', UPDATE, { input: { id: target.id, version: target.version, displayName: '乗っ取り', role: 'ADMIN' } }],
    ['setUserActive', SET_ACTIVE, { input: { id: target.id, version: target.version, active: false } }],
    ['resetPassword', RESET, { input: { id: target.id, version: target.version, password: 'taken-over-password' } }],
    ['unlockUser', UNLOCK, { input: { id: target.id } }],
  ];

  it.each(['secretariat', 'staff', 'member', 'anonymous'] as const)('%s may not touch a secretariat or administrator account: FORBIDDEN (anonymous: UNAUTHENTICATED), nothing changes', async (who) => {
    const client =
      who === 'secretariat' ? await t.asSecretariat() : who === 'staff' ? await t.asStaff() : who === 'member' ? await t.asMember() : t.anonymous();
    const ops = operations();
    if (who !== 'secretariat') ops.unshift(['users', USERS, {}]);
    const targetBefore = await t.sql(`SELECT "displayName", role, active, version, "passwordHash" FROM app_user WHERE id = $1`, [target.id]);
    for (const [name, query, variables] of ops) {
      const res = await client.gql(query, variables);
      const err = expectError(res, who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect({ name, message: err.message }).toEqual({ name, message: who === 'anonymous' ? MESSAGES.UNAUTHENTICATED.ja : MESSAGES.FORBIDDEN.ja });
    }
    expect(await t.sql(`SELECT "displayName", role, active, version, "passwordHash" FROM app_user WHERE id = $1`, [target.id])).toEqual(targetBefore);
    expect(await countLogin((operations()[0]![2].input as { loginId: string }).loginId)).toBe(0);
  });

  it('the secretariat lists, creates, resets, deactivates and unlocks members’ and staff accounts, and may not raise one to another role', async () => {
    const listed = expectData(await secretariat.gql(USERS)).users;
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((u: { role: string }) => u.role))).toEqual(new Set(['COMMITTEE_MEMBER', 'DEPARTMENT_STAFF']));
    expect(expectData(await secretariat.gql('{ assignableRoles }')).assignableRoles.sort()).toEqual(['COMMITTEE_MEMBER', 'DEPARTMENT_STAFF']);
    expect(expectData(await admin.gql('{ assignableRoles }')).assignableRoles.sort()).toEqual(['ADMIN', 'COMMITTEE_MEMBER', 'DEPARTMENT_STAFF', 'SECRETARIAT']);

    const member = await createMember(secretariat, 'sec-account', council);
    const loginId = unique('member-acct');
    const created = expectData(await secretariat.gql(CREATE, {
      input: { loginId, password: PASSWORD, displayName: member.name, role: 'COMMITTEE_MEMBER', memberId: member.id },
    })).createUser;
    expect(created).toMatchObject({ role: 'COMMITTEE_MEMBER', memberId: member.id, active: true });
    const raised = expectError(await secretariat.gql(UPDATE, { input: { id: created.id, version: created.version, displayName: 'x', role: 'SECRETARIAT' } }), 'FORBIDDEN');
    expect(raised.message).toBe(MESSAGES.FORBIDDEN.ja);
    const reset = expectData(await secretariat.gql(RESET, { input: { id: created.id, version: created.version, password: 'a-new-long-password' } })).resetPassword;
    const stopped = expectData(await secretariat.gql(SET_ACTIVE, { input: { id: reset.id, version: reset.version, active: false } })).setUserActive;
    expect(stopped.active).toBe(false);
    expectData(await secretariat.gql(UNLOCK, { input: { id: created.id } }));
    expect((await t.sql(`SELECT role FROM app_user WHERE id = $1`, [created.id]))[0].role).toBe('COMMITTEE_MEMBER');
  });
});

describe('a member and their account in one step (createMember with account)', () => {
  const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { id name } }`;
  const memberInput = (name: string, account?: Record<string, string>) => ({
    bodyId: council, name, affiliation: 'テスト大学', title: '教授', category: 'ACADEMIC', isChair: false, ...(account ? { account } : {}),
  });
  const membersNamed = async (name: string) => (await t.sql(`SELECT count(*)::int AS n FROM member WHERE name = $1`, [name]))[0].n as number;

  it('creates both, the account tied to the member, which can sign in', async () => {
    const name = unique('一歩');
    const loginId = unique('onestep');
    const member = expectData(await secretariat.gql(CREATE_MEMBER, { input: memberInput(name, { loginId, password: PASSWORD }) })).createMember;
    const [account] = await t.sql(`SELECT role, "memberId", "displayName" FROM app_user WHERE "loginId" = $1`, [loginId.toLowerCase()]);
    expect(account).toEqual({ role: 'COMMITTEE_MEMBER', memberId: member.id, displayName: name });
    await t.signIn(loginId, PASSWORD);
  });

  it('creates neither when the account is refused: a login ID in use names account.loginId', async () => {
    const name = unique('重複');
    const res = await secretariat.gql(CREATE_MEMBER, { input: memberInput(name, { loginId: 'jimukyoku', password: PASSWORD }) });
    expect(fieldsOf(expectError(res, 'BAD_USER_INPUT'))).toEqual(['account.loginId']);
    expect(await membersNamed(name)).toBe(0);
    const short = await secretariat.gql(CREATE_MEMBER, { input: memberInput(name, { loginId: unique('short'), password: 'short' }) });
    expect(fieldsOf(expectError(short, 'BAD_USER_INPUT'))).toEqual(['account.password']);
    expect(await membersNamed(name)).toBe(0);
  });
});

describe('the password hash never leaves the server', () => {
  it('is not in the schema file, nor in the live schema', async () => {
    const schema = await readSchemaFile();
    expect(fieldNames(schema, 'User')).not.toContain('passwordHash');
    const live = expectData(await admin.gql(`{ __type(name: "User") { fields { name } } }`));
    const names = live.__type.fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['id', 'loginId', 'role']));
    expect(names).not.toContain('passwordHash');
    expect(printSchema(schema)).not.toMatch(/passwordHash/i);
  });

  it('asking for it is a query error, and no answer contains an argon2 hash', async () => {
    const res = await admin.gql(`{ users { loginId passwordHash } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const list = await admin.gql(USERS);
    expect(list.text).toContain('jimukyoku');
    expect(list.text).not.toContain('$argon2');
    expect((await admin.gql(`{ me { id loginId } }`)).text).not.toContain('$argon2');
  });

  it('no audit event of any test holds a password hash', async () => {
    const [row] = await t.sql(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE coalesce(before::text, '') ~ '(passwordHash|argon2)' OR coalesce(after::text, '') ~ '(passwordHash|argon2)'`,
    );
    expect(row.n).toBe(0);
    const [users] = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE "entityType" = 'user' AND action IN ('CREATE', 'UPDATE')`);
    expect(users.n).toBeGreaterThan(0); // the check above looked at user rows
  });
});
