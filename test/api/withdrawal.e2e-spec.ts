import { MESSAGES } from '@kensho/domain';
import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { cycleInDo } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';

/**
 * An entry that holds something is never deleted (its sheet, opinions and history would go with it): it is
 * withdrawn from the year's verification with a reason, keeping its data, and leaves every precondition,
 * to-do and progress count; it can be reinstated. Only an entry that holds nothing is deleted (issue 9).
 */
const ENTRIES = `query($id: ID!) { cycle(id: $id) { id version availableActions { event failedPreconditions }
  projects { id version name withdrawnAt withdrawnReason sheet { id version state } } } }`;
const WITHDRAW = `mutation($input: WithdrawProjectInput!) { withdrawProject(input: $input) { id version withdrawnAt withdrawnReason } }`;
const REINSTATE = `mutation($input: VersionedRefInput!) { reinstateProject(input: $input) { id version withdrawnAt withdrawnReason } }`;
const DELETE = `mutation($input: VersionedRefInput!) { deleteProject(input: $input) { id } }`;

describe('withdrawing an entry instead of deleting it', () => {
  let t: TestApp;
  let sec: GqlClient, staff: GqlClient, member: GqlClient;
  let cycleId: string;

  beforeAll(async () => {
    t = await startApp();
    [sec, staff, member] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asMember()]);
    cycleId = (await cycleInDo(sec, FISCAL_YEARS.withdrawal[0], 3)).id;
  });
  afterAll(() => t?.close());

  const cycle = async () => expectData(await sec.gql(ENTRIES, { id: cycleId })).cycle;

  it('refuses to delete an entry whose sheet was written; an untouched one is deleted', async () => {
    const [written, , untouched] = (await cycle()).projects;
    const sheet = written.sheet;
    expectData(await staff.gql(`mutation($input: SaveSheetInput!) { saveSheet(input: $input) { id version } }`, {
      input: { id: sheet.id, version: sheet.version, content: { items: [{ heading: '実施状況', text: '説明会を2回開催。', bullets: [] }], indicators: [], assessment: null, notes: null } },
    }));
    const refused = expectError(await sec.gql(DELETE, { input: { id: written.id, version: written.version } }), 'BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['id']);
    expect(refused.message).toBe(MESSAGES.ENTRY_HAS_DATA.ja);
    expect((await cycle()).projects.map((p: any) => p.id)).toContain(written.id);
    expectData(await sec.gql(DELETE, { input: { id: untouched.id, version: untouched.version } }));
    expect((await cycle()).projects).toHaveLength(2);
  });

  it('withdraws with a reason, keeps the data, and takes the entry out of the preconditions and the members’ to-do', async () => {
    const before = await cycle();
    expect(before.availableActions[0].failedPreconditions).toContain('ALL_SHEETS_ACCEPTED');
    const [written] = before.projects;
    expect(fieldsOf(expectError(await sec.gql(WITHDRAW, { input: { id: written.id, version: written.version, reason: '  ' } }), 'BAD_USER_INPUT'))).toEqual(['reason']);
    expectError(await staff.gql(WITHDRAW, { input: { id: written.id, version: written.version, reason: '休止' } }), 'FORBIDDEN');
    expectError(await sec.gql(WITHDRAW, { input: { id: written.id, version: written.version + 3, reason: '休止' } }), 'CONFLICT');
    const withdrawn = expectData(await sec.gql(WITHDRAW, { input: { id: written.id, version: written.version, reason: '今年度は事業を休止したため' } })).withdrawProject;
    expect(withdrawn).toMatchObject({ withdrawnReason: '今年度は事業を休止したため', withdrawnAt: expect.any(String) });
    expectError(await sec.gql(WITHDRAW, { input: { id: written.id, version: withdrawn.version, reason: 'もう一度' } }), 'INVALID_TRANSITION');

    const after = await cycle();
    const kept = after.projects.find((p: any) => p.id === written.id);
    expect(kept.sheet).toMatchObject({ id: written.sheet.id, state: 'DRAFT' }); // its sheet is still there
    const [{ reason }] = await t.sql(`SELECT reason FROM audit_event WHERE "entityId" = $1 AND action = 'WITHDRAW'`, [written.id]);
    expect(reason).toBe('今年度は事業を休止したため');
    // the other entry's sheet alone now stands between the cycle and CHECK; the withdrawn one is nobody's to-do
    const remaining = after.projects.find((p: any) => p.id !== written.id);
    await t.sql(`UPDATE sheet SET state = 'ACCEPTED' WHERE id = $1`, [remaining.sheet.id]);
    expect((await cycle()).availableActions).toEqual([{ event: 'START_CHECK', failedPreconditions: [] }]);
    const todo = expectData(await member.gql(`query($id: ID!) { myAssignedEntries(cycleId: $id) { id } }`, { id: cycleId })).myAssignedEntries;
    expect(todo.map((p: any) => p.id)).not.toContain(written.id);

    const back = expectData(await sec.gql(REINSTATE, { input: { id: written.id, version: withdrawn.version } })).reinstateProject;
    expect(back).toMatchObject({ withdrawnAt: null, withdrawnReason: null });
    expect((await cycle()).availableActions[0].failedPreconditions).toContain('ALL_SHEETS_ACCEPTED');
  });
});
