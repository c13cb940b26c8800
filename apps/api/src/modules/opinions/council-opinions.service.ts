import { Injectable } from '@nestjs/common';
import { actionsFor, councilOpinionWorkflow, type CouncilOpinionEvent, type CouncilOpinionFacts, type CouncilOpinionState } from '@kensho/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, DomainError, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { audit, checkVersion, differs, lockRow, snapshot, writeNewVersion } from '../../common/persistence/audited';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { ProjectEntity } from '../../data/project.entity';
import { TagEntity } from '../../data/tag.entity';
import { CouncilOpinionRevisionEntity } from '../../data/council-opinion-revision.entity';
import { CouncilOpinionSourceEntity } from '../../data/council-opinion-source.entity';
import { CouncilOpinionEntity } from '../../data/council-opinion.entity';
import { MemberOpinionEntity } from '../../data/member-opinion.entity';
import { inCheckPhase } from './member-opinions.service';
import type {
  ConfirmCouncilOpinionsInput,
  CreateCouncilOpinionInput,
  MergeCouncilOpinionsInput,
  ReopenCouncilOpinionInput,
  ReorderCouncilOpinionsInput,
  SplitCouncilOpinionInput,
  UpdateCouncilOpinionInput,
} from './opinion.input';
import type { CouncilOpinionAction } from './opinion.model';

const TYPE = 'council_opinion';

/**
 * 主な検証意見: the secretariat consolidates members' opinions into the council's numbered opinions.
 * Numbers stay gapless (1…n per entry) after every change; changing the structure (merge, split,
 * reorder, delete) needs every opinion of the entry still a draft, so a confirmed number never moves.
 */
@Injectable()
export class CouncilOpinionsService {
  constructor(
    private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  create(actor: Actor, input: CreateCouncilOpinionInput) {
    return this.db.transaction(async (m) => {
      const project = await this.lockEntry(m, input.projectId);
      await inCheckPhase(m, project.cycleId);
      const sources = await this.sources(m, project.id, input.memberOpinionIds);
      const text = input.text?.trim() || sources.map((s) => s.text).join('\n');
      if (!text) throw badField('text', 'isNotEmpty');
      const [{ next }] = await m.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM council_opinion WHERE "projectId" = $1`, [project.id]);
      const row = await m.save(CouncilOpinionEntity, m.create(CouncilOpinionEntity, {
        cycleId: project.cycleId, projectId: project.id, position: Number(next), text, state: 'DRAFT', tagIds: [], updatedById: actor.id,
      }));
      await this.setSources(m, row.id, sources.map((s) => s.id));
      await audit(m, actor, TYPE, row.id, 'CREATE', null, { ...snapshot(row), memberOpinionIds: sources.map((s) => s.id) });
      return row;
    });
  }

  update(actor: Actor, input: UpdateCouncilOpinionInput) {
    return this.db.transaction(async (m) => {
      const row = await this.lockDraft(m, input);
      const sources = await this.sources(m, row.projectId, input.memberOpinionIds);
      const tagIds = [...new Set(input.tagIds)];
      if ((await m.countBy(TagEntity, { id: In(tagIds), cycleId: row.cycleId })) !== tagIds.length) throw badField('tagIds', 'NOT_FOUND', { what: 'tag' });
      const sourceIds = sources.map((s) => s.id);
      const before = { ...snapshot(row), memberOpinionIds: await this.sourceIds(m, [row.id]) };
      const resourced = differs({ ids: [...before.memberOpinionIds].sort() }, { ids: [...sourceIds].sort() });
      const saved = await this.reword(m, actor, row, input.text.trim(), tagIds, resourced);
      if (saved === row) return row; // nothing changes: no revision, no audit, the same version
      if (resourced) await this.setSources(m, row.id, sourceIds);
      await audit(m, actor, TYPE, row.id, 'UPDATE', before, { ...snapshot(saved), memberOpinionIds: sourceIds });
      return saved;
    });
  }

  /** Joins several opinions into the first: texts in the given order, their sources and tags together. */
  merge(actor: Actor, input: MergeCouncilOpinionsInput) {
    return this.db.transaction(async (m) => {
      const projectId = await this.entryOf(m, input.opinions.map((o) => o.id));
      await this.lockEntry(m, projectId);
      const rows = await this.lockAll(m, input.opinions);
      await this.assertStructureEditable(m, projectId);
      const [keep, ...others] = rows;
      const sourceIds = await this.sourceIds(m, rows.map((r) => r.id));
      const before = rows.map((r) => snapshot(r));
      const kept = await this.reword(m, actor, keep!, rows.map((r) => r.text).join('\n'), [...new Set(rows.flatMap((r) => r.tagIds))], true);
      await m.delete(CouncilOpinionEntity, { id: In(others.map((o) => o.id)) });
      await this.setSources(m, keep!.id, sourceIds);
      await this.renumber(m, projectId);
      await audit(m, actor, TYPE, keep!.id, 'MERGE', { opinions: before }, { ...snapshot(kept), memberOpinionIds: sourceIds });
      return this.ofEntry(m, projectId);
    });
  }

  /** Splits one opinion into consecutive parts; each part keeps the sources and tags. */
  split(actor: Actor, input: SplitCouncilOpinionInput) {
    return this.db.transaction(async (m) => {
      await this.lockEntry(m, await this.entryOf(m, [input.id]));
      const row = await this.lockDraft(m, input);
      await this.assertStructureEditable(m, row.projectId);
      const sourceIds = await this.sourceIds(m, [row.id]);
      const before = snapshot(row);
      const [first, ...rest] = input.texts.map((t) => t.trim());
      // Make room after the split opinion, then insert the parts there.
      await m.query(`UPDATE council_opinion SET position = position + $3 WHERE "projectId" = $1 AND position > $2`, [row.projectId, row.position, rest.length]);
      await this.reword(m, actor, row, first!, row.tagIds, false);
      const parts = await m.save(CouncilOpinionEntity, rest.map((text, i) => m.create(CouncilOpinionEntity, {
        cycleId: row.cycleId, projectId: row.projectId, position: row.position + i + 1, text, state: 'DRAFT', tagIds: row.tagIds, updatedById: actor.id,
      })));
      if (sourceIds.length)
        await m.insert(CouncilOpinionSourceEntity, parts.flatMap((part) => sourceIds.map((memberOpinionId) => ({ councilOpinionId: part.id, memberOpinionId }))));
      await this.renumber(m, row.projectId);
      await audit(m, actor, TYPE, row.id, 'SPLIT', before, { texts: input.texts });
      return this.ofEntry(m, row.projectId);
    });
  }

  /** Puts every opinion of the entry in the given order (the list must be complete and current). */
  reorder(actor: Actor, input: ReorderCouncilOpinionsInput) {
    return this.db.transaction(async (m) => {
      await this.lockEntry(m, input.projectId);
      const current = await m.find(CouncilOpinionEntity, { where: { projectId: input.projectId }, order: { position: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const ids = input.opinions.map((o) => o.id);
      if (ids.length !== current.length || new Set(ids).size !== ids.length || current.some((c) => !ids.includes(c.id)))
        throw badField('opinions', 'ORDER_MISMATCH');
      for (const ref of input.opinions) checkVersion(current.find((c) => c.id === ref.id)!, ref.version);
      await this.assertStructureEditable(m, input.projectId);
      // one statement: the opinions whose number changes get it, with a new version
      const moved = ids.map((id, i) => ({ id, n: i + 1 })).filter(({ id, n }) => current.find((c) => c.id === id)!.position !== n);
      if (moved.length === 0) return current; // the order it has: nothing changes, no audit
      await m.query(
        `UPDATE council_opinion c SET position = o.n, version = c.version + 1, "updatedAt" = now()
           FROM unnest($1::uuid[], $2::int[]) AS o(id, n) WHERE c.id = o.id`,
        [moved.map((x) => x.id), moved.map((x) => x.n)],
      );
      await audit(m, actor, 'project', input.projectId, 'REORDER_COUNCIL_OPINIONS', { order: current.map((c) => c.id) }, { order: ids });
      return this.ofEntry(m, input.projectId);
    });
  }

  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction(async (m) => {
      await this.lockEntry(m, await this.entryOf(m, [ref.id]));
      const row = await this.lockDraft(m, ref);
      await this.assertStructureEditable(m, row.projectId);
      await m.delete(CouncilOpinionEntity, { id: row.id });
      await this.renumber(m, row.projectId);
      await audit(m, actor, TYPE, row.id, 'DELETE', row, null);
      return this.ofEntry(m, row.projectId);
    });
  }

  /** Confirms a set of opinions, recording the meeting or written deliberation: one event of the kit for all. */
  confirm(actor: Actor, input: ConfirmCouncilOpinionsInput) {
    const ids = input.opinions.map((r) => r.id);
    if (new Set(ids).size !== ids.length) throw badField('opinions', 'DUPLICATE', { what: 'councilOpinion' });
    const confirmedBy = input.confirmedBy.trim();
    return this.db.transaction((m) =>
      this.runner.fireMany(m, actor, this.subject, input.opinions, { event: 'CONFIRM', comment: confirmedBy, confirmedOn: input.confirmedOn, confirmedBy }),
    );
  }

  /** Reopens a confirmed opinion; a reason is required. */
  reopen(actor: Actor, input: ReopenCouncilOpinionInput) {
    return this.db.transaction((m) => this.runner.fire(m, actor, this.subject, input, { event: 'REOPEN', comment: input.comment }));
  }

  /** The council opinion as a workflow of the kit; a confirmation records its meeting, a reopening clears it. */
  private readonly subject: WorkflowSubject<CouncilOpinionEntity, CouncilOpinionState, CouncilOpinionEvent, CouncilOpinionFacts> = {
    workflow: councilOpinionWorkflow,
    type: TYPE,
    entity: CouncilOpinionEntity,
    stateColumn: 'state',
    lock: async (m, _actor, ids) => {
      const rows = await m.find(CouncilOpinionEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      if (rows.length !== ids.length) throw notFound('councilOpinion');
      const phases = await cyclePhasesOf(m, rows.map((r) => r.cycleId));
      return rows.map((row) => ({ row, facts: { cyclePhase: phases.get(row.cycleId)! } }));
    },
    changes: (event, _to, input) =>
      event === 'CONFIRM' ? { confirmedOn: input.confirmedOn as string, confirmedBy: input.confirmedBy as string } : { confirmedOn: null, confirmedBy: null },
  };

  availableActions(actor: Actor, row: CouncilOpinionEntity, cyclePhase: string): CouncilOpinionAction[] {
    return actionsFor(councilOpinionWorkflow, { state: row.state, role: actor.role, facts: { cyclePhase } }).map(toActionModel);
  }


  private ofEntry(m: EntityManager, projectId: string) {
    return m.find(CouncilOpinionEntity, { where: { projectId }, order: { position: 'ASC' } });
  }

  /** Member opinions a council opinion may be drawn from: submitted (or later) ones of the same entry. */
  private async sources(m: EntityManager, projectId: string, ids: string[]): Promise<MemberOpinionEntity[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await m.findBy(MemberOpinionEntity, { id: In(unique), projectId });
    if (rows.length !== unique.length || rows.some((r) => r.state === 'DRAFT')) throw badField('memberOpinionIds', 'SAME_ENTRY_REQUIRED');
    return unique.map((id) => rows.find((r) => r.id === id)!);
  }

  /** The member opinions the given council opinions were drawn from, once each, in the opinions' order. */
  private async sourceIds(m: EntityManager, councilOpinionIds: string[]): Promise<string[]> {
    const rows = await m.findBy(CouncilOpinionSourceEntity, { councilOpinionId: In(councilOpinionIds) });
    return [...new Set(councilOpinionIds.flatMap((id) => rows.filter((r) => r.councilOpinionId === id).map((r) => r.memberOpinionId)))];
  }

  private async setSources(m: EntityManager, councilOpinionId: string, memberOpinionIds: string[]) {
    await m.delete(CouncilOpinionSourceEntity, { councilOpinionId });
    if (memberOpinionIds.length) await m.insert(CouncilOpinionSourceEntity, memberOpinionIds.map((memberOpinionId) => ({ councilOpinionId, memberOpinionId })));
  }

  /**
   * Gives a locked opinion a new wording, keeping the one it replaces as a revision at the current version
   * and moving the version on. The same wording changes nothing (returns the row itself), unless `touched`
   * (something beside it changed: its sources), which moves the version without a revision.
   */
  private async reword(m: EntityManager, actor: Actor, row: CouncilOpinionEntity, text: string, tagIds: string[], touched: boolean) {
    const reworded = differs(row, { text, tagIds });
    if (!reworded && !touched) return row;
    if (reworded)
      await m.insert(CouncilOpinionRevisionEntity, {
        councilOpinionId: row.id, version: row.version, text: row.text, tagIds: row.tagIds, savedById: row.updatedById, savedAt: row.updatedAt,
      });
    return writeNewVersion(m, CouncilOpinionEntity, row.id, { text, tagIds, updatedById: actor.id });
  }

  /**
   * Holds the entry while its opinions are numbered: every write that changes the numbers (create,
   * delete, merge, split, reorder) takes it first, so two of them run one after the other and each reads
   * the numbers the other left. FOR NO KEY UPDATE: rows that merely reference the entry are not held up.
   */
  private async lockEntry(m: EntityManager, projectId: string): Promise<ProjectEntity> {
    const project = await m.findOne(ProjectEntity, { where: { id: projectId }, lock: { mode: 'for_no_key_update' } });
    if (!project) throw notFound('project');
    return project;
  }

  /** The one entry the given opinions belong to (read before locking it; an opinion never changes entry). */
  private async entryOf(m: EntityManager, ids: string[]): Promise<string> {
    const rows: Array<{ projectId: string }> = await m.query(`SELECT DISTINCT "projectId" FROM council_opinion WHERE id = ANY($1)`, [ids]);
    if (rows.length > 1) throw badField('opinions', 'SAME_ENTRY_REQUIRED');
    if (!rows[0]) throw notFound('councilOpinion');
    return rows[0].projectId;
  }

  private async lockDraft(m: EntityManager, ref: { id: string; version: number }) {
    const row = await lockRow(m, CouncilOpinionEntity, ref.id, 'councilOpinion');
    checkVersion(row, ref.version);
    await inCheckPhase(m, row.cycleId);
    if (row.state !== 'DRAFT') throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state: row.state });
    return row;
  }

  /** Locks the opinions (one statement), checking each version; returns them in the given order. */
  private async lockAll(m: EntityManager, refs: VersionedRefInput[]) {
    const ids = refs.map((r) => r.id);
    if (new Set(ids).size !== ids.length) throw badField('opinions', 'DUPLICATE', { what: 'councilOpinion' });
    const locked = await m.find(CouncilOpinionEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    return refs.map((ref) => {
      const row = locked.find((r) => r.id === ref.id);
      if (!row) throw notFound('councilOpinion');
      checkVersion(row, ref.version);
      return row;
    });
  }

  private async assertStructureEditable(m: EntityManager, projectId: string) {
    const project = await m.findOneByOrFail(ProjectEntity, { id: projectId });
    await inCheckPhase(m, project.cycleId);
    if (await m.existsBy(CouncilOpinionEntity, { projectId, state: 'CONFIRMED' }))
      throw new DomainError('INVALID_TRANSITION', 'ENTRY_HAS_CONFIRMED');
  }

  /** 1…n in the current order; bumps the version of each opinion whose number changes. */
  private async renumber(m: EntityManager, projectId: string) {
    await m.query(
      `UPDATE council_opinion c SET position = r.n, version = c.version + 1
         FROM (SELECT id, row_number() OVER (ORDER BY position, "createdAt") AS n FROM council_opinion WHERE "projectId" = $1) r
        WHERE c.id = r.id AND c.position <> r.n`,
      [projectId],
    );
  }
}

/** The phases of the given cycles, in one statement. */
async function cyclePhasesOf(m: EntityManager, cycleIds: string[]): Promise<Map<string, string>> {
  const rows: Array<{ id: string; phase: string }> = await m.query(`SELECT id, phase FROM cycle WHERE id = ANY($1)`, [[...new Set(cycleIds)]]);
  return new Map(rows.map((r) => [r.id, r.phase]));
}

