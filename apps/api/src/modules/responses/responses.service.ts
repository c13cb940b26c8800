import { Injectable } from '@nestjs/common';
import {
  actionsFor,
  canDeleteResponse,
  canDraftResponse,
  canEditResponse,
  canReadResponse,
  canReadResponseHistory,
  isResponseComplete,
  RESPONSE_CATEGORIES_WITH_REASON,
  RESPONSE_PHASES,
  responseWorkflow,
  type ResponseEvent,
  type ResponseFacts,
  type ResponseState,
} from '@kensho/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import type { RequestLoaders } from '../../data/loaders';
import { audit, checkVersion, differs, lockRow, snapshot, writeNewVersion } from '../../common/persistence/audited';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { CycleEntity } from '../../data/cycle.entity';
import { CouncilOpinionEntity } from '../../data/council-opinion.entity';
import { ProjectEntity } from '../../data/project.entity';
import { TagEntity } from '../../data/tag.entity';
import type { CreateResponseInput, ResponseFilterInput, ResponsesTransitionInput, ResponseTransitionInput, UpdateResponseInput } from './response.input';
import type { OpinionAnswer, ResponseAction, ResponsePermissions, ResponseProgress, ResponseTransition, ResponseVersion } from './response.model';
import { ResponseOpinionEntity } from '../../data/response-opinion.entity';
import { ResponseRevisionEntity } from '../../data/response-revision.entity';
import { ResponseEntity } from '../../data/response.entity';

const TYPE = 'response';
const UNIQUE_ANSWER = 'UQ_response_opinion_council_opinion';

const responsesClosed = () =>
  new DomainError('INVALID_TRANSITION', 'PRECONDITION_FAILED', { failed: 'RESPONSES_OPEN' }, [], { failedPreconditions: ['RESPONSES_OPEN'] });

/**
 * The Action step: each entry's department answers the council's confirmed opinions; the secretariat
 * approves or returns each response. Every rule of the states is `responseWorkflow` (libs/domain), run by
 * the workflow kit; this service adds who reads what (drafts are the department's and the secretariat's),
 * which opinions a response may answer (confirmed ones of its entry, each once), and keeps every version an
 * edit replaces.
 */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  // ---- reads

  /** The approval queue: the responses of a cycle the caller may read, with the queue's filters; one statement. */
  list(actor: Actor, f: ResponseFilterInput): Promise<ResponseEntity[]> {
    const q = this.db
      .getRepository(ResponseEntity)
      .createQueryBuilder('r')
      .innerJoin(ProjectEntity, 'p', 'p.id = r."projectId"')
      .where('r."cycleId" = :cycleId', { cycleId: f.cycleId })
      .orderBy('p."sortOrder"', 'ASC')
      .addOrderBy('r.position', 'ASC');
    if (actor.role === 'DEPARTMENT_STAFF') q.andWhere(`(r.state = 'APPROVED' OR p."departmentId" = :dept)`, { dept: actor.departmentId ?? NO_ID });
    else if (actor.role !== 'SECRETARIAT') q.andWhere(`r.state = 'APPROVED'`);
    if (f.mine) q.andWhere('p."departmentId" = :mine', { mine: actor.departmentId ?? NO_ID });
    if (f.states?.length) q.andWhere('r.state IN (:...states)', { states: f.states });
    if (f.articleId) q.andWhere('p."articleId" = :articleId', { articleId: f.articleId });
    if (f.departmentId) q.andWhere('p."departmentId" = :departmentId', { departmentId: f.departmentId });
    if (f.projectId) q.andWhere('r."projectId" = :projectId', { projectId: f.projectId });
    return q.getMany();
  }

  /** One response; NOT_FOUND when it does not exist or the caller may not read it (a draft of another department). */
  async get(actor: Actor, id: string, l: RequestLoaders): Promise<ResponseEntity> {
    const row = await l.responseById.load(id);
    const project = row && (await l.projectById.load(row.projectId));
    if (!row || !project || !canReadResponse(actor.role, row.state, this.isOwn(actor, project))) throw notFound('response');
    return row;
  }

  /** An entry's responses the caller may read, in the order of the opinions they answer. */
  async ofProject(actor: Actor, project: ProjectEntity, l: RequestLoaders): Promise<ResponseEntity[]> {
    const rows = await l.responsesByProject.load(project.id);
    const own = this.isOwn(actor, project);
    return rows.filter((r) => canReadResponse(actor.role, r.state, own));
  }

  /** The response that answers a council opinion, if any and if the caller may read it. */
  async ofCouncilOpinion(actor: Actor, opinion: CouncilOpinionEntity, l: RequestLoaders): Promise<ResponseEntity | null> {
    const id = await l.responseIdByCouncilOpinion.load(opinion.id);
    if (!id) return null;
    const [row, project] = await Promise.all([l.responseById.load(id), l.projectById.load(opinion.projectId)]);
    return row && canReadResponse(actor.role, row.state, this.isOwn(actor, project!)) ? row : null;
  }

  /** The council opinions a response answers, in their order. */
  async councilOpinions(r: ResponseEntity, l: RequestLoaders): Promise<CouncilOpinionEntity[]> {
    return this.opinionsByIds(await l.councilOpinionIdsByResponse.load(r.id), l);
  }

  async opinionsByIds(ids: string[], l: RequestLoaders): Promise<CouncilOpinionEntity[]> {
    const rows = await l.councilOpinionById.loadMany(ids);
    return rows.filter((o): o is CouncilOpinionEntity => o instanceof CouncilOpinionEntity).sort((a, b) => a.position - b.position);
  }

  /** Progress in confirmed council opinions, as the caller sees the responses (drafts only to their department and the secretariat). */
  progress(actor: Actor, answers: OpinionAnswer[]): ResponseProgress {
    const seen = answers.map((a) => (a.responseState && canReadResponse(actor.role, a.responseState, this.isOwnDepartment(actor, a.departmentId)) ? a.responseState : null));
    const count = (p: (s: ResponseState | null) => boolean) => seen.filter(p).length;
    const answered = count((s) => s !== null);
    return {
      total: answers.length,
      answered,
      submitted: count((s) => s === 'SUBMITTED' || s === 'APPROVED'),
      returned: count((s) => s === 'RETURNED'),
      approved: count((s) => s === 'APPROVED'),
      unanswered: answers.length - answered,
    };
  }

  /** The confirmed council opinions of a cycle without a response the caller may read, in the summary table's order. */
  async unanswered(actor: Actor, cycleId: string, l: RequestLoaders): Promise<CouncilOpinionEntity[]> {
    const answers = await l.opinionAnswersByCycle.load(cycleId);
    const ids = answers
      .filter((a) => !a.responseState || !canReadResponse(actor.role, a.responseState, this.isOwnDepartment(actor, a.departmentId)))
      .map((a) => a.councilOpinionId);
    const rows = await l.councilOpinionById.loadMany(ids);
    return rows.filter((o): o is CouncilOpinionEntity => o instanceof CouncilOpinionEntity);
  }

  // ---- writes by the department

  /** A new DRAFT response of the entry's department to one or more of the entry's confirmed council opinions. */
  create(actor: Actor, input: CreateResponseInput): Promise<ResponseEntity> {
    return this.db.transaction(async (m) => {
      const project = await m.findOneBy(ProjectEntity, { id: input.projectId });
      if (!project) throw notFound('project');
      if (!this.isOwn(actor, project)) throw forbidden();
      assertOpen(await m.findOneByOrFail(CycleEntity, { id: project.cycleId }));
      const opinions = await this.opinionsToAnswer(m, project.id, input.councilOpinionIds, null);
      const values = await this.contentOf(m, project.cycleId, input);
      const row = await m.save(ResponseEntity, m.create(ResponseEntity, {
        cycleId: project.cycleId, projectId: project.id, position: opinions[0]!.position, ...values, state: 'DRAFT', updatedById: actor.id,
      }));
      const councilOpinionIds = opinions.map((o) => o.id);
      await this.link(m, row.id, councilOpinionIds);
      await audit(m, actor, TYPE, row.id, 'CREATE', null, { ...snapshot(row), councilOpinionIds });
      return row;
    });
  }

  /**
   * Saves the department's draft (DRAFT or RETURNED); the replaced version is kept as a revision. The same
   * content changes nothing (no revision, no audit, the same version). An approved response is locked.
   */
  update(actor: Actor, input: UpdateResponseInput): Promise<ResponseEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.lockEditable(m, actor, input);
      const opinions = await this.opinionsToAnswer(m, row.projectId, input.councilOpinionIds, row.id);
      const values = { ...(await this.contentOf(m, row.cycleId, input)), position: opinions[0]!.position };
      const before = await this.answered(m, row.id);
      const after = opinions.map((o) => o.id);
      const relinked = differs({ ids: [...before].sort() }, { ids: [...after].sort() });
      if (!differs(row, values) && !relinked) return row;
      await m.insert(ResponseRevisionEntity, {
        responseId: row.id, version: row.version, text: row.text, category: row.category, difficultyReason: row.difficultyReason, tagIds: row.tagIds,
        dueDate: row.dueDate, councilOpinionIds: before, savedById: row.updatedById, savedAt: row.updatedAt,
      });
      if (relinked) {
        await m.delete(ResponseOpinionEntity, { responseId: row.id });
        await this.link(m, row.id, after);
      }
      const saved = await writeNewVersion(m, ResponseEntity, row.id, { ...values, updatedById: actor.id });
      await audit(m, actor, TYPE, row.id, 'UPDATE', { ...snapshot(row), councilOpinionIds: before }, { ...snapshot(saved), councilOpinionIds: after });
      return saved;
    });
  }

  /** Deletes a draft never submitted (a returned one keeps its review history). */
  delete(actor: Actor, ref: VersionedRefInput): Promise<ResponseEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.lockEditable(m, actor, ref);
      if (row.state !== 'DRAFT') throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state: row.state });
      const councilOpinionIds = await this.answered(m, row.id);
      await m.delete(ResponseEntity, { id: row.id });
      await audit(m, actor, TYPE, row.id, 'DELETE', { ...snapshot(row), councilOpinionIds }, null);
      return row;
    });
  }

  // ---- transitions, through the workflow kit

  /** One workflow event on one response (the table's guard: only the entry's department submits). */
  transition(actor: Actor, event: ResponseEvent, input: ResponseTransitionInput): Promise<ResponseEntity> {
    return this.db.transaction((m) => this.runner.fire(m, actor, this.subject, input, { event, comment: input.comment }));
  }

  /** One workflow event on several responses at once (approve or submit several): all or none. */
  transitionMany(actor: Actor, event: ResponseEvent, input: ResponsesTransitionInput): Promise<ResponseEntity[]> {
    const ids = input.responses.map((r) => r.id);
    if (new Set(ids).size !== ids.length) throw badField('responses', 'DUPLICATE', { what: 'response' });
    return this.db.transaction((m) => this.runner.fireMany(m, actor, this.subject, input.responses, { event }));
  }

  /** The response as a workflow of the kit: its rows, where the caller stands, and what the preconditions read. */
  private readonly subject: WorkflowSubject<ResponseEntity, ResponseState, ResponseEvent, ResponseFacts> = {
    workflow: responseWorkflow,
    type: TYPE,
    entity: ResponseEntity,
    stateColumn: 'state',
    lock: async (m, actor, ids) => {
      const rows = await m.find(ResponseEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      if (rows.length !== ids.length) throw notFound('response');
      const entries: Array<{ id: string; departmentId: string | null; phase: string }> = await m.query(
        `SELECT p.id, p."departmentId", c.phase FROM project p JOIN cycle c ON c.id = p."cycleId" WHERE p.id = ANY($1)`,
        [[...new Set(rows.map((r) => r.projectId))]],
      );
      return rows.map((row) => {
        const entry = entries.find((e) => e.id === row.projectId)!;
        const ownDepartment = this.isOwnDepartment(actor, entry.departmentId);
        // a draft of another department does not exist for the caller
        if (!canReadResponse(actor.role, row.state, ownDepartment)) throw notFound('response');
        return { row, standing: { ownDepartment }, facts: { cyclePhase: entry.phase, complete: isResponseComplete(row) } };
      });
    },
    changes: (event) => {
      if (event === 'SUBMIT') return { submittedAt: new Date() };
      if (event === 'APPROVE') return { approvedAt: new Date() };
      if (event === 'REOPEN') return { approvedAt: null };
      return {};
    },
  };

  /** Registered by the module: a return (or reopening) records the version returned, which a resubmission is reviewed against. */
  async markReturned(m: EntityManager, ids: string[]): Promise<void> {
    await m.query(`UPDATE response SET "returnedVersion" = version WHERE id = ANY($1)`, [ids]);
  }

  /** Registered by the module: a council opinion a response answers stays confirmed (its reopening is refused). */
  async assertUnanswered(m: EntityManager, councilOpinionIds: string[]): Promise<void> {
    const rows = await m.query(`SELECT 1 FROM response_opinion WHERE "councilOpinionId" = ANY($1) LIMIT 1`, [councilOpinionIds]);
    if (rows.length) throw new DomainError('INVALID_TRANSITION', 'OPINION_HAS_RESPONSE');
  }

  // ---- per response, for its fields

  availableActions(actor: Actor, r: ResponseEntity, project: ProjectEntity, cyclePhase: string): ResponseAction[] {
    const standing = { ownDepartment: this.isOwn(actor, project) };
    return actionsFor(responseWorkflow, { state: r.state, role: actor.role, standing, facts: { cyclePhase, complete: isResponseComplete(r) } }).map(toActionModel);
  }

  /** The caller may draft a new response on the entry now (its department, Check or Action). */
  canDraft(actor: Actor, project: ProjectEntity, cyclePhase: string): boolean {
    return canDraftResponse(actor.role, this.isOwn(actor, project), cyclePhase);
  }

  permissions(actor: Actor, r: ResponseEntity, project: ProjectEntity, cyclePhase: string): ResponsePermissions {
    const own = this.isOwn(actor, project);
    return {
      canEdit: canEditResponse(actor.role, r.state, own, cyclePhase),
      canDelete: canDeleteResponse(actor.role, r.state, own, cyclePhase),
      seesHistory: canReadResponseHistory(actor.role, own),
    };
  }

  /** Every version, newest first; to a caller who may not see the history, only the current one. */
  async versions(actor: Actor, r: ResponseEntity, project: ProjectEntity, l: RequestLoaders): Promise<ResponseVersion[]> {
    const history = canReadResponseHistory(actor.role, this.isOwn(actor, project));
    const [current, rows] = await Promise.all([this.current(r, l), history ? l.responseRevisions.load(r.id) : []]);
    return [current, ...rows.map(({ responseId: _, ...v }) => ({ ...v, current: false }))];
  }

  /**
   * The version the secretariat last returned (or reopened), to review a resubmission against it as a diff;
   * null when it was never returned, and for callers who may not see the history.
   */
  async returned(actor: Actor, r: ResponseEntity, project: ProjectEntity, l: RequestLoaders): Promise<ResponseVersion | null> {
    if (r.returnedVersion === null || !canReadResponseHistory(actor.role, this.isOwn(actor, project))) return null;
    if (r.returnedVersion === r.version) return this.current(r, l);
    const v = (await l.responseRevisions.load(r.id)).find((x) => x.version === r.returnedVersion);
    if (!v) return null;
    const { responseId: _, ...rest } = v;
    return { ...rest, current: false };
  }

  /** The transitions; the return and reopen comments only to its department and the secretariat. */
  async transitions(actor: Actor, r: ResponseEntity, project: ProjectEntity, l: RequestLoaders): Promise<ResponseTransition[]> {
    const history = canReadResponseHistory(actor.role, this.isOwn(actor, project));
    const rows = await l.responseTransitions.load(r.id);
    return rows.map(({ subjectId: _, ...t }) => ({ ...t, comment: history ? t.comment : null }));
  }

  private async current(r: ResponseEntity, l: RequestLoaders): Promise<ResponseVersion> {
    const [councilOpinionIds, savedByName] = await Promise.all([l.councilOpinionIdsByResponse.load(r.id), r.updatedById ? l.userNameById.load(r.updatedById) : null]);
    return {
      version: r.version, text: r.text, category: r.category, difficultyReason: r.difficultyReason, dueDate: r.dueDate, tagIds: r.tagIds,
      councilOpinionIds, savedAt: r.updatedAt, savedByName, current: true,
    };
  }

  // ---- helpers

  private isOwn(actor: Actor, project: Pick<ProjectEntity, 'departmentId'>): boolean {
    return this.isOwnDepartment(actor, project.departmentId);
  }

  private isOwnDepartment(actor: Actor, departmentId: string | null): boolean {
    return actor.role === 'DEPARTMENT_STAFF' && !!actor.departmentId && actor.departmentId === departmentId;
  }

  /**
   * Locks a response its department may edit now: NOT_FOUND when the caller may not know of it, FORBIDDEN
   * when it is another department's, CONFLICT when stale, refused when approved (locked) or under review.
   */
  private async lockEditable(m: EntityManager, actor: Actor, ref: { id: string; version: number }): Promise<ResponseEntity> {
    const row = await lockRow(m, ResponseEntity, ref.id, 'response');
    const project = await m.findOneByOrFail(ProjectEntity, { id: row.projectId });
    const own = this.isOwn(actor, project);
    if (!canReadResponse(actor.role, row.state, own)) throw notFound('response');
    if (!own) throw forbidden();
    checkVersion(row, ref.version);
    if (row.state === 'APPROVED') throw new DomainError('INVALID_TRANSITION', 'RESPONSE_LOCKED', {}, [], { state: row.state });
    if (row.state === 'SUBMITTED') throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state: row.state });
    assertOpen(await m.findOneByOrFail(CycleEntity, { id: row.cycleId }));
    return row;
  }

  /**
   * The opinions a response may answer: confirmed council opinions of its entry, not answered by another
   * response; in their order. They are held (FOR SHARE) until the commit, so that none is reopened meanwhile.
   */
  private async opinionsToAnswer(m: EntityManager, projectId: string, ids: string[], responseId: string | null): Promise<CouncilOpinionEntity[]> {
    const unique = [...new Set(ids)];
    const rows = await m.find(CouncilOpinionEntity, { where: { id: In(unique) }, order: { position: 'ASC' }, lock: { mode: 'pessimistic_read' } });
    if (rows.length !== unique.length || rows.some((r) => r.projectId !== projectId || r.state !== 'CONFIRMED'))
      throw badField('councilOpinionIds', 'OPINIONS_TO_ANSWER');
    const taken: unknown[] = await m.query(
      `SELECT 1 FROM response_opinion WHERE "councilOpinionId" = ANY($1) AND ($2::uuid IS NULL OR "responseId" <> $2) LIMIT 1`,
      [unique, responseId],
    );
    if (taken.length) throw badField('councilOpinionIds', 'OPINION_ANSWERED');
    return rows;
  }

  /** Text, category (with its reason), tags of the cycle and due date, checked and trimmed. */
  private async contentOf(m: EntityManager, cycleId: string, input: CreateResponseInput | UpdateResponseInput) {
    const tagIds = [...new Set(input.tagIds)];
    if (tagIds.length && (await m.countBy(TagEntity, { id: In(tagIds), cycleId })) !== tagIds.length) throw badField('tagIds', 'NOT_FOUND', { what: 'tag' });
    const needsReason = RESPONSE_CATEGORIES_WITH_REASON.includes(input.category);
    const difficultyReason = needsReason ? input.difficultyReason?.trim() || null : null;
    if (needsReason && !difficultyReason) throw badField('difficultyReason', 'isNotEmpty');
    return { text: input.text.trim(), category: input.category, difficultyReason, tagIds, dueDate: input.dueDate ?? null };
  }

  /** The ids of the council opinions a response answers now. */
  private async answered(m: EntityManager, responseId: string): Promise<string[]> {
    const rows = await m.find(ResponseOpinionEntity, { where: { responseId } });
    return rows.map((r) => r.councilOpinionId);
  }

  /** Links a response to the opinions it answers; the database refuses an opinion answered twice (a concurrent answer) as the check above does. */
  private async link(m: EntityManager, responseId: string, councilOpinionIds: string[]): Promise<void> {
    try {
      await m.insert(ResponseOpinionEntity, councilOpinionIds.map((councilOpinionId) => ({ responseId, councilOpinionId })));
    } catch (e) {
      const err = e as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
      const code = err.driverError?.code ?? err.code;
      const constraint = err.driverError?.constraint ?? err.constraint;
      if (code === '23505' && constraint === UNIQUE_ANSWER) throw badField('councilOpinionIds', 'OPINION_ANSWERED');
      throw e;
    }
  }
}

/** No department: an id no row has, so a filter on the caller's department finds nothing. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

function assertOpen(cycle: CycleEntity): void {
  if (!RESPONSE_PHASES.includes(cycle.phase)) throw responsesClosed();
}
