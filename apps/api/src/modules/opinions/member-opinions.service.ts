import { Injectable } from '@nestjs/common';
import { actionsFor, canReadMemberOpinion, memberOpinionWorkflow, type MemberOpinionEvent, type MemberOpinionFacts, type MemberOpinionState } from '@kensho/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import type { RequestLoaders } from '../../data/loaders';
import { audit, checkVersion, differs, lockRow, snapshot, writeNewVersion } from '../../common/persistence/audited';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { CycleEntity } from '../../data/cycle.entity';
import { AssignmentEntity } from '../../data/assignment.entity';
import { ProjectEntity } from '../../data/project.entity';
import type { CouncilOpinionEntity } from '../../data/council-opinion.entity';
import type { CreateMemberOpinionInput, MemberOpinionTransitionInput, UpdateMemberOpinionInput } from './opinion.input';
import type { MemberOpinionAction } from './opinion.model';
import { MemberOpinionEntity } from '../../data/member-opinion.entity';

const notInCheck = () =>
  new DomainError('INVALID_TRANSITION', 'PRECONDITION_FAILED', { failed: 'CYCLE_IN_CHECK' }, [], { failedPreconditions: ['CYCLE_IN_CHECK'] });

/** 検証意見: assigned members write on their entries during Check; the secretariat adopts or notes them. */
@Injectable()
export class MemberOpinionsService {
  constructor(
    private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

  /** The opinions of an entry the caller may read (drafts only to their author), through the request's loaders. */
  async visible(actor: Actor, project: ProjectEntity, l: RequestLoaders): Promise<MemberOpinionEntity[]> {
    const [opinions, council, groupIds] = await Promise.all([
      l.memberOpinionsByProject.load(project.id),
      l.councilOpinionsByProject.load(project.id),
      actor.memberId ? l.groupIdsOfMember.load(actor.memberId) : Promise.resolve([] as string[]),
    ]);
    const flags = {
      sameGroup: !!project.groupId && groupIds.includes(project.groupId),
      ownDepartment: !!actor.departmentId && actor.departmentId === project.departmentId,
      councilOpinionsConfirmed: councilConfirmed(council),
    };
    return opinions.filter((o) => canReadMemberOpinion(actor.role, o.state, { ...flags, isAuthor: o.memberId === actor.memberId }));
  }

  create(actor: Actor, input: CreateMemberOpinionInput) {
    return this.db.transaction(async (m) => {
      if (actor.role !== 'COMMITTEE_MEMBER' || !actor.memberId) throw forbidden();
      const project = await m.findOneBy(ProjectEntity, { id: input.projectId });
      if (!project) throw notFound('project');
      if (!(await m.existsBy(AssignmentEntity, { projectId: project.id, memberId: actor.memberId }))) throw forbidden(); // not an entry of theirs
      await inCheckPhase(m, project.cycleId);
      const row = await m.save(MemberOpinionEntity, m.create(MemberOpinionEntity, {
        cycleId: project.cycleId, projectId: project.id, memberId: actor.memberId, kind: input.kind, text: input.text.trim(), state: 'DRAFT',
      }));
      await audit(m, actor, 'member_opinion', row.id, 'CREATE', null, row);
      return row;
    });
  }

  update(actor: Actor, input: UpdateMemberOpinionInput) {
    return this.db.transaction(async (m) => {
      const row = await this.lockOwnDraft(m, actor, input);
      const values = { kind: input.kind, text: input.text.trim() };
      if (!differs(row, values)) return row; // nothing changes: no write, no audit, the same version
      const before = snapshot(row);
      const saved = await writeNewVersion(m, MemberOpinionEntity, row.id, values);
      await audit(m, actor, 'member_opinion', row.id, 'UPDATE', before, saved);
      return saved;
    });
  }

  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction(async (m) => {
      const row = await this.lockOwnDraft(m, actor, ref);
      await m.delete(MemberOpinionEntity, { id: row.id });
      await audit(m, actor, 'member_opinion', row.id, 'DELETE', row, null);
      return row;
    });
  }

  /** One workflow event, through the workflow kit (the table's guard: only the author submits). */
  transition(actor: Actor, event: MemberOpinionEvent, input: MemberOpinionTransitionInput) {
    return this.db.transaction((m) => this.runner.fire(m, actor, this.subject, input, { event }));
  }

  /**
   * The opinions drawn into council opinions that were just confirmed become ADOPTED (from SUBMITTED or
   * NOTED), in the confirmation's transaction, through the kit: the secretariat no longer adopts each by hand.
   */
  async adoptSourcesOf(m: EntityManager, actor: Actor, councilOpinionIds: string[]): Promise<void> {
    const sources: Array<{ id: string; version: number }> = await m.query(
      `SELECT DISTINCT o.id, o.version FROM member_opinion o JOIN council_opinion_source s ON s."memberOpinionId" = o.id
        WHERE s."councilOpinionId" = ANY($1) AND o.state IN ('SUBMITTED', 'NOTED') ORDER BY o.id`,
      [councilOpinionIds],
    );
    if (sources.length) await this.runner.fireMany(m, actor, this.subject, sources, { event: 'ADOPT' });
  }

  /** Notes a set of submitted opinions at once (those no council opinion used), all or none. */
  noteMany(actor: Actor, refs: VersionedRefInput[]) {
    if (new Set(refs.map((r) => r.id)).size !== refs.length) throw badField('opinions', 'DUPLICATE', { what: 'memberOpinion' });
    return this.db.transaction((m) => this.runner.fireMany(m, actor, this.subject, refs, { event: 'NOTE' }));
  }

  /** The member opinion as a workflow of the kit. */
  private readonly subject: WorkflowSubject<MemberOpinionEntity, MemberOpinionState, MemberOpinionEvent, MemberOpinionFacts> = {
    workflow: memberOpinionWorkflow,
    type: 'member_opinion',
    entity: MemberOpinionEntity,
    stateColumn: 'state',
    lock: async (m, actor, ids) => {
      // one record or a set (adopting a confirmation's sources, noting the rest): a fixed number of statements
      const rows = await m.find(MemberOpinionEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids) {
        const row = byId.get(id);
        // someone else's draft does not exist for the caller
        if (!row || (row.state === 'DRAFT' && row.memberId !== actor.memberId)) throw notFound('memberOpinion');
      }
      const cycles = await m.findBy(CycleEntity, { id: In([...new Set(rows.map((r) => r.cycleId))]) });
      const linked: Array<{ id: string; n: number }> = await m.query(
        `SELECT "memberOpinionId" AS id, count(*)::int AS n FROM council_opinion_source WHERE "memberOpinionId" = ANY($1) GROUP BY 1`,
        [ids],
      );
      return rows.map((row) => ({
        row,
        standing: { author: row.memberId === actor.memberId },
        facts: { cyclePhase: cycles.find((c) => c.id === row.cycleId)!.phase, linkedCouncilOpinions: linked.find((l) => l.id === row.id)?.n ?? 0 },
      }));
    },
    changes: (event) => (event === 'SUBMIT' ? { submittedAt: new Date() } : {}),
  };


  availableActions(actor: Actor, o: MemberOpinionEntity, cyclePhase: string, linked: number): MemberOpinionAction[] {
    const standing = { author: o.memberId === actor.memberId };
    return actionsFor(memberOpinionWorkflow, { state: o.state, role: actor.role, standing, facts: { cyclePhase, linkedCouncilOpinions: linked } }).map(toActionModel);
  }


  private async lockOwnDraft(m: EntityManager, actor: Actor, ref: { id: string; version: number }) {
    const row = await lockRow(m, MemberOpinionEntity, ref.id, 'memberOpinion');
    if (row.memberId !== actor.memberId) {
      if (row.state === 'DRAFT') throw notFound('memberOpinion'); // someone else's draft does not exist for the caller
      throw forbidden(); // someone else's opinion: out of the caller's scope
    }
    checkVersion(row, ref.version);
    if (row.state !== 'DRAFT') throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION', {}, [], { state: row.state });
    await inCheckPhase(m, row.cycleId);
    return row;
  }
}

export async function inCheckPhase(m: EntityManager, cycleId: string): Promise<CycleEntity> {
  const cycle = await m.findOneByOrFail(CycleEntity, { id: cycleId });
  if (cycle.phase !== 'CHECK') throw notInCheck();
  return cycle;
}

/** An entry's council opinions are confirmed when there is at least one and none is a draft. */
export function councilConfirmed(council: Pick<CouncilOpinionEntity, 'state'>[]): boolean {
  return council.length > 0 && council.every((c) => c.state === 'CONFIRMED');
}
