import { MESSAGES } from '@kensho/domain';
import { print } from 'graphql';
import { EntryResponsesDocument, ResponseEntriesDocument, ResponseQueueDocument, ResponseQueueSetupDocument } from '../../apps/web/src/generated/graphql';
import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { demoDepartment, demoOrdinance } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { countStatements } from './support/sql-counter';

/**
 * The Action step: the entry's department answers the council's confirmed opinions, the secretariat
 * returns or approves each response, and the cycle publishes only when every confirmed opinion has an
 * approved response (or with the secretariat's override). This file owns the cycles of
 * FISCAL_YEARS.responses; its entries belong to 工業振興課 (kogyo: staff; shogyo: another department).
 */
const [FY_JOURNEY, FY_ANSWERS, FY_PUBLISH, FY_SMALL, FY_LARGE] = FISCAL_YEARS.responses;

const R = `id version state position marks text category difficultyReason dueDate submittedAt approvedAt
  tags { mark } councilOpinions { id position } availableActions { event requiresComment failedPreconditions }
  permissions { canEdit canDelete seesHistory }`;
const HISTORY = `revisions { version text current councilOpinionIds marks } returned { version text category marks }
  transitions { event fromState toState comment actorName }`;
const ENTRY = `query($id: ID!) {
  project(id: $id) {
    id canDraftResponse responseProgress { total answered submitted returned approved unanswered }
    councilOpinions { id mark state response { id state } }
    responses { ${R} }
  }
}`;
const ONE = `query($id: ID!) { response(id: $id) { ${R} ${HISTORY} } }`;
/** The secretariat's approval queue, as a screen would ask for it. */
const QUEUE = `query($filter: ResponseFilterInput!) {
  responses(filter: $filter) {
    ${R} updatedByName
    project { id name article { number } department { name } }
    councilOpinions { id mark text tags { mark } }
    returned { version text marks }
  }
}`;

const INPUT: Record<string, string> = {
  createResponse: 'CreateResponseInput',
  updateResponse: 'UpdateResponseInput',
  deleteResponse: 'VersionedRefInput',
  approveResponses: 'ResponsesTransitionInput',
  submitResponses: 'ResponsesTransitionInput',
};
/** A response mutation with its input as a variable. */
const call = (c: GqlClient, name: string, input: Record<string, unknown>) =>
  c.gql(`mutation($input: ${INPUT[name] ?? 'ResponseTransitionInput'}!) { ${name}(input: $input) { ${R} } }`, { input });

let t: TestApp;
let sec: GqlClient, kogyo: GqlClient, shogyo: GqlClient, toyama: GqlClient, admin: GqlClient;
let articleId: string, ordinanceId: string, kogyoDept: string;

interface Entry {
  cycleId: string;
  projectIds: string[];
  /** The confirmed council opinions of each entry, by number (index 0 = ①). */
  opinions: string[][];
  tagId: string;
}

/**
 * A cycle in `phase` with `entries` entries of 工業振興課, each with `perEntry` confirmed council opinions
 * (and one draft opinion after them), and a ※ tag. Inserted straight in the database.
 */
async function actionCycle(fiscalYear: number, entries: number, perEntry: number, phase = 'CHECK'): Promise<Entry> {
  const [cycle] = await t.sql(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, $3, 1) RETURNING id`, [fiscalYear, ordinanceId, phase]);
  const projects: Array<{ id: string }> = await t.sql(
    `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version)
     SELECT $1, $2, $3, '対応事業' || g, 'PROJECT', g, g, 1 FROM generate_series(1, $4::int) g RETURNING id`,
    [cycle.id, articleId, kogyoDept, entries],
  );
  await t.sql(
    `INSERT INTO council_opinion ("cycleId", "projectId", position, text, state, "confirmedOn", "confirmedBy", version)
     SELECT $1, p.id, g, '主な検証意見' || g, CASE WHEN g > $2 THEN 'DRAFT' ELSE 'CONFIRMED' END,
            CASE WHEN g > $2 THEN NULL ELSE date '2020-03-19' END, CASE WHEN g > $2 THEN NULL ELSE '書面協議' END, 1
       FROM project p, generate_series(1, $2::int + 1) g WHERE p."cycleId" = $1`,
    [cycle.id, perEntry],
  );
  const rows: Array<{ id: string; projectId: string }> = await t.sql(
    `SELECT id, "projectId" FROM council_opinion WHERE "cycleId" = $1 AND state = 'CONFIRMED' ORDER BY position`,
    [cycle.id],
  );
  const [tag] = await t.sql(`INSERT INTO tag ("cycleId", mark, label, legend, version) VALUES ($1, '※', '新型コロナ', '※ は…', 1) RETURNING id`, [cycle.id]);
  const ids = projects.map((p) => p.id);
  return { cycleId: cycle.id, projectIds: ids, opinions: ids.map((p) => rows.filter((r) => r.projectId === p).map((r) => r.id)), tagId: tag.id };
}

/** Everything about the responses of a cycle, as one text: a refused call must leave it as it was. */
async function fingerprint(cycleId: string): Promise<string> {
  const [row] = await t.sql(
    `SELECT json_build_object(
       'responses', (SELECT json_agg(r ORDER BY r.id) FROM response r WHERE r."cycleId" = $1),
       'links', (SELECT json_agg(ro ORDER BY ro.id) FROM response_opinion ro JOIN response r ON r.id = ro."responseId" WHERE r."cycleId" = $1),
       'revisions', (SELECT json_agg(rr ORDER BY rr.id) FROM response_revision rr JOIN response r ON r.id = rr."responseId" WHERE r."cycleId" = $1),
       'transitions', (SELECT count(*) FROM workflow_transition w JOIN response r ON r.id = w."subjectId"),
       'audit', (SELECT count(*) FROM audit_event a WHERE a."entityType" = 'response')
     )::text AS fp`,
    [cycleId],
  );
  return row.fp;
}

beforeAll(async () => {
  t = await startApp();
  [sec, kogyo, shogyo, toyama, admin] = await Promise.all([t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember(), t.asAdmin()]);
  const ordinance = await demoOrdinance(sec);
  ordinanceId = ordinance.id;
  articleId = ordinance.articles[0]!.id;
  kogyoDept = (await demoDepartment(sec, '工業振興課')).id;
});
afterAll(() => t?.close());

describe('a response from draft to approval, and reopened', () => {
  let e: Entry;
  let id: string;
  let version: number;
  const entry = async (c: GqlClient, i = 0) => expectData(await c.gql(ENTRY, { id: e.projectIds[i] })).project;
  const one = async (c: GqlClient) => c.gql(ONE, { id });
  const draft = (opinionIds: string[], extra: Record<string, unknown> = {}) => ({
    projectId: e.projectIds[0], councilOpinionIds: opinionIds, text: '令和２年度は起業家塾のカリキュラムを見直す。', category: 'PLANNED', tagIds: [], ...extra,
  });

  beforeAll(async () => {
    e = await actionCycle(FY_JOURNEY, 2, 4);
  });

  it('lets the entry’s department draft a response that only it and the secretariat see', async () => {
    const r = expectData(await call(kogyo, 'createResponse', draft([e.opinions[0]![0]!], { tagIds: [e.tagId], dueDate: '2021-03-31' }))).createResponse;
    expect(r).toMatchObject({
      state: 'DRAFT', version: 1, position: 1, marks: '①', category: 'PLANNED', dueDate: '2021-03-31', tags: [{ mark: '※' }],
      availableActions: [{ event: 'SUBMIT', requiresComment: false, failedPreconditions: [] }],
      permissions: { canEdit: true, canDelete: true, seesHistory: true },
    });
    ({ id, version } = r);
    expect((await entry(kogyo)).responses.map((x: { id: string }) => x.id)).toEqual([id]);
    const bySecretariat = (await entry(sec)).responses;
    expect(bySecretariat).toHaveLength(1);
    expect(bySecretariat[0]).toMatchObject({ availableActions: [], permissions: { canEdit: false, canDelete: false, seesHistory: true } });
    // everyone else: as if it did not exist
    for (const c of [shogyo, toyama, admin]) {
      expect((await entry(c)).responses).toEqual([]);
      expect((await entry(c)).councilOpinions[0].response).toBeNull();
      expectError(await one(c), 'NOT_FOUND');
    }
    expect((await entry(kogyo)).councilOpinions[0].response).toEqual({ id, state: 'DRAFT' });
    expect(await Promise.all([kogyo, shogyo, sec, toyama, admin].map(async (c) => (await entry(c)).canDraftResponse))).toEqual([true, false, false, false, false]);
    expect((await entry(kogyo)).responseProgress).toEqual({ total: 4, answered: 1, submitted: 0, returned: 0, approved: 0, unanswered: 3 });
    expect((await entry(toyama)).responseProgress).toEqual({ total: 4, answered: 0, submitted: 0, returned: 0, approved: 0, unanswered: 4 });
  });

  it('keeps the department’s drafts to itself: another department may not submit, edit or answer for it', async () => {
    const before = await fingerprint(e.cycleId);
    expectError(await call(shogyo, 'createResponse', draft([e.opinions[0]![1]!])), 'FORBIDDEN');
    expectError(await call(shogyo, 'submitResponse', { id, version }), 'NOT_FOUND');
    expectError(await call(shogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!]), projectId: undefined, id, version }), 'NOT_FOUND');
    for (const c of [sec, toyama, admin]) {
      expectError(await call(c, 'createResponse', draft([e.opinions[0]![1]!])), 'FORBIDDEN');
      expectError(await call(c, 'submitResponse', { id, version }), 'FORBIDDEN');
    }
    expectError(await call(toyama, 'approveResponse', { id, version }), 'FORBIDDEN');
    expectError(await call(kogyo, 'approveResponse', { id, version }), 'FORBIDDEN');
    expect(await fingerprint(e.cycleId)).toBe(before);
  });

  it('submits; the secretariat returns it with a comment (required)', async () => {
    expectError(await call(kogyo, 'submitResponse', { id, version: version + 1 }), 'CONFLICT');
    let r = expectData(await call(kogyo, 'submitResponse', { id, version })).submitResponse;
    expect(r).toMatchObject({ state: 'SUBMITTED', availableActions: [], permissions: { canEdit: false, canDelete: false } });
    expect(r.submittedAt).toBeTruthy();
    version = r.version;
    expectError(await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!]), projectId: undefined, id, version }), 'INVALID_TRANSITION');
    const [queued] = expectData(await sec.gql(QUEUE, { filter: { cycleId: e.cycleId, states: ['SUBMITTED'] } })).responses;
    expect(queued).toMatchObject({ id, availableActions: [{ event: 'RETURN', requiresComment: true }, { event: 'APPROVE', requiresComment: false }], returned: null });
    expect(fieldsOf(expectError(await call(sec, 'returnResponse', { id, version, comment: '  ' }), 'BAD_USER_INPUT'))).toEqual(['comment']);
    r = expectData(await call(sec, 'returnResponse', { id, version, comment: '実施時期を明記してください' })).returnResponse;
    expect(r).toMatchObject({ state: 'RETURNED', permissions: { canEdit: false } });
    version = r.version;
    const mine = expectData(await one(kogyo)).response;
    expect(mine).toMatchObject({ permissions: { canEdit: true, canDelete: false }, availableActions: [{ event: 'SUBMIT' }], returned: { version, text: mine.text } });
    expect(mine.transitions.map((x: { event: string; comment: string | null }) => [x.event, x.comment])).toEqual([
      ['SUBMIT', null],
      ['RETURN', '実施時期を明記してください'],
    ]);
    // a returned response is not deleted: it keeps its review history
    expectError(await call(kogyo, 'deleteResponse', { id, version }), 'INVALID_TRANSITION');
  });

  it('edits and resubmits; the secretariat reviews it against the version it returned, and approves', async () => {
    const returnedText = '令和２年度は起業家塾のカリキュラムを見直す。';
    const edited = '令和２年度中に起業家塾のカリキュラムを見直し、副業レベルの講座を試行する。';
    const stale = await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!], { text: edited }), projectId: undefined, id, version: version - 1 });
    expect(expectError(stale, 'CONFLICT').extensions?.currentVersion).toBe(version);
    let r = expectData(await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!], { text: edited, tagIds: [e.tagId], dueDate: '2021-03-31' }), projectId: undefined, id, version })).updateResponse;
    expect(r).toMatchObject({ state: 'RETURNED', version: version + 1, text: edited });
    const returnedVersion = version;
    version = r.version;
    // saved again unchanged: nothing is written, the version stays
    const before = await fingerprint(e.cycleId);
    r = expectData(await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!], { text: `  ${edited} `, tagIds: [e.tagId], dueDate: '2021-03-31' }), projectId: undefined, id, version })).updateResponse;
    expect(r.version).toBe(version);
    expect(await fingerprint(e.cycleId)).toBe(before);

    version = expectData(await call(kogyo, 'submitResponse', { id, version })).submitResponse.version;
    const review = expectData(await one(sec)).response;
    expect(review).toMatchObject({ state: 'SUBMITTED', text: edited, returned: { version: returnedVersion, text: returnedText, category: 'PLANNED', marks: '①' } });
    expect(review.revisions.map((v: { version: number; current: boolean; text: string }) => [v.version, v.current, v.text])).toEqual([
      [version, true, edited],
      [returnedVersion, false, returnedText],
    ]);
    const approved = expectData(await call(sec, 'approveResponse', { id, version })).approveResponse;
    expect(approved).toMatchObject({ state: 'APPROVED', availableActions: [{ event: 'REOPEN', requiresComment: true }] });
    expect(expectData(await one(kogyo)).response).toMatchObject({ state: 'APPROVED', availableActions: [], permissions: { canEdit: false, canDelete: false } });
    expect(approved.approvedAt).toBeTruthy();
    version = approved.version;
  });

  it('locks an approved response: edits are refused until the secretariat reopens it with a reason', async () => {
    const before = await fingerprint(e.cycleId);
    const refused = expectError(await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!], { text: '承認後の書き換え' }), projectId: undefined, id, version }), 'INVALID_TRANSITION');
    expect(refused.message).toBe(MESSAGES.RESPONSE_LOCKED.ja);
    expectError(await call(kogyo, 'deleteResponse', { id, version }), 'INVALID_TRANSITION');
    // another department and members now read it, and may not change it
    expectError(await call(shogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!]), projectId: undefined, id, version }), 'FORBIDDEN');
    const seen = expectData(await one(toyama)).response;
    expect(seen).toMatchObject({ state: 'APPROVED', returned: null, permissions: { canEdit: false, seesHistory: false } });
    expect(seen.revisions).toHaveLength(1);
    expect(seen.transitions.every((x: { comment: string | null }) => x.comment === null)).toBe(true);
    expect((await entry(toyama)).responseProgress).toEqual({ total: 4, answered: 1, submitted: 1, returned: 0, approved: 1, unanswered: 3 });
    expect(fieldsOf(expectError(await call(sec, 'reopenResponse', { id, version }), 'BAD_USER_INPUT'))).toEqual(['comment']);
    expect(await fingerprint(e.cycleId)).toBe(before);

    const reopened = expectData(await call(sec, 'reopenResponse', { id, version, comment: '協議会の指摘を反映するため' })).reopenResponse;
    expect(reopened).toMatchObject({ state: 'RETURNED', approvedAt: null, permissions: { canEdit: false } });
    version = reopened.version;
    const mine = expectData(await one(kogyo)).response;
    expect(mine.transitions.at(-1)).toMatchObject({ event: 'REOPEN', fromState: 'APPROVED', toState: 'RETURNED', comment: '協議会の指摘を反映するため' });
    expect(mine.returned).toMatchObject({ version });
    const edited = expectData(await call(kogyo, 'updateResponse', { ...draft([e.opinions[0]![0]!], { text: '協議会の指摘を踏まえ、講座名も見直す。' }), projectId: undefined, id, version })).updateResponse;
    expect(edited).toMatchObject({ state: 'RETURNED', text: '協議会の指摘を踏まえ、講座名も見直す。' });
    // the reopened response is hidden again from those outside the department and the secretariat
    expectError(await one(toyama), 'NOT_FOUND');
  });
});

describe('which opinions a response answers', () => {
  let e: Entry;
  beforeAll(async () => {
    e = await actionCycle(FY_ANSWERS, 2, 4);
  });
  const create = (c: GqlClient, opinionIds: string[], extra: Record<string, unknown> = {}) =>
    call(c, 'createResponse', { projectId: e.projectIds[0], councilOpinionIds: opinionIds, text: '対応する。', category: 'DONE', tagIds: [], ...extra });

  it('answers two opinions with one response (②・③), each pointing back at it', async () => {
    const r = expectData(await create(kogyo, [e.opinions[0]![2]!, e.opinions[0]![1]!])).createResponse;
    expect(r).toMatchObject({ marks: '②・③', position: 2 });
    expect(r.councilOpinions.map((o: { position: number }) => o.position)).toEqual([2, 3]);
    const entry = expectData(await kogyo.gql(ENTRY, { id: e.projectIds[0] })).project;
    expect(entry.councilOpinions.map((o: { response: { id: string } | null }) => o.response?.id ?? null)).toEqual([null, r.id, r.id, null]);
    expect(entry.responseProgress).toMatchObject({ total: 4, answered: 2, unanswered: 2 });
  });

  it('refuses an opinion answered twice, in Japanese and English, and changes nothing', async () => {
    const before = await fingerprint(e.cycleId);
    for (const lang of ['ja', 'en'] as const) {
      const res = await kogyo.gql(`mutation($input: CreateResponseInput!) { createResponse(input: $input) { id } }`, {
        input: { projectId: e.projectIds[0], councilOpinionIds: [e.opinions[0]![0]!, e.opinions[0]![2]!], text: '二重', category: 'DONE', tagIds: [] },
      }, { lang });
      const err = expectError(res, 'BAD_USER_INPUT');
      expect(fieldsOf(err)).toEqual(['councilOpinionIds']);
      expect(err.message).toBe(MESSAGES.OPINION_ANSWERED[lang]);
    }
    expect(await fingerprint(e.cycleId)).toBe(before);
  });

  it('refuses two concurrent answers to one opinion: one wins, the other is told so', async () => {
    const both = await Promise.all([create(kogyo, [e.opinions[0]![3]!]), create(kogyo, [e.opinions[0]![3]!])]);
    const codes = both.map((res) => res.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'ok']);
    const [row] = await t.sql(`SELECT count(*)::int AS n FROM response_opinion WHERE "councilOpinionId" = $1`, [e.opinions[0]![3]]);
    expect(row.n).toBe(1);
    // and the database holds the rule on its own
    const [other] = await t.sql(`SELECT id FROM response WHERE "projectId" = $1 AND position = 2`, [e.projectIds[0]]);
    await expect(t.sql(`INSERT INTO response_opinion ("responseId", "councilOpinionId") VALUES ($1, $2)`, [other.id, e.opinions[0]![3]])).rejects.toThrow(/UQ_response_opinion_council_opinion/);
  });

  it('refuses an edit that takes an opinion another response answers, and changes nothing', async () => {
    const [fourth] = await t.sql(`SELECT r.id, r.version FROM response r JOIN response_opinion ro ON ro."responseId" = r.id WHERE ro."councilOpinionId" = $1`, [e.opinions[0]![3]]);
    const before = await fingerprint(e.cycleId);
    const res = await call(kogyo, 'updateResponse', { ...fourth, councilOpinionIds: [e.opinions[0]![3]!, e.opinions[0]![1]!], text: '②にも対応する。', category: 'DONE', tagIds: [] });
    expect(fieldsOf(expectError(res, 'BAD_USER_INPUT'))).toEqual(['councilOpinionIds']);
    expect(await fingerprint(e.cycleId)).toBe(before);
  });

  it('refuses bad input with the failing field, and changes nothing', async () => {
    const before = await fingerprint(e.cycleId);
    const [draftOpinion] = await t.sql(`SELECT id FROM council_opinion WHERE "projectId" = $1 AND state = 'DRAFT'`, [e.projectIds[0]]);
    const [otherTag] = await t.sql(`SELECT id FROM tag WHERE "cycleId" <> $1 LIMIT 1`, [e.cycleId]);
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ category: 'DIFFICULT' }, 'difficultyReason'],
      [{ category: 'DIFFICULT', difficultyReason: '   ' }, 'difficultyReason'],
      [{ councilOpinionIds: [] }, 'councilOpinionIds'],
      [{ councilOpinionIds: [draftOpinion.id] }, 'councilOpinionIds', MESSAGES.OPINIONS_TO_ANSWER.ja],
      [{ councilOpinionIds: [e.opinions[1]![0]!] }, 'councilOpinionIds', MESSAGES.OPINIONS_TO_ANSWER.ja], // another entry's
      [{ text: '  ' }, 'text'],
      [{ category: 'SOMEDAY' }, 'category'],
      [{ dueDate: '2021-02-30' }, 'dueDate'],
      [{ tagIds: [otherTag.id] }, 'tagIds'],
    ];
    for (const [extra, field, message] of cases) {
      const input = { projectId: e.projectIds[0], councilOpinionIds: [e.opinions[0]![0]!], text: '対応する。', category: 'DONE', tagIds: [], ...extra };
      const res = await kogyo.gql(`mutation($input: CreateResponseInput!) { createResponse(input: $input) { id } }`, { input });
      const err = expectError(res, 'BAD_USER_INPUT');
      expect({ extra, fields: fieldsOf(err) }).toEqual({ extra, fields: [field] });
      if (message) expect(err.message).toBe(message);
    }
    expect(await fingerprint(e.cycleId)).toBe(before);
  });

  it('accepts 対応困難 with its reason, and keeps a council opinion a response answers confirmed', async () => {
    const r = expectData(await create(kogyo, [e.opinions[0]![0]!], { category: 'DIFFICULT', difficultyReason: '予算の制約のため' })).createResponse;
    expect(r).toMatchObject({ category: 'DIFFICULT', difficultyReason: '予算の制約のため' });
    const [opinion] = await t.sql(`SELECT id, version FROM council_opinion WHERE id = $1`, [e.opinions[0]![0]]);
    const res = await sec.gql(`mutation($input: ReopenCouncilOpinionInput!) { reopenCouncilOpinion(input: $input) { id state } }`, {
      input: { ...opinion, comment: '表現を見直す' },
    });
    expect(expectError(res, 'INVALID_TRANSITION').message).toBe(MESSAGES.OPINION_HAS_RESPONSE.ja);
    const [after] = await t.sql(`SELECT state, version FROM council_opinion WHERE id = $1`, [e.opinions[0]![0]]);
    expect(after).toEqual({ state: 'CONFIRMED', version: opinion.version });
  });

  it('approves several at once (all or none): a stale one refuses them all', async () => {
    const refs: Array<{ id: string; version: number }> = await t.sql(`SELECT id, version FROM response WHERE "cycleId" = $1 ORDER BY position`, [e.cycleId]);
    const submitted = expectData(await call(kogyo, 'submitResponses', { responses: refs })).submitResponses;
    expect(submitted.map((r: { state: string }) => r.state)).toEqual(refs.map(() => 'SUBMITTED'));
    const current = submitted.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version }));
    const before = await fingerprint(e.cycleId);
    expectError(await call(sec, 'approveResponses', { responses: [current[0], { ...current[1], version: current[1].version - 1 }] }), 'CONFLICT');
    expect(fieldsOf(expectError(await call(sec, 'approveResponses', { responses: [current[0], current[0]] }), 'BAD_USER_INPUT'))).toEqual(['responses']);
    expectError(await call(kogyo, 'approveResponses', { responses: current }), 'FORBIDDEN');
    expect(await fingerprint(e.cycleId)).toBe(before);
    const approved = expectData(await call(sec, 'approveResponses', { responses: current })).approveResponses;
    expect(approved.map((r: { state: string }) => r.state)).toEqual(current.map(() => 'APPROVED'));
  });

  it('filters the queue by state, department, article and entry; members see only approved responses', async () => {
    expectData(await create(kogyo, [e.opinions[1]![0]!], { projectId: e.projectIds[1] }));
    const queue = async (c: GqlClient, filter: Record<string, unknown>) =>
      expectData(await c.gql(QUEUE, { filter: { cycleId: e.cycleId, ...filter } })).responses.map((r: { state: string; marks: string; project: { id: string } }) => [
        e.projectIds.indexOf(r.project.id), r.marks, r.state,
      ]);
    expect(await queue(sec, {})).toEqual([[0, '①', 'APPROVED'], [0, '②・③', 'APPROVED'], [0, '④', 'APPROVED'], [1, '①', 'DRAFT']]);
    expect(await queue(sec, { states: ['DRAFT'] })).toEqual([[1, '①', 'DRAFT']]);
    expect(await queue(sec, { projectId: e.projectIds[1] })).toEqual([[1, '①', 'DRAFT']]);
    expect(await queue(sec, { departmentId: kogyoDept, articleId })).toHaveLength(4);
    const [otherDept] = await t.sql(`SELECT id FROM department WHERE id <> $1 LIMIT 1`, [kogyoDept]);
    expect(await queue(sec, { departmentId: otherDept.id })).toEqual([]);
    expect(await queue(kogyo, { mine: true })).toHaveLength(4);
    expect(await queue(shogyo, {})).toHaveLength(3);
    expect(await queue(shogyo, { mine: true })).toEqual([]);
    expect(await queue(toyama, {})).toEqual([[0, '①', 'APPROVED'], [0, '②・③', 'APPROVED'], [0, '④', 'APPROVED']]);
    const cycle = `query($id: ID!) { cycle(id: $id) { responseProgress { total answered submitted approved unanswered } unansweredCouncilOpinions { id } } }`;
    expect(expectData(await sec.gql(cycle, { id: e.cycleId })).cycle).toEqual({
      responseProgress: { total: 8, answered: 5, submitted: 4, approved: 4, unanswered: 3 },
      unansweredCouncilOpinions: e.opinions[1]!.slice(1).map((id) => ({ id })),
    });
    expect(expectData(await toyama.gql(cycle, { id: e.cycleId })).cycle.responseProgress).toEqual({ total: 8, answered: 4, submitted: 4, approved: 4, unanswered: 4 });
  });
});

describe('publishing the cycle needs every confirmed opinion answered by an approved response', () => {
  it('refuses PUBLISH, lists what is missing, and takes the secretariat’s override with a reason', async () => {
    const e = await actionCycle(FY_PUBLISH, 1, 2, 'ACTION');
    const CYCLE = `query($id: ID!) { cycle(id: $id) { id version phase availableActions { event failedPreconditions mayOverride } unansweredCouncilOpinions { id mark }
      transitions { event overridden comment } } }`;
    const read = async () => expectData(await sec.gql(CYCLE, { id: e.cycleId })).cycle;
    const advance = async (input: Record<string, unknown>) => {
      const c = await read();
      return sec.gql(`mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { id phase } }`, { input: { id: c.id, version: c.version, event: 'PUBLISH', ...input } });
    };
    // ① answered and approved, ② not answered
    const r = expectData(await call(kogyo, 'createResponse', { projectId: e.projectIds[0], councilOpinionIds: [e.opinions[0]![0]!], text: '対応する。', category: 'DONE', tagIds: [] })).createResponse;
    const s = expectData(await call(kogyo, 'submitResponse', { id: r.id, version: r.version })).submitResponse;
    const a = expectData(await call(sec, 'approveResponse', { id: s.id, version: s.version })).approveResponse;
    let c = await read();
    expect(c.availableActions).toEqual([{ event: 'PUBLISH', failedPreconditions: ['ALL_RESPONSES_APPROVED'], mayOverride: true }]);
    expect(c.unansweredCouncilOpinions).toEqual([{ id: e.opinions[0]![1]!, mark: '②' }]);
    const refused = expectError(await advance({}), 'INVALID_TRANSITION');
    expect(refused.extensions?.failedPreconditions).toEqual(['ALL_RESPONSES_APPROVED']);
    expect(fieldsOf(expectError(await advance({ override: true }), 'BAD_USER_INPUT'))).toEqual(['reason']);
    expect((await read()).phase).toBe('ACTION');

    expect(expectData(await advance({ override: true, reason: '②の対応は次年度に報告する' })).advanceCycle.phase).toBe('PUBLISHED');
    c = await read();
    expect(c.transitions.at(-1)).toEqual({ event: 'PUBLISH', overridden: ['ALL_RESPONSES_APPROVED'], comment: '②の対応は次年度に報告する' });
    // a published cycle is the record of the year: no response changes any more
    const res = await call(sec, 'reopenResponse', { id: a.id, version: a.version, comment: '公表後の修正' });
    expect(expectError(res, 'INVALID_TRANSITION').extensions?.failedPreconditions).toEqual(['RESPONSES_OPEN']);
    const created = await call(kogyo, 'createResponse', { projectId: e.projectIds[0], councilOpinionIds: [e.opinions[0]![1]!], text: '遅れた対応', category: 'DONE', tagIds: [] });
    expectError(created, 'INVALID_TRANSITION');
    expect(expectData(await kogyo.gql(`query($id: ID!) { project(id: $id) { canDraftResponse } }`, { id: e.projectIds[0] })).project.canDraftResponse).toBe(false);
  });
});

describe('the cost of the Action screens', () => {
  /** `entries` entries of `perEntry` confirmed opinions, each answered by its own response (submitted), with a revision and two transitions each. */
  async function answered(fiscalYear: number, entries: number, perEntry: number): Promise<Entry> {
    const e = await actionCycle(fiscalYear, entries, perEntry, 'ACTION');
    await t.sql(
      `INSERT INTO response ("cycleId", "projectId", position, text, category, state, "tagIds", "returnedVersion", version, "submittedAt", "updatedById")
       SELECT o."cycleId", o."projectId", o.position, '対応' || o.position, 'PLANNED', 'SUBMITTED', ARRAY[$2::uuid], 2, 3, now(), (SELECT id FROM app_user WHERE "loginId" = 'kogyo')
         FROM council_opinion o WHERE o."cycleId" = $1 AND o.state = 'CONFIRMED'`,
      [e.cycleId, e.tagId],
    );
    await t.sql(
      `INSERT INTO response_opinion ("responseId", "councilOpinionId")
       SELECT r.id, o.id FROM response r JOIN council_opinion o ON o."projectId" = r."projectId" AND o.position = r.position WHERE r."cycleId" = $1`,
      [e.cycleId],
    );
    await t.sql(
      `INSERT INTO response_revision ("responseId", version, text, category, "councilOpinionIds", "savedAt")
       SELECT r.id, 2, '元の対応' || r.position, 'PLANNED', ARRAY[ro."councilOpinionId"], now() FROM response r JOIN response_opinion ro ON ro."responseId" = r.id WHERE r."cycleId" = $1`,
      [e.cycleId],
    );
    await t.sql(
      `INSERT INTO workflow_transition ("subjectType", "subjectId", event, "fromState", "toState", comment, at)
       SELECT 'response', r.id, x.event, x.f, x.t, x.c, now() - x.ago FROM response r,
              (VALUES ('RETURN', 'SUBMITTED', 'RETURNED', '見直してください', interval '1 day'), ('SUBMIT', 'RETURNED', 'SUBMITTED', NULL, interval '0')) AS x(event, f, t, c, ago)
        WHERE r."cycleId" = $1`,
      [e.cycleId],
    );
    return e;
  }

  let small: Entry, large: Entry;
  beforeAll(async () => {
    small = await answered(FY_SMALL, 2, 1);
    large = await answered(FY_LARGE, 20, 6);
  });

  it('the approval queue: the same statements for 2 responses as for 120', async () => {
    const a = await countStatements(() => sec.gql(QUEUE, { filter: { cycleId: small.cycleId, states: ['SUBMITTED'] } }));
    const b = await countStatements(() => sec.gql(QUEUE, { filter: { cycleId: large.cycleId, states: ['SUBMITTED'] } }));
    expect(expectData(a.result).responses).toHaveLength(2);
    const queue = expectData(b.result).responses;
    expect(queue).toHaveLength(120);
    expect(queue[119]).toMatchObject({ marks: '⑥', returned: { version: 2, text: '元の対応6', marks: '⑥' }, availableActions: [{ event: 'RETURN' }, { event: 'APPROVE' }] });
    expect(b.count).toBe(a.count);
  });

  it('an entry’s grid (its opinions and responses, with their history): the same statements for 1 response as for 6', async () => {
    const GRID = `query($id: ID!) {
      project(id: $id) {
        id name responseProgress { total answered submitted approved }
        councilOpinions { id mark text tags { mark } response { id } }
        responses { ${R} ${HISTORY} }
      }
    }`;
    const a = await countStatements(() => kogyo.gql(GRID, { id: small.projectIds[0] }));
    const b = await countStatements(() => kogyo.gql(GRID, { id: large.projectIds[0] }));
    expect(expectData(a.result).project.responses).toHaveLength(1);
    const grid = expectData(b.result).project;
    expect(grid.responses).toHaveLength(6);
    expect(grid.responses[5].revisions).toHaveLength(2);
    expect(grid.responses[5].transitions.map((x: { event: string }) => x.event)).toEqual(['RETURN', 'SUBMIT']);
    expect(grid.responseProgress).toEqual({ total: 6, answered: 6, submitted: 6, approved: 0 });
    expect(b.count).toBe(a.count);
  });

  // The web's own documents (apps/web/src/features/responses/graphql/responses.ts), as its screens send them.
  it('the web’s entry page (Check and Action side by side): the same statements for 1 response as for 6', async () => {
    const a = await countStatements(() => kogyo.gql(print(EntryResponsesDocument), { id: small.projectIds[0] }));
    const b = await countStatements(() => kogyo.gql(print(EntryResponsesDocument), { id: large.projectIds[0] }));
    expect(expectData(a.result).project.responses).toHaveLength(1);
    const entry = expectData(b.result).project;
    expect(entry.responses).toHaveLength(6);
    // the staff read the confirmed opinions only, each answered
    expect(entry.councilOpinions.map((o: { response: { id: string } | null }) => !!o.response)).toEqual([true, true, true, true, true, true]);
    expect(entry.responses[5]).toMatchObject({ marks: '⑥', returned: { version: 2 }, permissions: { canEdit: false, seesHistory: true } });
    expect(b.count).toBe(a.count);
  });

  it('the web’s list of entries with their progress: the same statements for 2 entries as for 20', async () => {
    const a = await countStatements(() => sec.gql(print(ResponseEntriesDocument), { cycleId: small.cycleId }));
    const b = await countStatements(() => sec.gql(print(ResponseEntriesDocument), { cycleId: large.cycleId }));
    expect(expectData(a.result).cycle.projects).toHaveLength(2);
    const cycle = expectData(b.result).cycle;
    expect(cycle.projects).toHaveLength(20);
    expect(cycle.projects[0].responseProgress).toEqual({ total: 6, answered: 6, submitted: 6, approved: 0 });
    expect(cycle.responseProgress).toMatchObject({ total: 120, answered: 120, submitted: 120, approved: 0 });
    expect(b.count).toBe(a.count);
  });

  it('the web’s approval queue and its filters: the same statements for 2 responses as for 120', async () => {
    const queue = (e: Entry) => sec.gql(print(ResponseQueueDocument), { filter: { cycleId: e.cycleId, states: ['SUBMITTED'] } });
    const a = await countStatements(() => queue(small));
    const b = await countStatements(() => queue(large));
    expect(expectData(a.result).responses).toHaveLength(2);
    const rows = expectData(b.result).responses;
    expect(rows).toHaveLength(120);
    expect(rows[119]).toMatchObject({ marks: '⑥', returned: { version: 2, marks: '⑥' }, project: { department: { name: '工業振興課' } } });
    expect(b.count).toBe(a.count);
    const setupA = await countStatements(() => sec.gql(print(ResponseQueueSetupDocument), { cycleId: small.cycleId }));
    const setupB = await countStatements(() => sec.gql(print(ResponseQueueSetupDocument), { cycleId: large.cycleId }));
    expect(expectData(setupB.result).cycle.responseProgress).toMatchObject({ total: 120, submitted: 120 });
    expect(setupB.count).toBe(setupA.count);
  });
});
