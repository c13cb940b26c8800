import { startApp, type TestApp } from './support/app';
import type { GqlClient } from './support/client';
import { expectData } from './support/errors';
import { demoCycle, demoMembers, demoOrdinance } from './support/fixtures';
import { FISCAL_YEARS } from './support/fiscal-years';
import { countStatements } from './support/sql-counter';

/**
 * The cycle overview (the summary table of a year): the demo FY2019 cycle as the document lists it, and
 * the cost of the query in SQL statements, which must not grow with the number of entries (STYLE.md
 * item 8). This file owns the cycles of FISCAL_YEARS.overview.
 */
const OVERVIEW = /* GraphQL */ `
  query Overview($id: ID!) {
    cycle(id: $id) {
      id fiscalYear phase
      articles { id number title }
      groups { id name members { id name isChair } }
      projects {
        id name page kind sortOrder verifiedWithId
        article { number }
        department { id name }
        group { id name }
        assignedMembers { id name isChair }
        relatedProjects { id name page }
      }
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

describe('the FY2019 demo cycle', () => {
  let cycle: any;
  beforeAll(async () => {
    cycle = expectData(await sec.gql(OVERVIEW, { id: (await demoCycle(sec)).id })).cycle;
  });

  it('lists the 15 projects of the summary table, in order, each with its page', () => {
    expect(cycle.fiscalYear).toBe(2019);
    expect(cycle.projects).toHaveLength(15);
    expect(cycle.projects.map((p: { page: number }) => p.page)).toEqual([17, 19, 20, 23, 26, 29, 31, 33, 39, 43, 44, 49, 51, 59, 62]);
    expect(cycle.projects[0]).toMatchObject({ name: '起業化総合支援事業', kind: 'PROJECT', article: { number: 12 } });
    expect(cycle.projects[14]).toMatchObject({ kind: 'INITIATIVE', article: { number: 19 }, department: { name: '契約課' } });
  });

  it('has the 8 articles of the ordinance (第12条–第19条)', () => {
    expect(cycle.articles.map((a: { number: number }) => a.number)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(cycle.articles[0].title).toBe('創業、経営の革新等の促進');
  });

  it('has 2 groups of 4 and 5 members, and the chair (遠山 浩) in 第1班', () => {
    expect(cycle.groups.map((g: { name: string; members: unknown[] }) => [g.name, g.members.length])).toEqual([
      ['第1班', 4],
      ['第2班', 5],
    ]);
    const chairs = cycle.groups.flatMap((g: { name: string; members: Array<{ name: string; isChair: boolean }> }) => g.members.filter((m) => m.isChair).map((m) => [g.name, m.name]));
    expect(chairs).toEqual([['第1班', '遠山 浩']]);
  });

  it('gives every entry its department, group and two assigned members of that group; the related project follows its lead', () => {
    const groupMembers = new Map<string, string[]>(cycle.groups.map((g: { id: string; members: Array<{ id: string }> }) => [g.id, g.members.map((m) => m.id)]));
    const entries = cycle.projects.filter((p: { verifiedWithId: string | null }) => !p.verifiedWithId);
    expect(entries).toHaveLength(14);
    for (const p of entries) {
      expect({ name: p.name, department: !!p.department, group: !!p.group, assigned: p.assignedMembers.length }).toEqual({ name: p.name, department: true, group: true, assigned: 2 });
      for (const m of p.assignedMembers) expect(groupMembers.get(p.group.id)).toContain(m.id);
    }
    const related = cycle.projects.find((p: { verifiedWithId: string | null }) => p.verifiedWithId);
    expect(related).toMatchObject({ name: '商業振興関連事業（まちづくり連動事業）', page: 43, group: null, assignedMembers: [], department: { name: '商業振興課' } });
    const lead = cycle.projects.find((p: { id: string }) => p.id === related.verifiedWithId);
    expect(lead.name).toBe('商業振興関連事業（商店街課題対応事業、商業力強化事業地域連携事業等）');
    expect(lead.relatedProjects).toEqual([{ id: related.id, name: related.name, page: 43 }]);
    expect(cycle.projects.filter((p: { relatedProjects: unknown[] }) => p.relatedProjects.length > 0)).toHaveLength(1);
    // The chair verifies entries of 第1班, and every member of the subcommittee verifies at least one.
    expect(entries.some((p: { assignedMembers: Array<{ isChair: boolean }> }) => p.assignedMembers.some((m) => m.isChair))).toBe(true);
    expect(new Set(entries.flatMap((p: { assignedMembers: Array<{ id: string }> }) => p.assignedMembers.map((m) => m.id))).size).toBe(9);
  });
});

describe('the Check demo: FY2019 in Check with the council\'s confirmed opinions, FY2020 in Do', () => {
  const CHECK_DEMO = /* GraphQL */ `
    query CheckDemo {
      cycles {
        id fiscalYear phase
        transitions { event fromState toState comment overridden }
        sheetProgress { state count }
        responseProgress { total answered submitted approved unanswered }
        unansweredCouncilOpinions { id }
        projects {
          name verifiedWithId assignedMembers { name } councilOpinions { position mark state text confirmedOn confirmedBy tags { mark } sources { id } response { id } }
          responses { id marks state category text position tags { mark } councilOpinions { position } transitions { event } }
        }
      }
    }
  `;
  let cycles: any[];
  beforeAll(async () => {
    cycles = expectData(await sec.gql(CHECK_DEMO)).cycles;
  });
  const year = (fy: number) => cycles.find((c) => c.fiscalYear === fy);

  it('moved FY2019 to Check with the secretariat\'s override and its reason, kept in the history', () => {
    const fy2019 = year(2019);
    expect(fy2019.phase).toBe('CHECK');
    expect(fy2019.transitions.map((t: { event: string }) => t.event).sort()).toEqual(['START_CHECK', 'START_DO']);
    const check = fy2019.transitions.find((t: { event: string }) => t.event === 'START_CHECK');
    expect(check).toMatchObject({ fromState: 'DO', toState: 'CHECK', overridden: ['ALL_SHEETS_ACCEPTED'] });
    expect(check.comment).toMatch(/\S/);
    expect(fy2019.sheetProgress).toEqual(expect.arrayContaining([{ state: 'ACCEPTED', count: 10 }, { state: 'DRAFT', count: 4 }]));
  });

  it('has the seed\'s 41 main opinions, confirmed by written deliberation, numbered from ① per entry, 11 marked ※', () => {
    const entries = year(2019).projects.filter((p: { verifiedWithId: string | null }) => !p.verifiedWithId);
    const opinions = entries.flatMap((p: { councilOpinions: any[] }) => p.councilOpinions);
    expect(opinions).toHaveLength(41);
    expect(entries.filter((p: { councilOpinions: unknown[] }) => p.councilOpinions.length > 0)).toHaveLength(10);
    for (const p of entries) expect(p.councilOpinions.map((o: { position: number }) => o.position)).toEqual(p.councilOpinions.map((_: unknown, i: number) => i + 1));
    for (const o of opinions) {
      expect(o).toMatchObject({ state: 'CONFIRMED', confirmedOn: '2020-03-19', confirmedBy: '令和元年度第２回川崎市産業振興協議会（書面協議）', sources: [] });
    }
    expect(opinions.filter((o: { tags: Array<{ mark: string }> }) => o.tags.some((t) => t.mark === '※'))).toHaveLength(11);
    const first = entries.find((p: { name: string }) => p.name === '起業化総合支援事業').councilOpinions[0];
    expect(first.mark).toBe('①');
    expect(first.text.startsWith('起業家塾はもう少しブレイクダウンしたカリキュラム')).toBe(true);
  });

  it('has the seed\'s 36 responses, approved, each linked to the confirmed opinions it answers (5 answer two), 11 marked ※, none with a category', () => {
    const fy2019 = year(2019);
    const entries = fy2019.projects.filter((p: { verifiedWithId: string | null }) => !p.verifiedWithId);
    const responses = entries.flatMap((p: { responses: any[] }) => p.responses);
    expect(responses).toHaveLength(36);
    for (const r of responses) expect(r).toMatchObject({ state: 'APPROVED', category: null, transitions: [{ event: 'SUBMIT' }, { event: 'APPROVE' }] });
    expect(responses.filter((r: { councilOpinions: unknown[] }) => r.councilOpinions.length === 2)).toHaveLength(5);
    expect(responses.filter((r: { tags: Array<{ mark: string }> }) => r.tags.some((t) => t.mark === '※'))).toHaveLength(11);
    // every confirmed opinion is answered by exactly one response, and points back at it
    for (const p of entries) {
      const answered = p.responses.flatMap((r: { councilOpinions: Array<{ position: number }> }) => r.councilOpinions.map((o) => o.position)).sort((a: number, b: number) => a - b);
      expect({ name: p.name, answered }).toEqual({ name: p.name, answered: p.councilOpinions.map((o: { position: number }) => o.position) });
      for (const o of p.councilOpinions) expect(p.responses.find((r: { id: string }) => r.id === o.response?.id)?.councilOpinions.map((x: { position: number }) => x.position)).toContain(o.position);
    }
    const shinkawasaki = entries.find((p: { name: string }) => p.name === '新川崎創造のもり推進事業（新産業創造支援事業等）');
    expect(shinkawasaki.responses.map((r: { marks: string }) => r.marks)).toEqual(['①・②', '③', '④', '⑤']);
    const first = entries.find((p: { name: string }) => p.name === '起業化総合支援事業').responses[0];
    expect(first).toMatchObject({ marks: '①', position: 1 });
    expect(first.text.startsWith('起業家塾については、様々な事業形態、事業規模で起業を目指す方')).toBe(true);
    expect(fy2019.responseProgress).toEqual({ total: 41, answered: 41, submitted: 41, approved: 41, unanswered: 0 });
    expect(fy2019.unansweredCouncilOpinions).toEqual([]);
    expect(fy2019.phase).toBe('CHECK');
  });

  it('leaves the four entries without a detailed page to be verified: 医工連携等推進事業 by 遠山 and 岩井', () => {
    const without = year(2019).projects.filter((p: { verifiedWithId: string | null; councilOpinions: unknown[] }) => !p.verifiedWithId && p.councilOpinions.length === 0);
    expect(without.map((p: { name: string }) => p.name)).toEqual(['医工連携等推進事業', 'ウェルフェアイノベーション推進事業', '内陸部操業環境保全対策事業', '農業振興関連事業（多様な連携推進事業等）']);
    expect(without[0].assignedMembers.map((m: { name: string }) => m.name).sort()).toEqual(['岩井 新一', '遠山 浩'].sort());
  });

  it('starts FY2020 from FY2019: the newest cycle, in Do, with the same entries and assignments and an empty draft sheet each', () => {
    // newest first (the tests' own cycles are years far ahead)
    const demoYears = cycles.map((c) => c.fiscalYear).filter((fy: number) => fy < 2030);
    expect(demoYears).toEqual([2020, 2019]);
    const fy2020 = year(2020);
    expect(fy2020.phase).toBe('DO');
    expect(fy2020.projects.map((p: { name: string }) => p.name)).toEqual(year(2019).projects.map((p: { name: string }) => p.name));
    expect(fy2020.projects.map((p: { assignedMembers: Array<{ name: string }> }) => p.assignedMembers.map((m) => m.name).sort())).toEqual(
      year(2019).projects.map((p: { assignedMembers: Array<{ name: string }> }) => p.assignedMembers.map((m) => m.name).sort()),
    );
    expect(fy2020.sheetProgress).toEqual(expect.arrayContaining([{ state: 'DRAFT', count: 14 }]));
    expect(fy2020.projects.flatMap((p: { councilOpinions: unknown[] }) => p.councilOpinions)).toHaveLength(0);
  });
});

describe('the cost of the overview query', () => {
  /** A cycle of `entries` entries (and one related project per five), inserted in bulk. */
  async function bulkCycle(fiscalYear: number, entries: number): Promise<string> {
    const ordinance = await demoOrdinance(sec);
    const members = await demoMembers(sec);
    const departments = (await t.sql(`SELECT id FROM department ORDER BY name LIMIT 8`)).map((d) => d.id as string);
    const [cycle] = await t.sql(`INSERT INTO cycle ("fiscalYear", "ordinanceId", phase, version) VALUES ($1, $2, 'PLAN', 1) RETURNING id`, [fiscalYear, ordinance.id]);
    const groups = (
      await t.sql(`INSERT INTO verification_group ("cycleId", name, "sortOrder", version) VALUES ($1, '第1班', 1, 1), ($1, '第2班', 2, 1) RETURNING id`, [cycle.id])
    ).map((g) => g.id as string);
    const groupOf = (i: number) => groups[i % 2]!;
    const membersOf = (g: number) => members.filter((_, i) => i % 2 === g).map((m) => m.id);
    await t.sql(`INSERT INTO group_member ("cycleId", "groupId", "memberId") SELECT $1, g, m FROM unnest($2::uuid[], $3::uuid[]) AS x(g, m)`, [
      cycle.id,
      members.map((_, i) => groupOf(i)),
      members.map((m) => m.id),
    ]);
    const idx = [...Array(entries).keys()];
    const leads: Array<{ id: string }> = await t.sql(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "groupId", name, kind, page, "sortOrder", version)
       SELECT $1, a, d, g, n, 'PROJECT', pg, so, 1 FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::int[]) AS x(a, d, g, n, pg, so)
       RETURNING id`,
      [
        cycle.id,
        idx.map((i) => ordinance.articles[i % 8]!.id),
        idx.map((i) => departments[i % departments.length]),
        idx.map((i) => groupOf(i)),
        idx.map((i) => `事業 ${i + 1}`),
        idx.map((i) => 10 + i * 2),
        idx.map((i) => (i + 1) * 10),
      ],
    );
    const relatedOf = idx.filter((i) => i % 5 === 0);
    await t.sql(
      `INSERT INTO project ("cycleId", "articleId", "departmentId", "verifiedWithId", name, kind, page, "sortOrder", version)
       SELECT $1, a, d, v, n, 'PROJECT', pg, so, 1 FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::int[]) AS x(a, d, v, n, pg, so)`,
      [
        cycle.id,
        relatedOf.map((i) => ordinance.articles[i % 8]!.id),
        relatedOf.map((i) => departments[i % departments.length]),
        relatedOf.map((i) => leads[i]!.id),
        relatedOf.map((i) => `関連事業 ${i + 1}`),
        relatedOf.map((i) => 11 + i * 2),
        relatedOf.map((i) => (i + 1) * 10 + 5),
      ],
    );
    const pairs = idx.flatMap((i) => membersOf(i % 2).slice(0, 2).map((m) => [leads[i]!.id, m] as const));
    await t.sql(`INSERT INTO assignment ("cycleId", "projectId", "memberId") SELECT $1, p, m FROM unnest($2::uuid[], $3::uuid[]) AS x(p, m)`, [
      cycle.id,
      pairs.map((p) => p[0]),
      pairs.map((p) => p[1]),
    ]);
    return cycle.id;
  }

  /**
   * The statements the app issues for one overview request: the fewest of three requests (after one to
   * warm up). Two fields share the member loader, and when their rows come back from the database in
   * different turns of the event loop it runs twice: timing adds a statement now and then, whatever the
   * size; the number of rows must never.
   */
  async function statementsFor(cycleId: string, expectedProjects: number) {
    expectData(await sec.gql(OVERVIEW, { id: cycleId }));
    let fewest = Infinity;
    for (let i = 0; i < 3; i++) {
      const { result, count } = await countStatements(() => sec.gql(OVERVIEW, { id: cycleId }));
      expect(expectData(result).cycle.projects).toHaveLength(expectedProjects);
      fewest = Math.min(fewest, count);
    }
    return fewest;
  }

  it('is the same number of SQL statements for 10 entries as for 100', async () => {
    const [ten, hundred] = [await bulkCycle(FISCAL_YEARS.overview[0], 10), await bulkCycle(FISCAL_YEARS.overview[1], 100)];
    const small = await statementsFor(ten, 10 + 2);
    const large = await statementsFor(hundred, 100 + 20);
    const demo = await statementsFor((await demoCycle(sec)).id, 15);
    expect(small).toBeGreaterThanOrEqual(5); // the counter sees the app's statements
    expect({ tenEntries: small, hundredEntries: large, demo }).toEqual({ tenEntries: small, hundredEntries: small, demo: small });
  });
});
