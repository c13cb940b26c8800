import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData } from './support/errors';
import { demoDepartment, demoOrdinance } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { countStatements } from './support/sql-counter';

/**
 * The list relation fields of sheets and cycles (revisions, versionContent, transitions, comments,
 * attachments, availableActions, sheetProgress) go through the request's loaders: a query costs the
 * same number of SQL statements for 2 sheets as for 20, and each field one statement whatever the number
 * of cycles (STYLE.md item 8, issue 7 section 2). This file owns the cycles of FISCAL_YEARS.relationCost.
 */
const SHEETS = /* GraphQL */ `
  query($cycleId: ID!) {
    sheets(filter: { cycleId: $cycleId }) {
      id state version canEdit
      revisions { version current savedByName }
      versionContent(version: 1) { version content { items { heading } } }
      transitions { event fromState toState actorName comment }
      comments { body authorName }
      attachments { id fileName size uploadedByName url }
      availableActions { event failedPreconditions }
    }
  }
`;

let t: TestApp;
let sec: GqlClient;

beforeAll(async () => {
  t = await startApp();
  sec = await t.asSecretariat();
});
afterAll(() => t?.close());

/**
 * A cycle in Do with `entries` entries, each with a submitted sheet at version 3 that replaced versions 1
 * and 2, two transitions, two comments and one attachment; inserted in bulk.
 */
async function doCycle(fiscalYear: number, entries: number): Promise<string> {
  const ordinance = await demoOrdinance(sec);
  const dept = await demoDepartment(sec, '工業振興課');
  const [{ id: userId }] = await t.sql(`SELECT id FROM app_user WHERE "loginId" = 'jimukyoku'`);
  const [cycle] = await t.sql(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'DO', 1) RETURNING id`, [fiscalYear, ordinance.id]);
  await t.sql(
    `INSERT INTO project ("cycleId", "articleId", "departmentId", name, kind, page, "sortOrder", version)
     SELECT $1, $2, $3, '事業' || g, 'PROJECT', g, g, 1 FROM generate_series(1, $4::int) g`,
    [cycle.id, ordinance.articles[0]!.id, dept.id, entries],
  );
  const sheets = `SELECT s.id FROM sheet s WHERE s."cycleId" = $1`;
  await t.sql(
    `INSERT INTO sheet ("cycleId", "projectId", state, content, version, "updatedById")
     SELECT $1, p.id, 'SUBMITTED', '{"items":[{"heading":"見出し","text":null,"bullets":[],"table":null}],"indicators":[],"assessment":null,"notes":null}', 3, $2
       FROM project p WHERE p."cycleId" = $1`,
    [cycle.id, userId],
  );
  await t.sql(
    `INSERT INTO sheet_revision ("sheetId", version, content, "savedById", "savedAt")
     SELECT s.id, v, '{"items":[],"indicators":[],"assessment":null,"notes":null}', $2, now() FROM (${sheets}) s, generate_series(1, 2) v`,
    [cycle.id, userId],
  );
  await t.sql(
    `INSERT INTO workflow_transition ("subjectType", "subjectId", event, "fromState", "toState", "actorId", comment)
     SELECT 'sheet', s.id, e.event, e."from", e."to", $2, e.comment FROM (${sheets}) s,
       (VALUES ('SUBMIT', 'DRAFT', 'SUBMITTED', NULL), ('RETURN', 'SUBMITTED', 'RETURNED', '直してください')) AS e(event, "from", "to", comment)`,
    [cycle.id, userId],
  );
  await t.sql(`INSERT INTO sheet_comment ("sheetId", "authorId", body) SELECT s.id, $2, 'コメント' || g FROM (${sheets}) s, generate_series(1, 2) g`, [cycle.id, userId]);
  await t.sql(
    `INSERT INTO sheet_attachment ("sheetId", "fileName", "mimeType", size, data, "uploadedById") SELECT s.id, '資料.pdf', 'application/pdf', 4, '\\x25504446', $2 FROM (${sheets}) s`,
    [cycle.id, userId],
  );
  return cycle.id;
}

describe('the cost of the relation fields', () => {
  const [SMALL, LARGE] = FISCAL_YEARS.relationCost;
  let small: string;
  let large: string;
  beforeAll(async () => {
    small = await doCycle(SMALL, 2);
    large = await doCycle(LARGE, 20);
  });

  it('sheets with their history, thread, attachments and actions: the same statements for 2 sheets as for 20', async () => {
    const a = await countStatements(() => sec.gql(SHEETS, { cycleId: small }));
    const b = await countStatements(() => sec.gql(SHEETS, { cycleId: large }));
    expect(expectData(a.result).sheets).toHaveLength(2);
    const sheets = expectData(b.result).sheets;
    expect(sheets).toHaveLength(20);
    for (const s of sheets) {
      expect(s.revisions.map((r: { version: number; current: boolean }) => [r.version, r.current])).toEqual([[3, true], [2, false], [1, false]]);
      expect(s.revisions.every((r: { savedByName: string }) => r.savedByName === '産業政策課 事務局')).toBe(true);
      expect(s.versionContent).toEqual({ version: 1, content: { items: [] } });
      expect(s.transitions.map((x: { event: string }) => x.event).sort()).toEqual(['RETURN', 'SUBMIT']);
      expect(s.comments.map((c: { body: string }) => c.body).sort()).toEqual(['コメント1', 'コメント2']);
      expect(s.attachments).toEqual([{ id: expect.any(String), fileName: '資料.pdf', size: 4, uploadedByName: '産業政策課 事務局', url: `/api/attachments/${s.attachments[0].id}` }]);
      expect(s.availableActions.map((x: { event: string }) => x.event).sort()).toEqual(['ACCEPT', 'RETURN']);
    }
    expect(b.count).toBe(a.count);
  });

  it('a version a sheet never had is NOT_FOUND, for 2 sheets as for 20 in the same statements', async () => {
    const MISSING = `query($cycleId: ID!) { sheets(filter: { cycleId: $cycleId }) { id versionContent(version: 9) { version } } }`;
    const a = await countStatements(() => sec.gql(MISSING, { cycleId: small }));
    const b = await countStatements(() => sec.gql(MISSING, { cycleId: large }));
    for (const { result } of [a, b]) {
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors!.every((e) => e.extensions?.code === 'NOT_FOUND')).toBe(true);
    }
    expect(b.count).toBe(a.count);
  });

  it('cycles with their progress, actions and phase history: one statement per field whatever the number of cycles', async () => {
    const bare = await countStatements(() => sec.gql(`{ cycles { id } }`));
    const full = await countStatements(() =>
      sec.gql(`{ cycles { id sheetProgress { state count } availableActions { event failedPreconditions } transitions { event fromState toState } } }`),
    );
    const cycles = expectData(full.result).cycles as Array<{ id: string; sheetProgress: Array<{ state: string; count: number }>; availableActions: unknown[] }>;
    expect(cycles.length).toBeGreaterThanOrEqual(3);
    expect(cycles.find((c) => c.id === large)!.sheetProgress).toEqual(expect.arrayContaining([{ state: 'SUBMITTED', count: 20 }, { state: 'DRAFT', count: 0 }]));
    expect(cycles.find((c) => c.id === large)!.availableActions.length).toBeGreaterThan(0);
    expect(full.count - bare.count).toBe(3);
  });
});
