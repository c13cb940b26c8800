import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { createCycle, createGroup, createProject, demoDepartment, demoMembers, demoOrdinance, setAssignments, setGroupMembers } from './support/fixtures';

/**
 * The Check step: assigned members write opinions; the secretariat consolidates them into the council's
 * numbered opinions and confirms them. This file owns the cycle of fiscal year 2051.
 */
const OP = 'id version state kind text canEdit author { name } usedIn { position mark text state } availableActions { event failedPreconditions }';
const CO = 'id version position mark text state confirmedOn confirmedBy sources { id } availableActions { event requiresComment }';
const ENTRY = `query($id: ID!) { cycle(id: $id) { projects { id name memberOpinions { ${OP} } councilOpinions { ${CO} } } } }`;

describe('member opinions and council opinions (Check)', () => {
  let t: TestApp;
  let sec: GqlClient, staff: GqlClient, toyama: GqlClient, nakayama: GqlClient;
  let cycleId: string;
  let x: { id: string }, y: { id: string };

  const entry = async (c: GqlClient, id: string) =>
    expectData(await c.gql(ENTRY, { id: cycleId })).cycle.projects.find((p: { id: string }) => p.id === id);
  const create = (c: GqlClient, projectId: string, text: string, kind = 'IMPROVEMENT') =>
    c.gql(`mutation($input: CreateMemberOpinionInput!) { createMemberOpinion(input: $input) { ${OP} } }`, { input: { projectId, kind, text } });
  /** A member-opinion mutation, with its input as a variable. */
  const INPUT_TYPES: Record<string, string> = { updateMemberOpinion: 'UpdateMemberOpinionInput' };
  const mo = (c: GqlClient, name: string, input: Record<string, unknown>) =>
    c.gql(`mutation($input: ${INPUT_TYPES[name] ?? 'MemberOpinionTransitionInput'}!) { ${name}(input: $input) { ${OP} } }`, { input });
  const council = (c: GqlClient, name: string, input: Record<string, unknown>) =>
    c.gql(`mutation($input: ${name[0]!.toUpperCase() + name.slice(1)}Input!) { ${name}(input: $input) { ${CO} } }`, { input });

  beforeAll(async () => {
    t = await startApp();
    [sec, staff, toyama, nakayama] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asMember(), t.asOtherMember()]);
    const ordinance = await demoOrdinance(sec);
    const cycle = await createCycle(sec, 2051, ordinance.id);
    cycleId = cycle.id;
    const dept = await demoDepartment(sec, '工業振興課');
    const members = await demoMembers(sec);
    const [m1, m2] = [members.find((m) => m.sortOrder === 1)!, members.find((m) => m.sortOrder === 2)!];
    const a = await setGroupMembers(sec, await createGroup(sec, cycleId, '第1班'), [m1.id]);
    const b = await setGroupMembers(sec, await createGroup(sec, cycleId, '第2班'), [m2.id]);
    const px = await createProject(sec, { cycleId, articleId: ordinance.articles[0]!.id, departmentId: dept.id, groupId: a.id, name: '起業化総合支援事業', page: 17 });
    const py = await createProject(sec, { cycleId, articleId: ordinance.articles[4]!.id, departmentId: dept.id, groupId: b.id, name: '観光振興事業', page: 49 });
    await setAssignments(sec, px, [m1.id]);
    await setAssignments(sec, py, [m2.id]);
    x = px;
    y = py;
    const advance = async (event: string, override = false) => {
      const c = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { id version } }`, { id: cycleId })).cycle;
      return sec.gql(`mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { phase } }`, {
        input: { id: c.id, version: c.version, event, override, reason: override ? 'シートは紙で受理済み（テスト）' : null },
      });
    };
    expectData(await advance('START_DO'));
    expectData(await advance('START_CHECK', true));
  });
  afterAll(() => t.close());

  let draftId: string;

  it('lets an assigned member write a draft that only they see', async () => {
    const o = expectData(await create(toyama, x.id, '起業家塾はもう少しブレイクダウンしたカリキュラムの方が参加しやすい。')).createMemberOpinion;
    expect(o).toMatchObject({ state: 'DRAFT', canEdit: true, author: { name: '遠山 浩' } });
    draftId = o.id;
    expect((await entry(toyama, x.id)).memberOpinions).toHaveLength(1);
    expect((await entry(sec, x.id)).memberOpinions).toEqual([]);
    expect((await entry(nakayama, x.id)).memberOpinions).toEqual([]);
    expectError(await mo(nakayama, 'updateMemberOpinion', { id: draftId, version: 1, kind: 'OTHER', text: '乗っ取り' }), 'NOT_FOUND');
  });

  it('refuses opinions on unassigned entries, and from staff or the secretariat', async () => {
    expectError(await create(toyama, y.id, '…'), 'FORBIDDEN'); // out of scope (issue 7: was BAD_USER_INPUT on projectId)
    expectError(await create(staff, x.id, '…'), 'FORBIDDEN');
    expectError(await create(sec, x.id, '…'), 'FORBIDDEN');
    expectError(await create(t.anonymous(), x.id, '…'), 'UNAUTHENTICATED');
    expect(fieldsOf(expectError(await create(toyama, x.id, '   '), 'BAD_USER_INPUT'))).toEqual(['text']);
  });

  it('shows a submitted opinion to the secretariat and the same group only; staff wait for the confirmation', async () => {
    expectError(await mo(toyama, 'submitMemberOpinion', { id: draftId, version: 2 }), 'CONFLICT');
    const s = expectData(await mo(toyama, 'submitMemberOpinion', { id: draftId, version: 1 })).submitMemberOpinion;
    expect(s).toMatchObject({ state: 'SUBMITTED', canEdit: false });
    expect((await entry(sec, x.id)).memberOpinions.map((o: any) => o.id)).toEqual([draftId]);
    expect((await entry(nakayama, x.id)).memberOpinions).toEqual([]);
    expect((await entry(staff, x.id)).memberOpinions).toEqual([]);
    expectError(await mo(toyama, 'updateMemberOpinion', { id: draftId, version: 2, kind: 'OTHER', text: '修正' }), 'INVALID_TRANSITION');
  });

  let ids: string[] = [];
  const current = async () => (await entry(sec, x.id)).councilOpinions as Array<{ id: string; version: number; position: number; mark: string; text: string; state: string }>;

  it('consolidates into numbered council opinions: from a member opinion, from scratch, merged, split, reordered, deleted, always gapless', async () => {
    const first = expectData(await council(sec, 'createCouncilOpinion', { projectId: x.id, memberOpinionIds: [draftId] })).createCouncilOpinion;
    expect(first).toMatchObject({ position: 1, mark: '①', text: '起業家塾はもう少しブレイクダウンしたカリキュラムの方が参加しやすい。', sources: [{ id: draftId }] });
    expectData(await council(sec, 'createCouncilOpinion', { projectId: x.id, text: 'KSPの起業プログラムを市の事業に取り込めるとよい。', memberOpinionIds: [] }));
    expectData(await council(sec, 'createCouncilOpinion', { projectId: x.id, text: '第二創業にもアプローチするとよい。', memberOpinionIds: [] }));
    let list = await current();
    expect(list.map((c) => c.mark)).toEqual(['①', '②', '③']);

    // Merge ① and ③: ① keeps both texts, ② stays ②.
    const merged = expectData(await sec.gql(`mutation($input: MergeCouncilOpinionsInput!) { mergeCouncilOpinions(input: $input) { id position text } }`, {
      input: { opinions: [list[0], list[2]].map((c) => ({ id: c!.id, version: c!.version })) },
    })).mergeCouncilOpinions;
    expect(merged.map((c: any) => c.position)).toEqual([1, 2]);
    expect(merged[0].text).toBe('起業家塾はもう少しブレイクダウンしたカリキュラムの方が参加しやすい。\n第二創業にもアプローチするとよい。');

    // Split ① back into two: 1, 2, 3 again, the old ② now ③.
    list = await current();
    const split = expectData(await sec.gql(`mutation($input: SplitCouncilOpinionInput!) { splitCouncilOpinion(input: $input) { id position text } }`, {
      input: { id: list[0]!.id, version: list[0]!.version, texts: ['起業家塾のカリキュラムを見直すとよい。', '第二創業にもアプローチするとよい。'] },
    })).splitCouncilOpinion;
    expect(split.map((c: any) => [c.position, c.text])).toEqual([
      [1, '起業家塾のカリキュラムを見直すとよい。'],
      [2, '第二創業にもアプローチするとよい。'],
      [3, 'KSPの起業プログラムを市の事業に取り込めるとよい。'],
    ]);

    // Reorder: the KSP one first. A stale or incomplete order is refused.
    list = await current();
    const order = [list[2]!, list[0]!, list[1]!];
    expect(fieldsOf(expectError(await sec.gql(`mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id } }`, {
      input: { projectId: x.id, opinions: order.slice(0, 2).map((c) => ({ id: c.id, version: c.version })) },
    }), 'BAD_USER_INPUT'))).toEqual(['opinions']);
    expectError(await sec.gql(`mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id } }`, {
      input: { projectId: x.id, opinions: order.map((c) => ({ id: c.id, version: c.version + 1 })) },
    }), 'CONFLICT');
    const reordered = expectData(await sec.gql(`mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id position } }`, {
      input: { projectId: x.id, opinions: order.map((c) => ({ id: c.id, version: c.version })) },
    })).reorderCouncilOpinions;
    expect(reordered.map((c: any) => c.id)).toEqual(order.map((c) => c.id));

    // Delete the middle one: still 1, 2.
    list = await current();
    const left = expectData(await sec.gql(`mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id position } }`, {
      input: { id: list[1]!.id, version: list[1]!.version },
    })).deleteCouncilOpinion;
    expect(left.map((c: any) => c.position)).toEqual([1, 2]);
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM council_opinion WHERE "projectId" = $1`, [x.id]);
    expect(n).toBe(2);
    ids = left.map((c: any) => c.id);
  });

  it('keeps every wording an edit replaced, and refuses a stale edit', async () => {
    const list = await current();
    const c = list.find((o) => o.id === ids[0])!;
    const edited = expectData(await council(sec, 'updateCouncilOpinion', { id: c.id, version: c.version, text: c.text + '（修正）', tagIds: [], memberOpinionIds: [] })).updateCouncilOpinion;
    expectError(await council(sec, 'updateCouncilOpinion', { id: c.id, version: c.version, text: '古い版からの上書き', tagIds: [], memberOpinionIds: [] }), 'CONFLICT');
    const revs = expectData(await sec.gql(ENTRY.replace('councilOpinions { ', 'councilOpinions { revisions { version text } '), { id: cycleId }));
    const mine = revs.cycle.projects.find((p: any) => p.id === x.id).councilOpinions.find((o: any) => o.id === c.id);
    expect(mine.revisions[0]).toEqual({ version: c.version, text: c.text });
    expect(edited.text.endsWith('（修正）')).toBe(true);
  });

  it('refuses to delete a tag a council opinion carries, and deletes it once no opinion does', async () => {
    const tag = expectData(await sec.gql(`mutation($input: CreateTagInput!) { createTag(input: $input) { id version } }`, {
      input: { cycleId, mark: '★', label: '重点', legend: '★ は重点的に取り組むもの' },
    })).createTag;
    const DELETE_TAG = `mutation($input: VersionedRefInput!) { deleteTag(input: $input) { id } }`;
    let c = (await current()).find((o) => o.id === ids[0])!;
    expectData(await council(sec, 'updateCouncilOpinion', { id: c.id, version: c.version, text: c.text, tagIds: [tag.id], memberOpinionIds: [] }));
    const refused = expectError(await sec.gql(DELETE_TAG, { input: { id: tag.id, version: tag.version } }), 'BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['id']);
    c = (await current()).find((o) => o.id === ids[0])!;
    expectData(await council(sec, 'updateCouncilOpinion', { id: c.id, version: c.version, text: c.text, tagIds: [], memberOpinionIds: [] }));
    expectData(await sec.gql(DELETE_TAG, { input: { id: tag.id, version: tag.version } }));
  });

  it('adopts a member opinion only once it is used, and lets members and staff see where it went after confirmation', async () => {
    const s = (await entry(sec, x.id)).memberOpinions[0];
    // The opinion was the source of ① before the merge; after the split both parts keep it.
    const list = await current();
    await expectData(await council(sec, 'updateCouncilOpinion', { id: list[0]!.id, version: list[0]!.version, text: list[0]!.text, tagIds: [], memberOpinionIds: [s.id] }));
    const adopted = expectData(await mo(sec, 'adoptMemberOpinion', { id: s.id, version: s.version })).adoptMemberOpinion;
    expect(adopted.state).toBe('ADOPTED');

    expectError(await staff.gql(`mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id } }`, {
      input: { opinions: [{ id: list[0]!.id, version: list[0]!.version + 1 }], confirmedOn: '2020-03-19', confirmedBy: '書面協議' },
    }), 'FORBIDDEN');
    const fresh = await current();
    const confirmed = expectData(await sec.gql(`mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id state confirmedOn confirmedBy } }`, {
      input: { opinions: fresh.map((c) => ({ id: c.id, version: c.version })), confirmedOn: '2020-03-19', confirmedBy: '令和元年度第２回産業振興協議会（書面協議）' },
    })).confirmCouncilOpinions;
    expect(confirmed.map((c: any) => c.state)).toEqual(['CONFIRMED', 'CONFIRMED']);

    const mine = (await entry(toyama, x.id)).memberOpinions[0];
    // ① because it was linked just now; ② because that part was split off an opinion drawn from it.
    expect(mine.usedIn).toEqual([
      { position: 1, mark: '①', text: fresh[0]!.text, state: 'CONFIRMED' },
      { position: 2, mark: '②', text: '第二創業にもアプローチするとよい。', state: 'CONFIRMED' },
    ]);
    expect((await entry(staff, x.id)).memberOpinions.map((o: any) => o.id)).toEqual([s.id]);
    expect((await entry(nakayama, x.id)).councilOpinions.map((c: any) => c.mark)).toEqual(['①', '②']);
  });

  it('locks confirmed opinions: no edit, no renumbering; reopening needs a reason', async () => {
    const [c1] = await current();
    expectError(await council(sec, 'updateCouncilOpinion', { id: c1!.id, version: c1!.version, text: '確定後の修正', tagIds: [], memberOpinionIds: [] }), 'INVALID_TRANSITION');
    expectError(await sec.gql(`mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id } }`, { input: { id: c1!.id, version: c1!.version } }), 'INVALID_TRANSITION');
    expect(fieldsOf(expectError(await council(sec, 'reopenCouncilOpinion', { id: c1!.id, version: c1!.version }), 'BAD_USER_INPUT'))).toEqual(['comment']);
    const reopened = expectData(await council(sec, 'reopenCouncilOpinion', { id: c1!.id, version: c1!.version, comment: '文言の誤りのため' })).reopenCouncilOpinion;
    expect(reopened).toMatchObject({ state: 'DRAFT', confirmedOn: null });
    // A structural change still waits while ② stays confirmed.
    expectError(await sec.gql(`mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id } }`, { input: { id: reopened.id, version: reopened.version } }), 'INVALID_TRANSITION');
  });

  it('shows the progress per entry, and keeps the cycle in CHECK until every entry has a confirmed opinion', async () => {
    const progress = expectData(await sec.gql(`query($id: ID!) { opinionProgress(cycleId: $id) { project { id } assignedCount submittedCount pendingMembers { name } councilDraftCount councilConfirmedCount } }`, { id: cycleId })).opinionProgress;
    expect(progress.find((p: any) => p.project.id === x.id)).toMatchObject({ assignedCount: 1, submittedCount: 1, pendingMembers: [], councilDraftCount: 1, councilConfirmedCount: 1 });
    expect(progress.find((p: any) => p.project.id === y.id)).toMatchObject({ assignedCount: 1, submittedCount: 0, pendingMembers: [{ name: '中山 健' }] });
    expectError(await toyama.gql(`query($id: ID!) { opinionProgress(cycleId: $id) { assignedCount } }`, { id: cycleId }), 'FORBIDDEN');
    const todo = expectData(await toyama.gql(`query($id: ID!) { myAssignedEntries(cycleId: $id) { id name } }`, { id: cycleId })).myAssignedEntries;
    expect(todo.map((p: any) => p.id)).toEqual([x.id]);

    const c = expectData(await sec.gql(`query($id: ID!) { cycle(id: $id) { id version availableActions { event failedPreconditions } } }`, { id: cycleId })).cycle;
    expect(c.availableActions).toEqual([{ event: 'START_ACTION', failedPreconditions: ['ENTRIES_HAVE_CONFIRMED_OPINION'] }]);
  });

  it('confirming adopts the opinions the council drew from, in the same transaction; the rest are noted at once', async () => {
    const submitted = [];
    for (const text of ['採用される意見。', '記録のみの意見。', 'もう一つの記録のみの意見。']) {
      const draft = expectData(await create(nakayama, y.id, text)).createMemberOpinion;
      submitted.push(expectData(await mo(nakayama, 'submitMemberOpinion', { id: draft.id, version: draft.version })).submitMemberOpinion);
    }
    const [used, ...rest] = submitted;
    const drawn = expectData(await council(sec, 'createCouncilOpinion', { projectId: y.id, text: '採用される意見をまとめたもの。', memberOpinionIds: [used.id] })).createCouncilOpinion;
    expectData(await sec.gql(`mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id } }`, {
      input: { opinions: [{ id: drawn.id, version: drawn.version }], confirmedOn: '2020-03-19', confirmedBy: '書面協議' },
    }));
    const states = async () => Object.fromEntries((await entry(sec, y.id)).memberOpinions.map((o: any) => [o.text, o.state]));
    expect(await states()).toEqual({ '採用される意見。': 'ADOPTED', '記録のみの意見。': 'SUBMITTED', 'もう一つの記録のみの意見。': 'SUBMITTED' });
    const adoptions = await t.sql(`SELECT "actorId" IS NOT NULL AS "hasActor", "fromState", "toState" FROM workflow_transition WHERE "subjectType" = 'member_opinion' AND "subjectId" = $1 AND event = 'ADOPT'`, [used.id]);
    expect(adoptions).toEqual([{ hasActor: true, fromState: 'SUBMITTED', toState: 'ADOPTED' }]);

    // the rest, in one call: a member may not; a stale version changes nothing; then both at once
    const NOTE = `mutation($input: NoteMemberOpinionsInput!) { noteMemberOpinions(input: $input) { id state } }`;
    const refs = rest.map((o: any) => ({ id: o.id, version: o.version }));
    expectError(await nakayama.gql(NOTE, { input: { opinions: refs } }), 'FORBIDDEN');
    expectError(await sec.gql(NOTE, { input: { opinions: [refs[0], { ...refs[1], version: refs[1]!.version + 5 }] } }), 'CONFLICT');
    expect(await states()).toMatchObject({ '記録のみの意見。': 'SUBMITTED' });
    const noted = expectData(await sec.gql(NOTE, { input: { opinions: refs } })).noteMemberOpinions;
    expect(noted.map((o: any) => o.state)).toEqual(['NOTED', 'NOTED']);

    // both kinds of opinion show their transitions, like sheets: who, what, when; a council opinion's comment to the secretariat only
    const HISTORY = `query($id: ID!) { project(id: $id) {
      memberOpinions { id transitions { event fromState toState actorName comment } }
      councilOpinions { id transitions { event toState actorName comment } } } }`;
    const bySec = expectData(await sec.gql(HISTORY, { id: y.id })).project;
    expect(bySec.memberOpinions.find((o: any) => o.id === used.id).transitions.map((x: any) => [x.event, x.fromState, x.toState])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED'],
      ['ADOPT', 'SUBMITTED', 'ADOPTED'],
    ]);
    expect(bySec.memberOpinions.find((o: any) => o.id === used.id).transitions[0].actorName).toBe('中山 健');
    expect(bySec.councilOpinions.find((c: any) => c.id === drawn.id).transitions).toEqual([
      { event: 'CONFIRM', toState: 'CONFIRMED', actorName: expect.any(String), comment: '書面協議' },
    ]);
    const byMember = expectData(await nakayama.gql(HISTORY, { id: y.id })).project;
    expect(byMember.councilOpinions.find((c: any) => c.id === drawn.id).transitions).toEqual([
      { event: 'CONFIRM', toState: 'CONFIRMED', actorName: expect.any(String), comment: null },
    ]);
  });
});
