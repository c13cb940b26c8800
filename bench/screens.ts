/**
 * The screens measured: Kensho's query as the web client sends it (read from apps/web/src/generated, so the
 * benchmark follows the client), the equivalent PostGraphile query, and how each answer maps to one plain
 * shape so that both can be checked equal.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';

type Json = any;  
type Vars = Record<string, unknown>;

const GENERATED = resolve(__dirname, '../apps/web/src/generated/graphql.ts');

/** A document of the web client, printed from the codegen output (`export const XDocument = {…} as unknown as …`). */
export function webDocument(name: string): string {
  const source = readFileSync(GENERATED, 'utf8');
  const start = source.indexOf(`export const ${name}Document = `);
  if (start < 0) throw new Error(`${name}Document not found in ${GENERATED}`);
  const json = source.slice(start + `export const ${name}Document = `.length, source.indexOf(' as unknown as DocumentNode', start));
  return print(JSON.parse(json) as DocumentNode);
}

/** The entities the screens open, chosen by the runner from the generated data. */
export interface Subjects {
  readCycleId: string;
  readSheetId: string;
  readProjectId: string;
  /** One draft sheet per connection, of the department `kogyo` works in, in the cycle in Do. */
  writeSheetIds: string[];
  /** The PostGraphile side's actor (Kensho takes it from the session). */
  staffUserId: string;
}

export interface Side {
  query: string;
  variables: (s: Subjects) => Vars;
  /** The answer's `data`, in the shape both sides are compared in. */
  shape: (data: Json) => Json;
}

export interface Screen {
  key: string;
  title: string;
  kensho: Side;
  postgraphile: Side;
  /** A write: each connection saves its own sheet with the version its last answer returned (see writeSide). */
  write?: true;
  /** Kensho's session: the secretariat reads, the department's staff writes. */
  as: 'secretariat' | 'staff';
}

/** Fields the server derives from the workflow tables and the caller (no PostGraphile equivalent): left out of the comparison. */
const DERIVED = new Set(['availableActions', 'canEdit', 'canEditSetup', '__typename']);

/** Plain data: derived fields dropped, timestamps as ISO strings in UTC with milliseconds. */
export function plain(v: Json): Json {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const out: Json = {};
    for (const k of Object.keys(v).sort()) if (!DERIVED.has(k)) out[k] = plain(v[k]);
    return out;
  }
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v)) return new Date(v).toISOString();
  return v;
}

const name = (u: Json) => u?.displayName ?? null;
const tags = (list: Json[]) => list.map(({ id, mark, label, legend }) => ({ id, mark, label, legend }));

// ---------------------------------------------------------------- CycleOverview

const PG_OVERVIEW = `query CycleOverview($id: UUID!) {
  cycleById(id: $id) {
    id phase version fiscalYear startDate endDate
    transitionsList { id event fromState toState appUserByActorId { displayName } comment overridden at }
    ordinanceByOrdinanceId { articlesByOrdinanceIdList(orderBy: NUMBER_ASC) { id number title } }
    verificationGroupsByCycleIdList(orderBy: [SORT_ORDER_ASC, NAME_ASC]) { id name }
    projectsByCycleIdList(orderBy: [SORT_ORDER_ASC, PAGE_ASC]) {
      id name kind page sortOrder articleId verifiedWithId
      departmentByDepartmentId { id name bureau }
      verificationGroupByGroupId { id name }
      assignedMembersList { id name isChair }
    }
  }
}`;

const overviewFromPg = (c: Json) => ({
  id: c.id, phase: c.phase, version: c.version, fiscalYear: c.fiscalYear, startDate: c.startDate, endDate: c.endDate,
  transitions: c.transitionsList.map((t: Json) => ({
    id: t.id, event: t.event, fromState: t.fromState, toState: t.toState, actorName: name(t.appUserByActorId), comment: t.comment, overridden: t.overridden, at: t.at,
  })),
  articles: c.ordinanceByOrdinanceId.articlesByOrdinanceIdList,
  groups: c.verificationGroupsByCycleIdList,
  projects: c.projectsByCycleIdList.map((p: Json) => ({
    id: p.id, name: p.name, kind: p.kind, page: p.page, sortOrder: p.sortOrder, articleId: p.articleId, verifiedWithId: p.verifiedWithId,
    department: p.departmentByDepartmentId, group: p.verificationGroupByGroupId, assignedMembers: p.assignedMembersList,
  })),
});

// ---------------------------------------------------------------- the overview with every text

const CONTENT_FIELDS = 'items { heading text bullets table } indicators { label unit approximate note values { fiscalYear value } } assessment notes';

const KENSHO_OVERVIEW_TEXTS = `query OverviewWithTexts($id: ID!) {
  cycle(id: $id) {
    id fiscalYear phase
    projects {
      id name sortOrder
      sheet { id state version content { ${CONTENT_FIELDS} } }
      memberOpinions { id kind text state author { id name } }
      councilOpinions { id position mark text state }
    }
  }
}`;

const PG_OVERVIEW_TEXTS = `query OverviewWithTexts($id: UUID!) {
  cycleById(id: $id) {
    id fiscalYear phase
    projectsByCycleIdList(orderBy: [SORT_ORDER_ASC, PAGE_ASC]) {
      id name sortOrder
      sheetByProjectId { id state version content }
      memberOpinionsByProjectIdList(orderBy: CREATED_AT_ASC) { id kind text state memberByMemberId { id name } }
      councilOpinionsByProjectIdList(orderBy: POSITION_ASC) { id position mark text state }
    }
  }
}`;

const overviewTextsFromPg = (c: Json) => ({
  id: c.id, fiscalYear: c.fiscalYear, phase: c.phase,
  projects: c.projectsByCycleIdList.map((p: Json) => ({
    id: p.id, name: p.name, sortOrder: p.sortOrder, sheet: p.sheetByProjectId,
    memberOpinions: p.memberOpinionsByProjectIdList.map(({ memberByMemberId, ...o }: Json) => ({ ...o, author: memberByMemberId })),
    councilOpinions: p.councilOpinionsByProjectIdList,
  })),
});

// ---------------------------------------------------------------- the sheet page (and what saveSheet answers)

const PG_SHEET_FIELDS = `
    id cycleId state version updatedAt submittedAt createdAt content
    appUserByUpdatedById { displayName }
    projectByProjectId {
      id name sortOrder kind departmentId
      articleByArticleId { id number title }
      departmentByDepartmentId { id name }
      verificationGroupByGroupId { id name }
      projectsByVerifiedWithIdList(orderBy: SORT_ORDER_ASC) { id name }
    }
    tagsList { id mark label legend }
    sheetRevisionsBySheetIdList(orderBy: VERSION_DESC) { version savedAt appUserBySavedById { displayName } }
    transitionsList { id event fromState toState appUserByActorId { displayName } comment at }`;

const sheetFromPg = (s: Json) => {
  const p = s.projectByProjectId;
  return {
    id: s.id, cycleId: s.cycleId, state: s.state, version: s.version, updatedAt: s.updatedAt, updatedByName: name(s.appUserByUpdatedById),
    submittedAt: s.submittedAt, createdAt: s.createdAt, content: s.content,
    project: {
      id: p.id, name: p.name, sortOrder: p.sortOrder, kind: p.kind, departmentId: p.departmentId, article: p.articleByArticleId,
      department: p.departmentByDepartmentId, group: p.verificationGroupByGroupId, relatedProjects: p.projectsByVerifiedWithIdList,
    },
    tags: tags(s.tagsList),
    revisions: [
      { version: s.version, savedAt: s.updatedAt, savedByName: name(s.appUserByUpdatedById), current: true },
      ...s.sheetRevisionsBySheetIdList.map((r: Json) => ({ version: r.version, savedAt: r.savedAt, savedByName: name(r.appUserBySavedById), current: false })),
    ],
    transitions: s.transitionsList.map((t: Json) => ({
      id: t.id, event: t.event, fromState: t.fromState, toState: t.toState, actorName: name(t.appUserByActorId), comment: t.comment, at: t.at,
    })),
  };
};

// ---------------------------------------------------------------- the consolidation page of an entry

const PG_CONSOLIDATION = `query Consolidation($cycleId: UUID!, $projectId: UUID!) {
  cycleById(id: $cycleId) {
    id fiscalYear phase opinionDeadline
    tagsByCycleIdList(orderBy: MARK_ASC) { id mark label legend }
    projectsByCycleIdList(orderBy: [SORT_ORDER_ASC, PAGE_ASC]) {
      id name verifiedWithId
      councilOpinionsByProjectIdList(orderBy: POSITION_ASC) { id confirmedBy }
    }
  }
  projectById(id: $projectId) {
    id name sortOrder cycleId verifiedWithId
    articleByArticleId { id number title }
    departmentByDepartmentId { id name }
    verificationGroupByGroupId { id name sortOrder }
    projectsByVerifiedWithIdList(orderBy: SORT_ORDER_ASC) { id name }
    assignedMembersList { id name sortOrder }
    memberOpinionsByProjectIdList(orderBy: CREATED_AT_ASC) {
      id projectId memberId kind text state version createdAt updatedAt submittedAt
      memberByMemberId { id name sortOrder }
      usedInList { id position mark text state }
    }
    councilOpinionsByProjectIdList(orderBy: POSITION_ASC) {
      id projectId position mark text state version confirmedOn confirmedBy updatedAt
      tagsList { id mark label legend }
      sourcesList { id kind text memberByMemberId { id name } }
    }
  }
}`;

const consolidationFromPg = (d: Json) => {
  const c = d.cycleById;
  const p = d.projectById;
  return {
    cycle: {
      id: c.id, fiscalYear: c.fiscalYear, phase: c.phase, opinionDeadline: c.opinionDeadline, tags: c.tagsByCycleIdList,
      projects: c.projectsByCycleIdList.map((x: Json) => ({ id: x.id, name: x.name, verifiedWithId: x.verifiedWithId, councilOpinions: x.councilOpinionsByProjectIdList })),
    },
    project: {
      id: p.id, name: p.name, sortOrder: p.sortOrder, cycleId: p.cycleId, verifiedWithId: p.verifiedWithId, article: p.articleByArticleId,
      department: p.departmentByDepartmentId, group: p.verificationGroupByGroupId, relatedProjects: p.projectsByVerifiedWithIdList,
      assignedMembers: p.assignedMembersList,
      memberOpinions: p.memberOpinionsByProjectIdList.map(({ memberByMemberId, usedInList, ...o }: Json) => ({ ...o, author: memberByMemberId, usedIn: usedInList })),
      councilOpinions: p.councilOpinionsByProjectIdList.map(({ tagsList, sourcesList, ...o }: Json) => ({
        ...o, tags: tags(tagsList), sources: sourcesList.map(({ memberByMemberId, ...s }: Json) => ({ ...s, author: memberByMemberId })),
      })),
    },
  };
};

// ---------------------------------------------------------------- the screens

export function screens(): Screen[] {
  const sheetQuery = webDocument('Sheet');
  return [
    {
      key: 'overview', title: 'cycle overview (CycleOverview), 100 entries', as: 'secretariat',
      kensho: { query: webDocument('CycleOverview'), variables: (s) => ({ id: s.readCycleId }), shape: (d) => d.cycle },
      postgraphile: { query: PG_OVERVIEW, variables: (s) => ({ id: s.readCycleId }), shape: (d) => overviewFromPg(d.cycleById) },
    },
    {
      key: 'overviewTexts', title: 'overview with every sheet and opinion text', as: 'secretariat',
      kensho: { query: KENSHO_OVERVIEW_TEXTS, variables: (s) => ({ id: s.readCycleId }), shape: (d) => d.cycle },
      postgraphile: { query: PG_OVERVIEW_TEXTS, variables: (s) => ({ id: s.readCycleId }), shape: (d) => overviewTextsFromPg(d.cycleById) },
    },
    {
      key: 'sheet', title: 'sheet page (SheetQuery)', as: 'secretariat',
      kensho: { query: sheetQuery, variables: (s) => ({ id: s.readSheetId }), shape: (d) => d.sheet },
      postgraphile: { query: `query Sheet($id: UUID!) { sheetById(id: $id) { ${PG_SHEET_FIELDS} } }`, variables: (s) => ({ id: s.readSheetId }), shape: (d) => sheetFromPg(d.sheetById) },
    },
    {
      key: 'consolidation', title: 'consolidation page of an entry', as: 'secretariat',
      kensho: { query: webDocument('Consolidation'), variables: (s) => ({ cycleId: s.readCycleId, projectId: s.readProjectId }), shape: (d) => d },
      postgraphile: { query: PG_CONSOLIDATION, variables: (s) => ({ cycleId: s.readCycleId, projectId: s.readProjectId }), shape: consolidationFromPg },
    },
    {
      key: 'saveSheet', title: 'saveSheet, each with the version just returned', as: 'staff',
      kensho: { query: webDocument('SaveSheet'), variables: () => ({}), shape: (d) => d.saveSheet },
      postgraphile: {
        query: `mutation SaveSheet($input: BenchSaveSheetInput!) { benchSaveSheet(input: $input) { sheet { ${PG_SHEET_FIELDS} } } }`,
        variables: () => ({}), shape: (d) => sheetFromPg(d.benchSaveSheet.sheet),
      },
      write: true,
    },
    {
      key: 'typename', title: '`{ __typename }` (the framework floor)', as: 'secretariat',
      kensho: { query: '{ __typename }', variables: () => ({}), shape: (d) => d },
      postgraphile: { query: '{ __typename }', variables: () => ({}), shape: (d) => d },
    },
  ];
}

/** The write's variables and the version its answer returns, per side. */
export function writeSide(side: 'kensho' | 'postgraphile', subjects: Subjects) {
  return side === 'kensho'
    ? { variables: (id: string, version: number, content: unknown) => ({ input: { id, version, content } }), versionOf: (d: Json) => d.saveSheet.version as number }
    : {
        variables: (id: string, version: number, content: unknown) => ({ input: { sheetId: id, expectedVersion: version, newContent: content, actorId: subjects.staffUserId } }),
        versionOf: (d: Json) => d.benchSaveSheet.sheet.version as number,
      };
}

/** The paths where two plain answers differ (at most `max`). */
export function differences(a: Json, b: Json, path = '', out: string[] = [], max = 10): string[] {
  if (out.length >= max) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${path}[${i}]`, out, max);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(k in a)) out.push(`${path}.${k}: only PostGraphile has it`);
      else if (!(k in b)) out.push(`${path}.${k}: only Kensho has it`);
      else differences(a[k], b[k], `${path}.${k}`, out, max);
    }
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`);
  return out;
}
