/**
 * Fills a fresh benchmark database: the app's migrations and demo seed (through the built API), then
 * BENCH_YEARS fiscal years (default 10) × BENCH_ENTRIES entries (default 100), each with a sheet of about
 * 4 KB, its revisions, transitions and audit events, member opinions, council opinions with their
 * revisions and sources. Deterministic: the same ids and texts on every run.
 *
 *   FY2021 … FY2029: Check, every sheet accepted, opinions submitted and adopted, council opinions confirmed
 *   FY2030:          Do, every sheet a draft (the write benchmark saves these)
 *
 * Run: `npm run build && npm run bench:generate` (or let `npm run bench` do it when the database is missing).
 */
import 'reflect-metadata';
import { Pool } from 'pg';
import { API_DIST, BENCH_URL, bulkInsert, recreateDatabase, uuidOf } from './lib/db';

export const YEARS = Number(process.env.BENCH_YEARS ?? 10);
export const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100);
export const FIRST_YEAR = 2021;
/** The year the read benchmarks show (the last one in Check) and the one the writes go to (in Do). */
export const READ_YEAR = FIRST_YEAR + YEARS - 2;
export const WRITE_YEAR = FIRST_YEAR + YEARS - 1;
/** Bumped whenever the generated data changes shape, so `npm run bench` regenerates. */
export const GENERATOR_VERSION = 1;

const PHRASES = [
  '市内中小企業の経営革新を支援するため、専門家派遣と補助制度を一体的に運用した。',
  '起業家支援拠点において、創業相談とマッチングイベントを週二回程度開催した。',
  '研究開発型ベンチャー企業に対し、伴走型のメンタリング支援を実施した。',
  '商店街の課題に応じた個別支援により、空き店舗の活用が進んだ。',
  '新型コロナウイルス感染症の影響を受けた事業者への相談窓口を設置した。',
  '生産性向上に向けたデジタル技術の導入事例を市内企業に展開した。',
  '海外販路の開拓を目指す企業に展示会出展の機会を提供した。',
  '農業者と商業者の連携による地産地消の取組を推進した。',
  '就業支援セミナーを開催し、若年者と女性の就職を後押しした。',
  '市の調達において、市内中小企業の受注機会の増大に努めた。',
];

const phrase = (seed: number, n: number) => Array.from({ length: n }, (_, k) => PHRASES[(seed * 7 + k * 3) % PHRASES.length]).join('');

/** A verification sheet's content of about 4 KB (as stored JSON), with indicator years of its cycle. */
export function sheetContent(fiscalYear: number, seed: number, revision = 0) {
  return {
    items: Array.from({ length: 5 }, (_, k) => ({
      heading: `取組${k + 1}：${PHRASES[(seed + k) % PHRASES.length]!.slice(0, 14)}`,
      text: phrase(seed + k, 3),
      bullets: [phrase(seed + k + 1, 1), phrase(seed + k + 2, 1)],
      table: k === 1 ? [['区分', '実績'], ['相談件数', `${100 + seed}件`], ['支援企業数', `${20 + (seed % 30)}者`]] : null,
    })),
    indicators: [
      { label: '支援企業数', unit: '者', approximate: false, note: null, values: [0, 1, 2].map((d) => ({ fiscalYear: fiscalYear - 2 + d, value: 10 + seed + d })) },
      { label: '相談件数', unit: '件', approximate: true, note: '延べ件数', values: [0, 1, 2].map((d) => ({ fiscalYear: fiscalYear - 2 + d, value: 100 + seed * 2 + d })) },
    ],
    assessment: `${phrase(seed + 3, 3)}（第${revision + 1}版）`,
    notes: revision ? null : PHRASES[seed % PHRASES.length]!,
  };
}

/** Runs the app's migrations and loads its demo (FY2019 and FY2020) through the built API. */
async function migrateAndSeed(): Promise<void> {
  const { runMigrations, createApp } = require(`${API_DIST}/bootstrap`);
  const { loadConfig } = require(`${API_DIST}/config/config`);
  const { DemoSeeder } = require(`${API_DIST}/demo/demo.seeder`);
  await runMigrations(BENCH_URL);
  const app = await createApp(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: BENCH_URL, SEED_DEMO: 'false' }), BENCH_URL, { logger: false });
  await app.init();
  await app.get(DemoSeeder).seedIfEmpty();
  await app.close();
}

const at = (fy: number, dayOffset: number, ms = 0) => new Date(Date.UTC(fy + 1, 0, 1) + dayOffset * 86_400_000 + ms).toISOString();

async function generateYears(db: Pool): Promise<void> {
  const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const [ordinance] = await one('SELECT id FROM ordinance LIMIT 1');
  const articles = await one('SELECT id, number FROM article WHERE "ordinanceId" = $1 ORDER BY number', [ordinance.id]);
  const departments = await one('SELECT id, name FROM department ORDER BY name');
  const members = await one('SELECT id, "sortOrder" FROM member ORDER BY "sortOrder"');
  const users = Object.fromEntries((await one('SELECT id, "loginId" FROM app_user')).map((u) => [u.loginId, u.id as string]));
  const secretariat = users.jimukyoku!;
  const staff = users.kogyo!;
  const groupsOfDemo = [members.slice(0, members.length >> 1), members.slice(members.length >> 1)];

  for (let y = 0; y < YEARS; y++) {
    const fy = FIRST_YEAR + y;
    const inDo = fy === WRITE_YEAR;
    const key = (...parts: unknown[]) => uuidOf(`bench:${fy}:${parts.join(':')}`);
    const cycleId = key('cycle');
    const rows: Record<string, Array<Record<string, unknown>>> = {
      cycle: [{ id: cycleId, fiscalYear: fy, ordinanceId: ordinance.id, phase: inDo ? 'DO' : 'CHECK', startDate: `${fy}-05-01`, endDate: `${fy + 1}-08-31`, sheetDeadline: `${fy + 1}-01-31`, opinionDeadline: `${fy + 1}-02-14`, version: inDo ? 2 : 3 }],
      tag: [{ id: key('tag'), cycleId, mark: '※', label: '新型コロナ', legend: '※ は新型コロナウイルス感染症を踏まえたもの', version: 1 }],
      verification_group: [], group_member: [], project: [], assignment: [], sheet: [], sheet_revision: [], member_opinion: [],
      council_opinion: [], council_opinion_revision: [], council_opinion_source: [], workflow_transition: [], audit_event: [],
    };
    const push = (table: string, row: Record<string, unknown>) => rows[table]!.push(row);
    const transition = (subjectType: string, subjectId: string, event: string, fromState: string, toState: string, actorId: string | null, when: string, comment: string | null = null) => {
      push('workflow_transition', { id: key('t', subjectType, subjectId, event, when), subjectType, subjectId, event, fromState, toState, actorId, comment, overridden: [], at: when });
      push('audit_event', { id: key('a', subjectType, subjectId, event, when), actorId, entityType: subjectType, entityId: subjectId, action: event, before: { state: fromState }, after: { state: toState }, reason: comment, requestId: null, at: when });
    };
    transition('cycle', cycleId, 'START_DO', 'PLAN', 'DO', secretariat, at(fy - 1, 150));
    if (!inDo) transition('cycle', cycleId, 'START_CHECK', 'DO', 'CHECK', secretariat, at(fy, 34));

    groupsOfDemo.forEach((gm, g) => {
      const groupId = key('group', g);
      push('verification_group', { id: groupId, cycleId, name: `第${g + 1}班`, sortOrder: g + 1, version: 1 });
      gm.forEach((m) => push('group_member', { id: key('gm', m.id), cycleId, groupId, memberId: m.id }));
    });

    for (let i = 0; i < ENTRIES; i++) {
      const projectId = key('project', i);
      const g = i % 2;
      const groupMembers = groupsOfDemo[g]!;
      // every 20th entry is verified together with the one before it (a related project, no sheet)
      const related = i % 20 === 19;
      push('project', {
        id: projectId, cycleId, articleId: articles[i % articles.length].id, departmentId: departments[i % departments.length].id,
        groupId: related ? null : key('group', g), verifiedWithId: related ? key('project', i - 1) : null,
        name: `${PHRASES[i % PHRASES.length]!.slice(0, 12)}事業（その${i + 1}）`, kind: i % 5 === 4 ? 'INITIATIVE' : 'PROJECT',
        page: related ? null : 10 + i, sortOrder: (i + 1) * 10, version: 1,
      });
      if (related) continue;
      const assigned = [groupMembers[i % groupMembers.length]!, groupMembers[(i + 1) % groupMembers.length]!];
      assigned.forEach((m, k) => push('assignment', { id: key('as', i, k), cycleId, projectId, memberId: m.id, createdAt: at(fy - 1, 160, i * 10 + k) }));

      // the sheet: three saved versions before the current one, then (in Check) submitted, returned, resubmitted, accepted
      const sheetId = key('sheet', i);
      const saves = [at(fy, 0, i), at(fy, 10, i), at(fy, 20, i)];
      saves.forEach((savedAt, v) => {
        push('sheet_revision', { id: key('rev', i, v), sheetId, version: v + 1, content: sheetContent(fy, i, v), savedById: staff, savedAt, replacedAt: saves[v + 1] ?? at(fy, 25, i) });
        push('audit_event', { id: key('save', i, v), actorId: staff, entityType: 'sheet', entityId: sheetId, action: 'UPDATE', before: { version: v + 1 }, after: { version: v + 2 }, reason: null, requestId: null, at: saves[v + 1] ?? at(fy, 25, i) });
      });
      push('sheet', {
        id: sheetId, cycleId, projectId, state: inDo ? 'DRAFT' : 'ACCEPTED', content: sheetContent(fy, i, 3), tagIds: i % 3 === 0 ? [key('tag')] : [],
        version: inDo ? 4 : 8, createdAt: at(fy - 1, 150, i), updatedAt: inDo ? at(fy, 25, i) : at(fy, 33, i), updatedById: staff, submittedAt: inDo ? null : at(fy, 31, i),
      });
      if (!inDo) {
        transition('sheet', sheetId, 'SUBMIT', 'DRAFT', 'SUBMITTED', staff, at(fy, 26, i));
        transition('sheet', sheetId, 'RETURN', 'SUBMITTED', 'RETURNED', secretariat, at(fy, 28, i), '指標の実績値を最新のものにしてください。');
        transition('sheet', sheetId, 'SUBMIT', 'RETURNED', 'SUBMITTED', staff, at(fy, 31, i));
        transition('sheet', sheetId, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', secretariat, at(fy, 33, i));

        // each assigned member writes two opinions; the council words three opinions drawn from them
        const opinionIds: string[] = [];
        assigned.forEach((m, k) => [0, 1].forEach((o) => {
          const id = key('mo', i, k, o);
          opinionIds.push(id);
          const created = at(fy, 40, i * 10 + k * 2 + o);
          push('member_opinion', {
            id, cycleId, projectId, memberId: m.id, kind: ['POSITIVE', 'IMPROVEMENT', 'OTHER'][(i + k + o) % 3], text: phrase(i + k + o, 3),
            state: o === 0 ? 'ADOPTED' : 'SUBMITTED', version: o === 0 ? 3 : 2, createdAt: created, updatedAt: at(fy, 50, i * 10 + k * 2 + o), submittedAt: at(fy, 45, i * 10 + k * 2 + o),
          });
          transition('member_opinion', id, 'SUBMIT', 'DRAFT', 'SUBMITTED', null, at(fy, 45, i * 10 + k * 2 + o));
          if (o === 0) transition('member_opinion', id, 'ADOPT', 'SUBMITTED', 'ADOPTED', secretariat, at(fy, 50, i * 10 + k * 2 + o));
        }));
        [1, 2, 3].forEach((position) => {
          const id = key('co', i, position);
          push('council_opinion', {
            id, cycleId, projectId, position, text: phrase(i + position, 2), tagIds: position === 1 && i % 3 === 0 ? [key('tag')] : [],
            state: 'CONFIRMED', confirmedOn: `${fy + 1}-03-19`, confirmedBy: `${fy}年度第２回産業振興協議会`, version: 3,
            createdAt: at(fy, 55, i * 10 + position), updatedAt: at(fy, 60, i * 10 + position), updatedById: secretariat,
          });
          [1, 2].forEach((v) => push('council_opinion_revision', { id: key('cor', i, position, v), councilOpinionId: id, version: v, text: phrase(i + position + v, 2), tagIds: [], savedById: secretariat, savedAt: at(fy, 55 + v, i * 10 + position), replacedAt: at(fy, 56 + v, i * 10 + position) }));
          push('council_opinion_source', { id: key('cos', i, position), councilOpinionId: id, memberOpinionId: opinionIds[(position - 1) * 2 % opinionIds.length]! });
          push('audit_event', { id: key('coa', i, position), actorId: secretariat, entityType: 'council_opinion', entityId: id, action: 'CREATE', before: null, after: { position }, reason: null, requestId: null, at: at(fy, 55, i * 10 + position) });
          transition('council_opinion', id, 'CONFIRM', 'DRAFT', 'CONFIRMED', secretariat, at(fy, 78, i * 10 + position), `${fy}年度第２回産業振興協議会`);
        });
      }
    }
    // parents before children; a related project refers to the entry before it, inserted in the same statement
    for (const table of Object.keys(rows)) await bulkInsert(db, table, rows[table]!, table.includes('sheet') ? 300 : 2000);
  }
}

export async function generate(): Promise<void> {
  const started = Date.now();
  await recreateDatabase();
  await migrateAndSeed();
  const db = new Pool({ connectionString: BENCH_URL, max: 2 });
  try {
    await generateYears(db);
    await db.query(`CREATE TABLE bench_meta (key text PRIMARY KEY, value text NOT NULL)`);
    await db.query(`INSERT INTO bench_meta VALUES ('generator', $1), ('years', $2), ('entries', $3)`, [String(GENERATOR_VERSION), String(YEARS), String(ENTRIES)]);
    await db.query('VACUUM ANALYZE');
    const counts = await db.query(`SELECT
      (SELECT count(*) FROM cycle) AS cycles, (SELECT count(*) FROM project) AS projects, (SELECT count(*) FROM sheet) AS sheets,
      (SELECT count(*) FROM sheet_revision) AS revisions, (SELECT count(*) FROM member_opinion) AS member_opinions,
      (SELECT count(*) FROM council_opinion) AS council_opinions, (SELECT count(*) FROM workflow_transition) AS transitions,
      (SELECT count(*) FROM audit_event) AS audit_events, (SELECT round(avg(octet_length(content::text))) FROM sheet WHERE "cycleId" IN (SELECT id FROM cycle WHERE "fiscalYear" >= ${FIRST_YEAR})) AS avg_sheet_bytes,
      pg_size_pretty(pg_database_size(current_database())) AS size`);
    console.log(`bench database ${BENCH_URL} generated in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts.rows[0]);
  } finally {
    await db.end();
  }
}

if (require.main === module) {
  generate().then(() => process.exit(0), (e) => {
    console.error(e);
    process.exit(1);
  });
}
