import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { createDepartment } from './support/fixtures';
import { countStatements } from './support/sql-counter';

/**
 * The audit trail, read (issue 9): the secretariat and the administrator see every change with who, when,
 * the record's name and the fields before and after; filters by record, person, day and kind of change;
 * pages of a fixed cost; a member's opinion wording and password hashes never shown.
 */
const EVENTS = `query($filter: AuditFilterInput!) { auditEvents(filter: $filter) {
  hasMore nextCursor events { id at action entityType entityId recordLabel actorName reason changes { field before after } } } }`;

describe('the audit trail', () => {
  let t: TestApp;
  let sec: GqlClient, admin: GqlClient, staff: GqlClient, member: GqlClient;
  let dept: { id: string; version: number; name: string };
  let secretariatId: string;

  beforeAll(async () => {
    t = await startApp();
    [sec, admin, staff, member] = await Promise.all([t.asSecretariat(), t.asAdmin(), t.asStaff(), t.asMember()]);
    secretariatId = expectData(await sec.gql('{ me { id } }')).me.id;
    dept = await createDepartment(sec, '監査テスト課');
    const renamed = expectData(await sec.gql(`mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id version name } }`, {
      input: { id: dept.id, version: dept.version, name: `${dept.name}（改）`, bureau: 'テスト局' },
    })).updateDepartment;
    dept = renamed;
  });
  afterAll(() => t?.close());

  const events = async (c: GqlClient, filter: Record<string, unknown>) => expectData(await c.gql(EVENTS, { filter })).auditEvents;

  it('shows a record’s changes newest first, with who, its name now, and each field before and after', async () => {
    for (const c of [sec, admin]) {
      const page = await events(c, { entityType: 'department', entityId: dept.id });
      expect(page.events.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
      const [update, create] = page.events;
      expect(update).toMatchObject({ entityType: 'department', entityId: dept.id, recordLabel: dept.name, actorName: expect.any(String) });
      expect(update.changes).toEqual([{ field: 'name', before: dept.name.replace('（改）', ''), after: dept.name }]);
      expect(create.changes).toEqual(expect.arrayContaining([{ field: 'bureau', before: null, after: 'テスト局' }]));
      expect(create.changes.map((x: any) => x.field)).not.toContain('version');
    }
  });

  it('filters by person, kind of change and day (Japan), and pages through with a cursor', async () => {
    const mine = await events(sec, { actorId: secretariatId, action: 'UPDATE', entityType: 'department' });
    expect(mine.events.length).toBeGreaterThanOrEqual(1);
    expect(mine.events.every((e: any) => e.action === 'UPDATE' && e.entityType === 'department')).toBe(true);
    expect(await events(sec, { entityId: dept.id, from: '2999-01-01' })).toMatchObject({ events: [], hasMore: false, nextCursor: null });
    expect((await events(sec, { entityId: dept.id, to: '2000-01-01' })).events).toEqual([]);

    const first = await events(sec, { limit: 2 });
    expect(first.events).toHaveLength(2);
    expect(first.hasMore).toBe(true);
    const second = await events(sec, { limit: 2, before: first.nextCursor });
    expect(second.events).toHaveLength(2);
    const ids = [...first.events, ...second.events].map((e: any) => e.id);
    expect(new Set(ids).size).toBe(4);
    const times = [...first.events, ...second.events].map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('never shows a member opinion’s wording, nor a password hash', async () => {
    // (a user's password hash is never written to the trail: users.e2e-spec checks every event of the run)
    const [{ opinionId }] = await t.sql(`SELECT gen_random_uuid() AS "opinionId"`);
    await t.sql(
      `INSERT INTO audit_event ("entityType", "entityId", action, before, after) VALUES
         ('member_opinion', $1, 'UPDATE', '{"text":"下書きの文言","kind":"POSITIVE","state":"DRAFT"}', '{"text":"別の文言","kind":"OTHER","state":"SUBMITTED"}')`,
      [opinionId],
    );
    const opinion = (await events(sec, { entityId: opinionId })).events[0];
    expect(opinion.changes).toEqual([{ field: 'state', before: 'DRAFT', after: 'SUBMITTED' }]);
    expect(JSON.stringify(await events(admin, { entityType: 'user', limit: 100 }))).not.toContain('argon2');
  });

  it('is refused to department staff and members; bad filters are BAD_USER_INPUT naming the field', async () => {
    expectError(await staff.gql(EVENTS, { filter: {} }), 'FORBIDDEN');
    expectError(await member.gql(EVENTS, { filter: {} }), 'FORBIDDEN');
    expectError(await member.gql('{ auditActors { id } }'), 'FORBIDDEN');
    expect(fieldsOf(expectError(await sec.gql(EVENTS, { filter: { entityType: 'password' } }), 'BAD_USER_INPUT'))).toEqual(['entityType']);
    expect(fieldsOf(expectError(await sec.gql(EVENTS, { filter: { limit: 1000 } }), 'BAD_USER_INPUT'))).toEqual(['limit']);
    expect(fieldsOf(expectError(await sec.gql(EVENTS, { filter: { before: "x' OR 1=1" } }), 'BAD_USER_INPUT'))).toEqual(['before']);
  });

  it('lists the people who changed something', async () => {
    const actors = expectData(await sec.gql('{ auditActors { id name } }')).auditActors;
    expect(actors.map((a: any) => a.id)).toContain(secretariatId);
  });

  it('costs the same number of statements for a page of 2 and of 100', async () => {
    const small = await countStatements(() => sec.gql(EVENTS, { filter: { limit: 2 } }));
    const large = await countStatements(() => sec.gql(EVENTS, { filter: { limit: 100 } }));
    expect(large.result.data.auditEvents.events.length).toBeGreaterThan(2);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(2); // the session, the page
  });
});
