import { Injectable } from '@nestjs/common';
import {
  canEditSheet,
  canReadSheet,
  canReadSheetHistory,
  actionsFor,
  LIMITS,
  lastSheetActivity,
  sheetWorkflow,
  type SheetEvent,
  type SheetFacts,
  type SheetState,
} from '@kensho/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { RequestLoaders } from '../../data/loaders';
import { badInput, DomainError, forbidden, notFound, type FieldProblem } from '../../common/errors/domain-error';
import { audit, checkVersion, differs, lockRow, writeNewVersion } from '../../common/persistence/audited';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { CycleEntity } from '../../data/cycle.entity';
import { assertSetupEditable } from '../../common/workflow/setup-lock';
import { ProjectEntity } from '../../data/project.entity';
import type { SheetContent, SheetContentInput } from '../../data/sheet-content.model';
import { EMPTY_CONTENT } from '../../data/sheet-content.model';
import { SheetCommentEntity } from '../../data/sheet-comment.entity';
import type { AddSheetCommentInput, SaveSheetInput, SetSheetTagsInput, SheetFilterInput, SheetTransitionInput } from './sheet.input';
import type { SheetAction, SheetActivityModel, SheetAttachment, SheetComment, SheetRevision, SheetStateCount, SheetTransition, SheetVersionContent } from './sheet.model';
import { SheetRevisionEntity } from '../../data/sheet-revision.entity';
import { SheetEntity } from '../../data/sheet.entity';
import { TagEntity } from '../../data/tag.entity';

/** Where a sheet stands for a caller: its entry, its cycle and whether it is the caller's department's. */
interface SheetScope {
  sheet: SheetEntity;
  project: ProjectEntity;
  cycle: CycleEntity;
  ownDepartment: boolean;
}

/**
 * The Do step: each entry's verification sheet, written by its department and accepted or returned by
 * the secretariat. Every rule of the states is `sheetWorkflow` (libs/domain); this service adds the
 * scope (which department, who reads what) and keeps every version a save replaces.
 */
@Injectable()
export class SheetsService {
  constructor(
    private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  /** Sheets the caller may read, with the screen's filters; one statement. */
  async list(actor: Actor, f: SheetFilterInput): Promise<SheetEntity[]> {
    if (actor.role === 'ADMIN') throw forbidden();
    const q = this.db
      .getRepository(SheetEntity)
      .createQueryBuilder('s')
      .innerJoin(ProjectEntity, 'p', 'p.id = s."projectId"')
      .where('s."cycleId" = :cycleId', { cycleId: f.cycleId })
      .orderBy('p."sortOrder"', 'ASC');
    if (actor.role === 'DEPARTMENT_STAFF')
      q.andWhere(`(p."departmentId" = :dept OR s.state IN ('SUBMITTED', 'ACCEPTED'))`, { dept: actor.departmentId });
    if (actor.role === 'COMMITTEE_MEMBER') q.andWhere(`s.state IN ('SUBMITTED', 'ACCEPTED')`);
    if (f.mine) q.andWhere('p."departmentId" = :mine', { mine: actor.departmentId ?? '00000000-0000-0000-0000-000000000000' });
    if (f.states?.length) q.andWhere('s.state IN (:...states)', { states: f.states });
    if (f.articleId) q.andWhere('p."articleId" = :articleId', { articleId: f.articleId });
    if (f.departmentId) q.andWhere('p."departmentId" = :departmentId', { departmentId: f.departmentId });
    if (f.groupId) q.andWhere('p."groupId" = :groupId', { groupId: f.groupId });
    return q.getMany();
  }

  async get(actor: Actor, id: string): Promise<SheetEntity> {
    const scope = await this.scope(this.db.manager, actor, id, false);
    return scope.sheet;
  }

  /** How many sheets of the cycle are in each state (the secretariat's progress). */
  async progress(cycleId: string, l: RequestLoaders): Promise<SheetStateCount[]> {
    const rows = await l.sheetStateCountsByCycle.load(cycleId);
    return sheetWorkflow.states.map((state) => ({ state, count: rows.find((r) => r.state === state)?.count ?? 0 }));
  }

  /**
   * Saves the department's draft; the replaced content is kept as a revision. Content that, once
   * normalised, is what the sheet holds already changes nothing (no revision, no audit, the same version).
   */
  save(actor: Actor, input: SaveSheetInput): Promise<SheetEntity> {
    return this.db.transaction(async (m) => {
      const { sheet, cycle, ownDepartment } = await this.scope(m, actor, input.id, true);
      checkVersion(sheet, input.version);
      if (!canEditSheet(actor.role, sheet.state, ownDepartment, cycle.phase)) {
        if (actor.role !== 'DEPARTMENT_STAFF' || !ownDepartment) throw forbidden();
        throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state: sheet.state });
      }
      const content = normaliseContent(input.content, cycle.fiscalYear);
      if (!differs(sheet, { content })) return sheet;
      await m.insert(SheetRevisionEntity, {
        sheetId: sheet.id, version: sheet.version, content: sheet.content as never, savedById: sheet.updatedById, savedAt: sheet.updatedAt,
      });
      const saved = await writeNewVersion(m, SheetEntity, sheet.id, { content, updatedById: actor.id });
      await audit(m, actor, 'sheet', sheet.id, 'UPDATE', { version: sheet.version }, { version: saved.version });
      return saved;
    });
  }

  /** One workflow event, through the workflow kit (the table's guard checks the department). */
  transition(actor: Actor, event: SheetEvent, input: SheetTransitionInput): Promise<SheetEntity> {
    return this.db.transaction((m) => this.runner.fire(m, actor, this.subject, input, { event, comment: input.comment }));
  }

  /** The sheet as a workflow of the kit: its row, and what the table's guard and preconditions read. */
  private readonly subject: WorkflowSubject<SheetEntity, SheetState, SheetEvent, SheetFacts> = {
    workflow: sheetWorkflow,
    type: 'sheet',
    entity: SheetEntity,
    stateColumn: 'state',
    lock: async (m, actor, ids) => {
      const { sheet, cycle, ownDepartment } = await this.scope(m, actor, ids[0]!, true);
      return [{ row: sheet, standing: { ownDepartment }, facts: sheetFacts(sheet, cycle) }];
    },
    changes: (event) => (event === 'SUBMIT' ? { submittedAt: new Date() } : {}),
  };

  /** The events the caller may fire now, with the preconditions that fail (STYLE.md item 5). */
  availableActions(actor: Actor, sheet: SheetEntity, project: ProjectEntity, cycle: CycleEntity): SheetAction[] {
    const standing = { ownDepartment: !!actor.departmentId && project.departmentId === actor.departmentId };
    return actionsFor(sheetWorkflow, { state: sheet.state, role: actor.role, standing, facts: sheetFacts(sheet, cycle) }).map(toActionModel);
  }

  canEdit(actor: Actor, sheet: SheetEntity, project: ProjectEntity, cycle: CycleEntity): boolean {
    return canEditSheet(actor.role, sheet.state, project.departmentId === actor.departmentId, cycle.phase);
  }

  /**
   * Every saved version, newest first; to a caller who may not see the drafts (`canReadSheetHistory`),
   * only the current one: what was submitted.
   */
  async revisions(actor: Actor, sheet: SheetEntity, project: ProjectEntity, l: RequestLoaders): Promise<SheetRevision[]> {
    const history = this.seesHistory(actor, project);
    // the replaced contents are read for every reader to number the current one (1 + how many it replaced), shown only to the history's readers
    const [rows, currentName] = await Promise.all([l.sheetRevisions.load(sheet.id), sheet.updatedById ? l.userNameById.load(sheet.updatedById) : null]);
    return [
      { version: sheet.version, number: rows.length + 1, savedAt: sheet.updatedAt, savedByName: currentName, current: true },
      ...(history ? rows.map((r, i) => ({ version: r.version, number: rows.length - i, savedAt: r.savedAt, savedByName: r.savedByName, current: false })) : []),
    ];
  }

  /** The content of one version (the current one or a replaced one); an earlier draft is NOT_FOUND to those who may not see it. */
  async versionContent(actor: Actor, sheet: SheetEntity, project: ProjectEntity, version: number, l: RequestLoaders): Promise<SheetVersionContent> {
    if (version === sheet.version) return { version, content: sheet.content };
    if (!this.seesHistory(actor, project)) throw notFound('revision');
    const content = await l.sheetRevisionContent.load({ sheetId: sheet.id, version });
    if (!content) throw notFound('revision');
    return { version, content };
  }

  /** Who acted last: the last content save or the last transition, whichever is later (`lastSheetActivity`); its comment as `transitions` gives it. */
  async lastActivity(actor: Actor, sheet: SheetEntity, project: ProjectEntity, l: RequestLoaders): Promise<SheetActivityModel | null> {
    const [rows, savedBy] = await Promise.all([this.transitions(actor, sheet, project, l), sheet.updatedById ? l.userNameById.load(sheet.updatedById) : null]);
    const last = rows[rows.length - 1];
    return lastSheetActivity(
      savedBy ? { at: sheet.updatedAt, byName: savedBy } : null,
      last ? { event: last.event as SheetEvent, at: last.at, byName: last.actorName, comment: last.comment } : null,
    );
  }

  /** The sheet's transitions; the return and reopen comments only to its department and the secretariat. */
  async transitions(actor: Actor, sheet: SheetEntity, project: ProjectEntity, l: RequestLoaders): Promise<SheetTransition[]> {
    const history = this.seesHistory(actor, project);
    const rows = await l.sheetTransitions.load(sheet.id);
    return rows.map((r) => ({ ...r, comment: history ? r.comment : null }));
  }

  /** The drafts and the review conversation are the department's and the secretariat's (`canReadSheetHistory`). */
  seesHistory(actor: Actor, project: ProjectEntity): boolean {
    return canReadSheetHistory(actor.role, !!actor.departmentId && project.departmentId === actor.departmentId);
  }

  /** The thread is between the department and the secretariat. */
  mayDiscuss(actor: Actor, project: ProjectEntity): boolean {
    return this.seesHistory(actor, project);
  }

  /** The thread of a sheet, for those who take part in it (empty for the others). */
  async comments(actor: Actor, sheet: SheetEntity, l: RequestLoaders): Promise<SheetComment[]> {
    const project = await l.projectById.load(sheet.projectId);
    if (!this.mayDiscuss(actor, project!)) return [];
    const rows = await l.sheetComments.load(sheet.id);
    return rows.map((r) => ({ id: r.id, body: r.body, authorName: r.authorName, createdAt: r.createdAt }));
  }

  async attachments(sheet: SheetEntity, l: RequestLoaders): Promise<SheetAttachment[]> {
    const rows = await l.sheetAttachments.load(sheet.id);
    return rows.map(({ sheetId: _, ...r }) => ({ ...r, url: `/api/attachments/${r.id}` }));
  }

  addComment(actor: Actor, input: AddSheetCommentInput): Promise<SheetComment> {
    return this.db.transaction(async (m) => {
      const { project } = await this.scope(m, actor, input.sheetId, false);
      if (!this.mayDiscuss(actor, project)) throw forbidden();
      const row = await m.save(SheetCommentEntity, m.create(SheetCommentEntity, { sheetId: input.sheetId, authorId: actor.id, body: input.body.trim() }));
      await audit(m, actor, 'sheet_comment', row.id, 'CREATE', null, { sheetId: input.sheetId, body: row.body });
      return { id: row.id, body: row.body, authorName: actor.displayName, createdAt: row.createdAt };
    });
  }

  setTags(actor: Actor, input: SetSheetTagsInput): Promise<SheetEntity> {
    return this.db.transaction(async (m) => {
      const { sheet, cycle } = await this.scope(m, actor, input.id, true);
      checkVersion(sheet, input.version);
      assertSetupEditable(cycle);
      const ids = [...new Set(input.tagIds)];
      if ((await m.countBy(TagEntity, { id: In(ids), cycleId: cycle.id })) !== ids.length)
        throw badInput([{ field: 'tagIds', constraint: 'NOT_FOUND', params: { what: 'tag' } }]);
      if (!differs(sheet, { tagIds: ids })) return sheet;
      const before = { tagIds: sheet.tagIds };
      sheet.tagIds = ids;
      const saved = await m.save(sheet);
      await audit(m, actor, 'sheet', sheet.id, 'SET_TAGS', before, { tagIds: ids });
      return saved;
    });
  }

  /**
   * Loads the sheet with its entry and cycle and checks that the caller may read it (NOT_FOUND when it
   * does not exist, FORBIDDEN when it is not the caller's to see). `lock` takes the row for update.
   */
  async scope(m: EntityManager, actor: Actor, sheetId: string, lock: boolean): Promise<SheetScope> {
    const sheet = lock ? await lockRow(m, SheetEntity, sheetId, 'sheet') : await m.findOneBy(SheetEntity, { id: sheetId });
    if (!sheet) throw notFound('sheet');
    const project = await m.findOneByOrFail(ProjectEntity, { id: sheet.projectId });
    const cycle = await m.findOneByOrFail(CycleEntity, { id: sheet.cycleId });
    const ownDepartment = !!actor.departmentId && project.departmentId === actor.departmentId;
    if (!canReadSheet(actor.role, sheet.state, ownDepartment)) throw forbidden();
    return { sheet, project, cycle, ownDepartment };
  }
}

/** Creates the missing DRAFT sheets of a cycle's entries (when the cycle enters DO, or an entry is added later). */
export async function ensureSheets(m: EntityManager, cycleId: string): Promise<void> {
  await m.query(
    `INSERT INTO sheet ("cycleId", "projectId", state, content, version)
     SELECT p."cycleId", p.id, 'DRAFT', $2::jsonb, 1 FROM project p
      WHERE p."cycleId" = $1 AND p."verifiedWithId" IS NULL AND p."withdrawnAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM sheet s WHERE s."projectId" = p.id)`,
    [cycleId, JSON.stringify(EMPTY_CONTENT)],
  );
}

/** The characters of every string in a value (the sheet's whole text, for `LIMITS.sheetContentChars`). */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + textLength(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + textLength(v), 0);
  return 0;
}

/**
 * Checks what class-validator cannot (total length, table shape, years of the cycle, repeated years) and trims text.
 * Fails with every problem at once, each with its path.
 */
export function normaliseContent(input: SheetContentInput, fiscalYear: number): SheetContent {
  const problems: FieldProblem[] = [];
  if (textLength(input) > LIMITS.sheetContentChars) problems.push({ field: 'content', constraint: 'maxTotalLength', params: { max: LIMITS.sheetContentChars } });
  const min = fiscalYear - LIMITS.indicatorYearsBack;
  const items = input.items.map((item, i) => {
    const table = item.table?.length ? item.table : null;
    table?.forEach((row, r) => {
      if (row.length > LIMITS.tableColumns) problems.push({ field: `content.items[${i}].table[${r}]`, constraint: 'arrayMaxSize', params: { max: LIMITS.tableColumns } });
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell.length > LIMITS.cell)
          problems.push({ field: `content.items[${i}].table[${r}][${c}]`, constraint: 'maxLength', params: { max: LIMITS.cell } });
      });
    });
    return {
      heading: item.heading.trim(),
      text: item.text?.trim() || null,
      bullets: (item.bullets ?? []).map((b) => b.trim()).filter(Boolean),
      table: table?.map((row) => row.map((cell) => (cell ?? '').trim())) ?? null,
    };
  });
  const indicators = input.indicators.map((ind, i) => {
    const seen = new Set<number>();
    ind.values.forEach((v, j) => {
      if (v.fiscalYear < min || v.fiscalYear > fiscalYear)
        problems.push({ field: `content.indicators[${i}].values[${j}].fiscalYear`, constraint: 'UNKNOWN_YEAR', params: { min, max: fiscalYear } });
      if (seen.has(v.fiscalYear)) problems.push({ field: `content.indicators[${i}].values[${j}].fiscalYear`, constraint: 'DUPLICATE_YEAR' });
      seen.add(v.fiscalYear);
    });
    return {
      label: ind.label.trim(),
      unit: ind.unit.trim(),
      values: [...ind.values].sort((a, b) => a.fiscalYear - b.fiscalYear).map((v) => ({ fiscalYear: v.fiscalYear, value: v.value })),
      approximate: ind.approximate,
      note: ind.note?.trim() || null,
    };
  });
  if (problems.length) throw badInput(problems);
  return { items, indicators, assessment: input.assessment?.trim() || null, notes: input.notes?.trim() || null };
}

/** What the sheet table's preconditions read. */
function sheetFacts(sheet: SheetEntity, cycle: CycleEntity): SheetFacts {
  return { cyclePhase: cycle.phase, itemCount: sheet.content.items.length };
}
