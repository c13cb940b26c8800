import { randomUUID } from 'node:crypto';
import { MESSAGES } from '@kensho/domain';
import { getNamedType, getNullableType, GraphQLInputObjectType, GraphQLList, type GraphQLSchema } from 'graphql';
import { startApp, unique, type TestApp } from './support/app';
import type { GqlClient, GqlResponse } from './support/client';
import { expectData, expectError, fieldsOf } from './support/errors';
import { bodyId, demoDepartment, type Ref } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { readSchemaFile } from './support/schema';

/**
 * Who may call which mutation: a table of EVERY mutation of the schema × every caller. Each caller the
 * table does not allow gets FORBIDDEN (anonymous: UNAUTHENTICATED) for a valid input, and the database
 * is unchanged; each caller it allows gets through (the positive control, so the table cannot pass by
 * refusing everyone). A mutation added to the schema without a row here fails the first test.
 *
 * This file owns an ordinance of its own, the cycles of FISCAL_YEARS.permissions (one in PLAN, one in DO,
 * one created by the positive control, one in CHECK), and rows marked with its tag.
 */
type Caller = 'admin' | 'secretariat' | 'staff' | 'otherStaff' | 'member' | 'otherMember' | 'anonymous';
const CALLERS: Caller[] = ['admin', 'secretariat', 'staff', 'otherStaff', 'member', 'otherMember', 'anonymous'];
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');

const [FY_PLAN, FY_DO, FY_NEW, FY_CHECK] = FISCAL_YEARS.permissions;
const TAG = unique('perm');

interface Row {
  /** Who may call it (everyone else must be refused). */
  allowed: Caller[];
  /**
   * Refusals the API deliberately answers with another code than FORBIDDEN (each one explained where it
   * is used); the refusal must still change nothing.
   */
  refusedWith?: Partial<Record<Caller, string>>;
  /** Which allowed callers run the positive control (default: all of them). */
  positive?: Caller[];
  /** What the positive control must get: data (default) or an error code that shows the call passed the permission check. */
  positiveExpects?: string;
  doc: string;
  /** A valid input against this file's data, read fresh (current versions; throwaway rows for deletions). */
  variables: () => Promise<Record<string, unknown>>;
}

let t: TestApp;
let clients: Record<Exclude<Caller, 'anonymous'>, GqlClient>;
let council: string;
/** This file's data. */
const f = {} as {
  ordinance: string;
  article: string;
  department: string;
  member: string;
  member3: string;
  planCycle: string;
  group: string;
  project: string;
  doCycle: string;
  kogyoDepartment: string;
  sheets: { draft: string; submitted: string; accepted: string; submitted2: string };
  tag: string;
  tagMark: string;
  checkCycle: string;
  /** An entry of the CHECK cycle assigned to toyama (member), all of its council opinions drafts. */
  opinionEntry: string;
  /** An entry of the CHECK cycle for confirming and reopening. */
  confirmEntry: string;
  /** An entry of 工業振興課 (kogyo = staff) in the CHECK cycle, to answer its confirmed opinions. */
  responseEntry: string;
  toyama: string;
  user: string;
  signInUser: { loginId: string; password: string };
};

const version = async (table: string, id: string): Promise<number> => {
  const [row] = await t.sql(`SELECT version FROM "${table}" WHERE id = $1`, [id]);
  if (!row) throw new Error(`${table} ${id} is gone`);
  return row.version;
};
const ref = async (table: string, id: string): Promise<Ref> => ({ id, version: await version(table, id) });
const insert = async (sql: string, params: unknown[]): Promise<Ref> => (await t.sql(`${sql} RETURNING id, version`, params))[0];

/** A throwaway opinion of toyama's on the CHECK cycle's entry. */
const memberOpinion = (state: string) =>
  insert(`INSERT INTO member_opinion ("cycleId", "projectId", "memberId", kind, text, state, version) VALUES ($1, $2, $3, 'IMPROVEMENT', $4, $5, 1)`, [
    f.checkCycle,
    f.opinionEntry,
    f.toyama,
    `意見 ${n()}`,
    state,
  ]);
/** A throwaway council opinion, numbered after the entry's last one. */
const councilOpinion = (projectId: string, state: string) =>
  insert(
    `INSERT INTO council_opinion ("cycleId", "projectId", position, text, state, "confirmedOn", "confirmedBy", version)
     SELECT $1, $2, coalesce(max(position), 0) + 1, $3, $4::varchar, CASE WHEN $4 = 'CONFIRMED' THEN date '${FY_CHECK + 1}-01-20' END, CASE WHEN $4 = 'CONFIRMED' THEN '第2回' END, 1
       FROM council_opinion WHERE "projectId" = $2`,
    [f.checkCycle, projectId, `主な意見 ${n()}`, state],
  );

/** A throwaway response of 工業振興課 in `state`, answering a confirmed council opinion of its own. */
const response = async (state: string): Promise<Ref & { councilOpinionId: string }> => {
  const opinion = await councilOpinion(f.responseEntry, 'CONFIRMED');
  const row = await insert(
    `INSERT INTO response ("cycleId", "projectId", position, text, category, state, version)
     SELECT "cycleId", "projectId", position, $2, 'PLANNED', $3, 1 FROM council_opinion WHERE id = $1`,
    [opinion.id, `対応 ${n()}`, state],
  );
  await t.sql(`INSERT INTO response_opinion ("responseId", "councilOpinionId") VALUES ($1, $2)`, [row.id, opinion.id]);
  return { ...row, councilOpinionId: opinion.id };
};
const ref_ = ({ id, version }: Ref) => ({ id, version });

const CONTENT = { items: [{ heading: '実施状況', text: '予定どおり実施', bullets: [], table: null }], indicators: [], assessment: null, notes: null };
let counter = 0;
const n = () => ++counter;

const ROWS: Record<string, Row> = {
  // --- departments (所管課): the administrator and the secretariat
  createDepartment: {
    allowed: ['admin', 'secretariat'],
    doc: `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    variables: async () => ({ input: { name: unique('perm-dept'), bureau: TAG } }),
  },
  updateDepartment: {
    allowed: ['admin', 'secretariat'],
    doc: `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('department', f.department)), name: unique('perm-dept'), bureau: TAG } }),
  },
  deleteDepartment: {
    allowed: ['admin', 'secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteDepartment(input: $input) { id } }`,
    variables: async () => ({ input: await insert(`INSERT INTO department (name, bureau, version) VALUES ($1, $2, 1)`, [unique('perm-del'), TAG]) }),
  },
  // --- the ordinance and its articles: the secretariat
  updateOrdinance: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateOrdinanceInput!) { updateOrdinance(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('ordinance', f.ordinance)), name: `${TAG} 条例`, shortName: TAG, effectiveDate: '2020-04-01' } }),
  },
  createArticle: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`,
    variables: async () => ({ input: { ordinanceId: f.ordinance, number: 100 + n(), title: '新しい条' } }),
  },
  updateArticle: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('article', f.article)), number: 1, title: `改正 ${n()}` } }),
  },
  deleteArticle: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteArticle(input: $input) { id } }`,
    variables: async () => ({
      input: await insert(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, $2, '削除用', 1)`, [f.ordinance, 500 + n()]),
    }),
  },
  // --- cycles: the secretariat (advanceCycle: the phase workflow's table says SECRETARIAT for every event)
  createCycle: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateCycleInput!) { createCycle(input: $input) { id } }`,
    variables: async () => ({ input: { fiscalYear: FY_NEW, ordinanceId: f.ordinance } }),
  },
  updateCycle: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateCycleInput!) { updateCycle(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('cycle', f.planCycle)), startDate: `${FY_PLAN}-05-01`, endDate: `${FY_PLAN + 1}-08-31` } }),
  },
  // --- entries and their members
  createProject: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
    variables: async () => ({
      input: { cycleId: f.planCycle, articleId: f.article, departmentId: f.department, groupId: f.group, kind: 'PROJECT', name: unique('事業'), page: 3 },
    }),
  },
  updateProject: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
    variables: async () => ({
      input: { ...(await ref('project', f.project)), articleId: f.article, departmentId: f.department, groupId: f.group, kind: 'INITIATIVE', name: unique('改名'), page: 4 },
    }),
  },
  deleteProject: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteProject(input: $input) { id } }`,
    variables: async () => ({
      input: await insert(`INSERT INTO project ("cycleId", "articleId", name, kind, "sortOrder", version) VALUES ($1, $2, '削除用', 'PROJECT', 999, 1)`, [
        f.planCycle,
        f.article,
      ]),
    }),
  },
  withdrawProject: {
    allowed: ['secretariat'],
    doc: `mutation($input: WithdrawProjectInput!) { withdrawProject(input: $input) { id } }`,
    variables: async () => ({
      input: {
        ...(await insert(`INSERT INTO project ("cycleId", "articleId", name, kind, "sortOrder", version) VALUES ($1, $2, '除外用', 'PROJECT', 998, 1)`, [f.planCycle, f.article])),
        reason: '今年度は事業を休止したため',
      },
    }),
  },
  reinstateProject: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { reinstateProject(input: $input) { id } }`,
    variables: async () => ({
      input: await insert(
        `INSERT INTO project ("cycleId", "articleId", name, kind, "sortOrder", version, "withdrawnAt", "withdrawnReason") VALUES ($1, $2, '復帰用', 'PROJECT', 997, 1, now(), '休止')`,
        [f.planCycle, f.article],
      ),
    }),
  },
  setProjectAssignments: {
    allowed: ['secretariat'],
    doc: `mutation($input: SetAssignmentsInput!) { setProjectAssignments(input: $input) { id } }`,
    variables: async () => {
      const p = await ref('project', f.project);
      return { input: { projectId: p.id, version: p.version, memberIds: [] } };
    },
  },
  // --- members (委員) and groups (班)
  createMember: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
    variables: async () => ({ input: { bodyId: council, name: unique('委員'), affiliation: TAG, title: '教授', category: 'ACADEMIC', isChair: false } }),
  },
  updateMember: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('member', f.member)), name: unique('委員'), affiliation: TAG, title: '准教授', category: 'ACADEMIC', isChair: false } }),
  },
  deleteMember: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteMember(input: $input) { id } }`,
    variables: async () => ({
      input: await insert(`INSERT INTO member ("bodyId", name, affiliation, title, category, "isChair", "sortOrder", version) VALUES ($1, $2, $3, '', 'ACADEMIC', false, 99, 1)`, [
        council,
        unique('削除用'),
        TAG,
      ]),
    }),
  },
  createGroup: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
    variables: async () => ({ input: { cycleId: f.planCycle, name: unique('班') } }),
  },
  updateGroup: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('verification_group', f.group)), name: unique('班') } }),
  },
  deleteGroup: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteGroup(input: $input) { id } }`,
    variables: async () => ({ input: await insert(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, $2, 9, 1)`, [f.planCycle, unique('削除用')]) }),
  },
  setGroupMembers: {
    allowed: ['secretariat'],
    doc: `mutation($input: SetGroupMembersInput!) { setGroupMembers(input: $input) { id } }`,
    variables: async () => {
      const g = await ref('verification_group', f.group);
      return { input: { groupId: g.id, version: g.version, memberIds: [f.member, f.member3] } };
    },
  },
  // advanceCycle last among the set-up rows: its positive control moves the PLAN cycle on to DO.
  advanceCycle: {
    allowed: ['secretariat'],
    doc: `mutation($input: AdvanceCycleInput!) { advanceCycle(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('cycle', f.planCycle)), event: 'START_DO', override: true, reason: '権限テスト' } }),
  },
  // --- accounts: the administrator
  createUser: {
    allowed: ['admin'], // the secretariat creates members' and staff accounts only: this one is a secretariat's (users.e2e-spec)
    doc: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    variables: async () => ({ input: { loginId: `${TAG}-new-${n()}`, password: 'a-long-password-1', displayName: '新規', role: 'SECRETARIAT' } }),
  },
  updateUser: {
    allowed: ['admin'],
    doc: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('app_user', f.user)), displayName: `改名 ${n()}`, role: 'SECRETARIAT' } }),
  },
  setUserActive: {
    allowed: ['admin'],
    doc: `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('app_user', f.user)), active: false } }),
  },
  resetPassword: {
    allowed: ['admin'],
    doc: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('app_user', f.user)), password: 'another-long-password' } }),
  },
  unlockUser: {
    allowed: ['admin'],
    doc: `mutation($input: UnlockUserInput!) { unlockUser(input: $input) { id } }`,
    variables: async () => ({ input: { id: f.user } }),
  },
  // --- verification sheets of 工業振興課's entries (kogyo = staff is their department, shogyo is not)
  saveSheet: {
    allowed: ['staff'],
    doc: `mutation($input: SaveSheetInput!) { saveSheet(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('sheet', f.sheets.draft)), content: CONTENT } }),
  },
  submitSheet: {
    allowed: ['staff'],
    doc: `mutation($input: SheetTransitionInput!) { submitSheet(input: $input) { id } }`,
    variables: async () => ({ input: await ref('sheet', f.sheets.draft) }),
  },
  returnSheet: {
    allowed: ['secretariat'],
    doc: `mutation($input: SheetTransitionInput!) { returnSheet(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('sheet', f.sheets.submitted)), comment: '指標を追記してください' } }),
  },
  acceptSheet: {
    allowed: ['secretariat'],
    doc: `mutation($input: SheetTransitionInput!) { acceptSheet(input: $input) { id } }`,
    variables: async () => ({ input: await ref('sheet', f.sheets.submitted2) }),
  },
  reopenSheet: {
    allowed: ['secretariat'],
    doc: `mutation($input: SheetTransitionInput!) { reopenSheet(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('sheet', f.sheets.accepted)), comment: '再確認のため' } }),
  },
  addSheetComment: {
    allowed: ['secretariat', 'staff'],
    doc: `mutation($input: AddSheetCommentInput!) { addSheetComment(input: $input) { id } }`,
    variables: async () => ({ input: { sheetId: f.sheets.submitted, body: `コメント ${n()}` } }),
  },
  setSheetTags: {
    allowed: ['secretariat'],
    doc: `mutation($input: SetSheetTagsInput!) { setSheetTags(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('sheet', f.sheets.submitted)), tagIds: [f.tag] } }),
  },
  createTag: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateTagInput!) { createTag(input: $input) { id } }`,
    variables: async () => ({ input: { cycleId: f.doCycle, mark: `◆${n()}`, label: '新しい印', legend: '◆ は…' } }),
  },
  updateTag: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateTagInput!) { updateTag(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await ref('tag', f.tag)), mark: f.tagMark, label: `改 ${n()}`, legend: '※ は…' } }),
  },
  deleteTag: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteTag(input: $input) { id } }`,
    variables: async () => ({
      input: await insert(`INSERT INTO tag ("cycleId", mark, label, legend, version) VALUES ($1, $2, '削除用', '削除用', 1)`, [f.doCycle, `▲${n()}`]),
    }),
  },
  // --- opinions (Check): the assigned member writes, the secretariat consolidates and confirms
  createMemberOpinion: {
    allowed: ['member'],
    // A member not assigned to the entry is out of scope: FORBIDDEN like everyone else (issue 7).
    doc: `mutation($input: CreateMemberOpinionInput!) { createMemberOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { projectId: f.opinionEntry, kind: 'IMPROVEMENT', text: `意見 ${n()}` } }),
  },
  updateMemberOpinion: {
    allowed: ['member'],
    // Someone else's draft does not exist for the caller: NOT_FOUND, for every role (drafts are private).
    refusedWith: Object.fromEntries(SIGNED_IN.filter((c) => c !== 'member').map((c) => [c, 'NOT_FOUND'])),
    doc: `mutation($input: UpdateMemberOpinionInput!) { updateMemberOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await memberOpinion('DRAFT')), kind: 'POSITIVE', text: `改訂 ${n()}` } }),
  },
  deleteMemberOpinion: {
    allowed: ['member'],
    refusedWith: Object.fromEntries(SIGNED_IN.filter((c) => c !== 'member').map((c) => [c, 'NOT_FOUND'])),
    doc: `mutation($input: VersionedRefInput!) { deleteMemberOpinion(input: $input) { id } }`,
    variables: async () => ({ input: await memberOpinion('DRAFT') }),
  },
  submitMemberOpinion: {
    allowed: ['member'],
    // Another member: someone else's draft does not exist for them (issue 7); the other roles may never submit (FORBIDDEN).
    refusedWith: { otherMember: 'NOT_FOUND' },
    doc: `mutation($input: MemberOpinionTransitionInput!) { submitMemberOpinion(input: $input) { id } }`,
    variables: async () => ({ input: await memberOpinion('DRAFT') }),
  },
  adoptMemberOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: MemberOpinionTransitionInput!) { adoptMemberOpinion(input: $input) { id } }`,
    variables: async () => {
      const opinion = await memberOpinion('SUBMITTED');
      const council = await councilOpinion(f.opinionEntry, 'DRAFT');
      await t.sql(`INSERT INTO council_opinion_source ("councilOpinionId", "memberOpinionId") VALUES ($1, $2)`, [council.id, opinion.id]);
      return { input: opinion };
    },
  },
  noteMemberOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: MemberOpinionTransitionInput!) { noteMemberOpinion(input: $input) { id } }`,
    variables: async () => ({ input: await memberOpinion('SUBMITTED') }),
  },
  noteMemberOpinions: {
    allowed: ['secretariat'],
    doc: `mutation($input: NoteMemberOpinionsInput!) { noteMemberOpinions(input: $input) { id } }`,
    variables: async () => ({ input: { opinions: [await memberOpinion('SUBMITTED'), await memberOpinion('SUBMITTED')] } }),
  },
  createCouncilOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { projectId: f.opinionEntry, text: `主な意見 ${n()}`, memberOpinionIds: [(await memberOpinion('SUBMITTED')).id] } }),
  },
  updateCouncilOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: UpdateCouncilOpinionInput!) { updateCouncilOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await councilOpinion(f.opinionEntry, 'DRAFT')), text: `改 ${n()}`, tagIds: [], memberOpinionIds: [] } }),
  },
  mergeCouncilOpinions: {
    allowed: ['secretariat'],
    doc: `mutation($input: MergeCouncilOpinionsInput!) { mergeCouncilOpinions(input: $input) { id } }`,
    variables: async () => ({ input: { opinions: [await councilOpinion(f.opinionEntry, 'DRAFT'), await councilOpinion(f.opinionEntry, 'DRAFT')] } }),
  },
  splitCouncilOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: SplitCouncilOpinionInput!) { splitCouncilOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await councilOpinion(f.opinionEntry, 'DRAFT')), texts: ['前半', '後半'] } }),
  },
  reorderCouncilOpinions: {
    allowed: ['secretariat'],
    doc: `mutation($input: ReorderCouncilOpinionsInput!) { reorderCouncilOpinions(input: $input) { id } }`,
    variables: async () => {
      const all: Ref[] = await t.sql(`SELECT id, version FROM council_opinion WHERE "projectId" = $1 ORDER BY position DESC`, [f.opinionEntry]);
      return { input: { projectId: f.opinionEntry, opinions: all } };
    },
  },
  deleteCouncilOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: VersionedRefInput!) { deleteCouncilOpinion(input: $input) { id } }`,
    variables: async () => ({ input: await councilOpinion(f.opinionEntry, 'DRAFT') }),
  },
  confirmCouncilOpinions: {
    allowed: ['secretariat'],
    doc: `mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id } }`,
    variables: async () => ({ input: { opinions: [await councilOpinion(f.confirmEntry, 'DRAFT')], confirmedOn: `${FY_CHECK + 1}-02-10`, confirmedBy: '第3回専門部会' } }),
  },
  reopenCouncilOpinion: {
    allowed: ['secretariat'],
    doc: `mutation($input: ReopenCouncilOpinionInput!) { reopenCouncilOpinion(input: $input) { id } }`,
    variables: async () => ({ input: { ...(await councilOpinion(f.confirmEntry, 'CONFIRMED')), comment: '表現を見直すため' } }),
  },
  // --- responses (Action): the entry's department drafts and submits, the secretariat returns, approves, reopens
  createResponse: {
    allowed: ['staff'],
    // shogyo (otherStaff): the entry is another department's, FORBIDDEN like every other role
    doc: `mutation($input: CreateResponseInput!) { createResponse(input: $input) { id } }`,
    variables: async () => ({
      input: { projectId: f.responseEntry, councilOpinionIds: [(await councilOpinion(f.responseEntry, 'CONFIRMED')).id], text: `対応 ${n()}`, category: 'DONE', tagIds: [] },
    }),
  },
  updateResponse: {
    allowed: ['staff'],
    // another department's draft does not exist for shogyo (drafts are the department's and the secretariat's)
    refusedWith: { otherStaff: 'NOT_FOUND' },
    doc: `mutation($input: UpdateResponseInput!) { updateResponse(input: $input) { id } }`,
    variables: async () => {
      const r = await response('DRAFT');
      return { input: { ...ref_(r), councilOpinionIds: [r.councilOpinionId], text: `改訂 ${n()}`, category: 'CONSIDERING', tagIds: [] } };
    },
  },
  deleteResponse: {
    allowed: ['staff'],
    refusedWith: { otherStaff: 'NOT_FOUND' },
    doc: `mutation($input: VersionedRefInput!) { deleteResponse(input: $input) { id } }`,
    variables: async () => ({ input: ref_(await response('DRAFT')) }),
  },
  submitResponse: {
    allowed: ['staff'],
    refusedWith: { otherStaff: 'NOT_FOUND' },
    doc: `mutation($input: ResponseTransitionInput!) { submitResponse(input: $input) { id } }`,
    variables: async () => ({ input: ref_(await response('DRAFT')) }),
  },
  submitResponses: {
    allowed: ['staff'],
    refusedWith: { otherStaff: 'NOT_FOUND' },
    doc: `mutation($input: ResponsesTransitionInput!) { submitResponses(input: $input) { id } }`,
    variables: async () => ({ input: { responses: [ref_(await response('DRAFT')), ref_(await response('RETURNED'))] } }),
  },
  returnResponse: {
    allowed: ['secretariat'],
    doc: `mutation($input: ResponseTransitionInput!) { returnResponse(input: $input) { id } }`,
    variables: async () => ({ input: { ...ref_(await response('SUBMITTED')), comment: '時期を明記してください' } }),
  },
  approveResponse: {
    allowed: ['secretariat'],
    doc: `mutation($input: ResponseTransitionInput!) { approveResponse(input: $input) { id } }`,
    variables: async () => ({ input: ref_(await response('SUBMITTED')) }),
  },
  approveResponses: {
    allowed: ['secretariat'],
    doc: `mutation($input: ResponsesTransitionInput!) { approveResponses(input: $input) { id } }`,
    variables: async () => ({ input: { responses: [ref_(await response('SUBMITTED')), ref_(await response('SUBMITTED'))] } }),
  },
  reopenResponse: {
    allowed: ['secretariat'],
    doc: `mutation($input: ResponseTransitionInput!) { reopenResponse(input: $input) { id } }`,
    variables: async () => ({ input: { ...ref_(await response('APPROVED')), comment: '協議会の指摘を反映するため' } }),
  },
  // --- one's own session and password: anyone signed in (sign-in and sign-out: anyone at all)
  changeOwnPassword: {
    allowed: SIGNED_IN,
    // A wrong current password: the call reaches the service (BAD_USER_INPUT) and no demo password changes.
    positiveExpects: 'BAD_USER_INPUT',
    doc: `mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) }`,
    variables: async () => ({ input: { currentPassword: 'not-the-password', newPassword: 'a-new-long-password' } }),
  },
  signIn: {
    allowed: CALLERS,
    positive: ['anonymous'],
    doc: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
    variables: async () => ({ input: f.signInUser }),
  },
  signOut: {
    allowed: CALLERS,
    positive: ['anonymous'], // signing the shared clients out would end their sessions
    doc: `mutation { signOut }`,
    variables: async () => ({}),
  },
};

beforeAll(async () => {
  t = await startApp();
  const signedIn = await Promise.all([t.asAdmin(), t.asSecretariat(), t.asStaff(), t.asOtherStaff(), t.asMember(), t.asOtherMember()]);
  clients = Object.fromEntries(SIGNED_IN.map((c, i) => [c, signedIn[i]])) as typeof clients;
  const sec = clients.secretariat;
  council = await bodyId(sec, 'COUNCIL');

  // Set-up data, mostly straight in the database (the API's own set-up is tested in setup.e2e-spec.ts).
  f.ordinance = (await insert(`INSERT INTO ordinance (name, "shortName", "effectiveDate", version) VALUES ($1, $1, '2016-04-01', 1)`, [`${TAG} 条例`])).id;
  f.article = (await insert(`INSERT INTO article ("ordinanceId", number, title, version) VALUES ($1, 1, '目的', 1)`, [f.ordinance])).id;
  f.department = (await insert(`INSERT INTO department (name, bureau, version) VALUES ($1, $2, 1)`, [unique('perm-dept'), TAG])).id;
  const member = (name: string) =>
    insert(`INSERT INTO member ("bodyId", name, affiliation, title, category, "isChair", "sortOrder", version) VALUES ($1, $2, $3, '教授', 'ACADEMIC', false, 50, 1)`, [
      council,
      unique(name),
      TAG,
    ]);
  f.member = (await member('委員A')).id;
  f.member3 = (await member('委員C')).id;
  f.planCycle = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'PLAN', 1)`, [FY_PLAN, f.ordinance])).id;
  f.group = (await insert(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1)`, [f.planCycle])).id;
  await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") VALUES ($1, $2, $3)`, [f.planCycle, f.group, f.member]);
  f.project = (
    await insert(`INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, '検証事業', 'PROJECT', 1, 10, 1)`, [
      f.planCycle,
      f.article,
      f.department,
      f.group,
    ])
  ).id;
  await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") VALUES ($1, $2, $3)`, [f.planCycle, f.project, f.member]);

  // A cycle in DO with four entries of 工業振興課 and their sheets in each state, and a tag.
  f.kogyoDepartment = (await demoDepartment(sec, '工業振興課')).id;
  f.doCycle = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'DO', 1)`, [FY_DO, f.ordinance])).id;
  const sheet = async (state: string, i: number) => {
    const p = await insert(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, 'PROJECT', $5, $6, 1)`,
      [f.doCycle, f.article, f.kogyoDepartment, `シート事業${i}`, i, i * 10],
    );
    const content = state === 'DRAFT' ? { items: [], indicators: [], assessment: null, notes: null } : CONTENT;
    return (await insert(`INSERT INTO sheet ("cycleId", "projectId", state, content, version) VALUES ($1, $2, $3, $4, 1)`, [f.doCycle, p.id, state, JSON.stringify(content)])).id;
  };
  f.sheets = { draft: await sheet('DRAFT', 1), submitted: await sheet('SUBMITTED', 2), accepted: await sheet('ACCEPTED', 3), submitted2: await sheet('SUBMITTED', 4) };
  f.tagMark = '※';
  f.tag = (await insert(`INSERT INTO tag ("cycleId", mark, label, legend, version) VALUES ($1, '※', '新型コロナ', '※ は…', 1)`, [f.doCycle])).id;

  // A cycle in CHECK with two entries; toyama (member) is assigned to the first, nakayama to neither.
  f.toyama = expectData(await clients.member.gql(`{ me { memberId } }`)).me.memberId;
  f.checkCycle = (await insert(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'CHECK', 1)`, [FY_CHECK, f.ordinance])).id;
  const checkGroup = (await insert(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1)`, [f.checkCycle])).id;
  await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") VALUES ($1, $2, $3)`, [f.checkCycle, checkGroup, f.toyama]);
  const checkEntry = (i: number) =>
    insert(`INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, $5, 'PROJECT', $6, $7, 1)`, [
      f.checkCycle,
      f.article,
      f.department,
      checkGroup,
      `意見事業${i}`,
      i,
      i * 10,
    ]);
  f.opinionEntry = (await checkEntry(1)).id;
  f.confirmEntry = (await checkEntry(2)).id;
  f.responseEntry = (
    await insert(`INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version) VALUES ($1, $2, $3, $4, '対応事業', 'PROJECT', 3, 30, 1)`, [
      f.checkCycle,
      f.article,
      f.kogyoDepartment,
      checkGroup,
    ])
  ).id;
  await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") VALUES ($1, $2, $3), ($1, $4, $3)`, [f.checkCycle, f.opinionEntry, f.toyama, f.confirmEntry]);

  f.user = (await t.insertUser({ loginId: `${TAG}-target` })).id;
  const signInUser = await t.insertUser({ loginId: `${TAG}-signin` });
  f.signInUser = { loginId: signInUser.loginId, password: signInUser.password };
});
afterAll(() => t?.close());

/** The signed-in clients are shared; an anonymous one is new each time (a sign-in would make it signed in). */
const client = (caller: Caller): GqlClient => (caller === 'anonymous' ? t.anonymous() : clients[caller]);

/** Everything this file owns, as one JSON text: any change by a refused call shows as a difference. */
async function fingerprint(): Promise<string> {
  const [row] = await t.sql(
    `WITH cycles AS (SELECT id FROM cycle WHERE "ordinanceId" = $1 OR "fiscalYear" IN (${FY_PLAN}, ${FY_DO}, ${FY_NEW}, ${FY_CHECK})),
          sheets AS (SELECT id FROM sheet WHERE "cycleId" IN (SELECT id FROM cycles))
     SELECT json_build_object(
       'ordinance', (SELECT json_agg(o) FROM ordinance o WHERE o.id = $1),
       'articles', (SELECT json_agg(a ORDER BY a.id) FROM article a WHERE a."ordinanceId" = $1),
       'departments', (SELECT json_agg(d ORDER BY d.id) FROM department d WHERE d.bureau = $2),
       'members', (SELECT json_agg(m ORDER BY m.id) FROM member m WHERE m.affiliation = $2),
       'cycles', (SELECT json_agg(c ORDER BY c.id) FROM cycle c WHERE c.id IN (SELECT id FROM cycles)),
       'groups', (SELECT json_agg(g ORDER BY g.id) FROM verification_group g WHERE g."cycleId" IN (SELECT id FROM cycles)),
       'groupMembers', (SELECT json_agg(gm ORDER BY gm.id) FROM group_member gm WHERE gm."cycleId" IN (SELECT id FROM cycles)),
       'projects', (SELECT json_agg(p ORDER BY p.id) FROM project p WHERE p."cycleId" IN (SELECT id FROM cycles)),
       'assignments', (SELECT json_agg(x ORDER BY x.id) FROM assignment x WHERE x."cycleId" IN (SELECT id FROM cycles)),
       'sheets', (SELECT json_agg(s ORDER BY s.id) FROM sheet s WHERE s.id IN (SELECT id FROM sheets)),
       'revisions', (SELECT json_agg(r ORDER BY r.id) FROM sheet_revision r WHERE r."sheetId" IN (SELECT id FROM sheets)),
       'comments', (SELECT json_agg(sc ORDER BY sc.id) FROM sheet_comment sc WHERE sc."sheetId" IN (SELECT id FROM sheets)),
       'tags', (SELECT json_agg(tg ORDER BY tg.id) FROM tag tg WHERE tg."cycleId" IN (SELECT id FROM cycles)),
       'memberOpinions', (SELECT json_agg(mo ORDER BY mo.id) FROM member_opinion mo WHERE mo."cycleId" IN (SELECT id FROM cycles)),
       'councilOpinions', (SELECT json_agg(co ORDER BY co.id) FROM council_opinion co WHERE co."cycleId" IN (SELECT id FROM cycles)),
       'councilSources', (SELECT json_agg(cs ORDER BY cs.id) FROM council_opinion_source cs JOIN council_opinion co ON co.id = cs."councilOpinionId" WHERE co."cycleId" IN (SELECT id FROM cycles)),
       'councilRevisions', (SELECT json_agg(cr ORDER BY cr.id) FROM council_opinion_revision cr JOIN council_opinion co ON co.id = cr."councilOpinionId" WHERE co."cycleId" IN (SELECT id FROM cycles)),
       'responses', (SELECT json_agg(r ORDER BY r.id) FROM response r WHERE r."cycleId" IN (SELECT id FROM cycles)),
       'responseLinks', (SELECT json_agg(ro ORDER BY ro.id) FROM response_opinion ro JOIN response r ON r.id = ro."responseId" WHERE r."cycleId" IN (SELECT id FROM cycles)),
       'responseRevisions', (SELECT json_agg(rr ORDER BY rr.id) FROM response_revision rr JOIN response r ON r.id = rr."responseId" WHERE r."cycleId" IN (SELECT id FROM cycles)),
       'transitions', (SELECT json_agg(w ORDER BY w.id) FROM workflow_transition w
                        WHERE w."subjectId" IN (SELECT id FROM cycles UNION SELECT id FROM sheets UNION SELECT id FROM member_opinion WHERE "cycleId" IN (SELECT id FROM cycles)
                                                UNION SELECT id FROM council_opinion WHERE "cycleId" IN (SELECT id FROM cycles)
                                                UNION SELECT id FROM response WHERE "cycleId" IN (SELECT id FROM cycles))),
       'users', (SELECT json_agg(json_build_object('id', u.id, 'version', u.version, 'active', u.active, 'role', u.role, 'name', u."displayName", 'hash', u."passwordHash") ORDER BY u.id)
                   FROM app_user u WHERE u."loginId" LIKE $3),
       'sessions', (SELECT count(*) FROM session s JOIN app_user u ON u.id = s."userId" WHERE u."loginId" LIKE $3)
     )::text AS fp`,
    [f.ordinance, TAG, `${TAG}-%`],
  );
  return row.fp;
}

describe('permissions of every mutation', () => {
  it('the table has a row for every mutation of the schema (file and live), and no other', async () => {
    const file = Object.keys((await readSchemaFile()).getMutationType()!.getFields()).sort();
    const live = expectData(await clients.admin.gql(`{ __schema { mutationType { fields { name } } } }`))
      .__schema.mutationType.fields.map((x: { name: string }) => x.name)
      .sort();
    const table = Object.keys(ROWS).sort();
    expect({ missingFromTable: [...new Set([...file, ...live])].filter((m) => !table.includes(m)) }).toEqual({ missingFromTable: [] });
    expect({ notInSchema: table.filter((m) => !live.includes(m)) }).toEqual({ notInSchema: [] });
    expect(file).toEqual(live); // the committed schema is the running one
  });

  it.each(Object.entries(ROWS).filter(([, row]) => row.allowed.length < CALLERS.length))(
    '%s: every caller not allowed is refused and nothing changes',
    async (mutation, row) => {
      const refused = CALLERS.filter((c) => !row.allowed.includes(c));
      const inputs = [];
      for (const _ of refused) inputs.push(await row.variables()); // before the fingerprint: they may insert throwaway rows
      const before = await fingerprint();
      for (const [i, caller] of refused.entries()) {
        const requestId = `${TAG}-${mutation}-${caller}`.slice(0, 64);
        const res = await client(caller).gql(row.doc, inputs[i]!, { headers: { 'x-request-id': requestId } });
        const code = caller === 'anonymous' ? 'UNAUTHENTICATED' : (row.refusedWith?.[caller] ?? 'FORBIDDEN');
        // The caller is named in the assertion, so a failure says who got through.
        expect({ caller, code: res.errors?.[0]?.extensions?.code ?? 'none (it went through)', data: res.data ?? null }).toEqual({ caller, code, data: null });
        const message = expectError(res, code).message;
        if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') expect(message).toBe(MESSAGES[code].ja);
      }
      expect(await fingerprint()).toBe(before);
      expect(await t.sql(`SELECT action FROM audit_event WHERE "requestId" LIKE $1`, [`${TAG}-${mutation}-%`])).toEqual([]);
    },
  );

  it('every ID in every mutation input is checked: a malformed one is BAD_USER_INPUT naming it, never a database error', async () => {
    const schema: GraphQLSchema = await readSchemaFile();
    const mutations = schema.getMutationType()!.getFields();
    const checked: string[] = [];
    for (const [mutation, row] of Object.entries(ROWS)) {
      const arg = mutations[mutation]?.args.find((a) => a.name === 'input');
      if (!arg) continue;
      const inputType = getNullableType(arg.type) as GraphQLInputObjectType;
      const idFields = Object.values(inputType.getFields()).filter((fld) => getNamedType(fld.type).name === 'ID');
      const caller = (row.positive ?? row.allowed)[0]!;
      for (const fld of idFields) {
        const vars = await row.variables();
        const input = { ...(vars.input as Record<string, unknown>), [fld.name]: getNullableType(fld.type) instanceof GraphQLList ? [randomUUID(), 'not-a-uuid'] : 'not-a-uuid' };
        const res = await client(caller).gql(row.doc, { input });
        const err = expectError(res, 'BAD_USER_INPUT');
        expect({ mutation, fields: fieldsOf(err) }).toEqual({ mutation, fields: [fld.name] });
        checked.push(`${mutation}.${fld.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  // Last: the positive control changes the data (deletes, moves the PLAN cycle on, signs a user out).
  it.each(Object.entries(ROWS))('%s: the callers it allows get through (positive control)', async (mutation, row) => {
    for (const caller of row.positive ?? row.allowed) {
      const res: GqlResponse = await client(caller).gql(row.doc, await row.variables());
      if (row.positiveExpects) {
        expect({ caller, code: res.errors?.[0]?.extensions?.code }).toEqual({ caller, code: row.positiveExpects });
      } else {
        expect({ caller, errors: res.errors ?? [] }).toEqual({ caller, errors: [] });
        expect(res.data?.[mutation]).toBeTruthy();
      }
    }
  });
});
