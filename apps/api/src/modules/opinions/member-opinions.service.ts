import { Injectable } from '@nestjs/common';
import { actionsFor, canReadMemberOpinion, memberOpinionWorkflow, type MemberOpinionEvent, type MemberOpinionFacts, type MemberOpinionState } from '@kensho/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import type { RequestLoaders } from '../../common/loaders/loaders';
import { audit, checkVersion, differs, lockRow, snapshot, writeNewVersion } from '../../common/persistence/audited';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { CycleEntity } from '../cycles/cycle.entity';
import { AssignmentEntity } from '../groups/assignment.entity';
import { ProjectEntity } from '../projects/project.entity';
import { CouncilOpinionSourceEntity } from './council-opinion-source.entity';
import type { CouncilOpinionEntity } from './council-opinion.entity';
import type { CreateMemberOpinionInput, MemberOpinionTransitionInput, UpdateMemberOpinionInput } from './opinion.input';
import type { MemberOpinionAction } from './opinion.model';
import { MemberOpinionEntity } from './member-opinion.entity';

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

  /** The member opinion as a workflow of the kit. */
  private readonly subject: WorkflowSubject<MemberOpinionEntity, MemberOpinionState, MemberOpinionEvent, MemberOpinionFacts> = {
    workflow: memberOpinionWorkflow,
    type: 'member_opinion',
    entity: MemberOpinionEntity,
    stateColumn: 'state',
    lock: async (m, actor, ids) => {
      const row = await lockRow(m, MemberOpinionEntity, ids[0]!, 'memberOpinion');
      const author = row.memberId === actor.memberId;
      if (!author && row.state === 'DRAFT') throw notFound('memberOpinion'); // someone else's draft does not exist for the caller
      const cycle = await m.findOneByOrFail(CycleEntity, { id: row.cycleId });
      const linkedCouncilOpinions = await m.countBy(CouncilOpinionSourceEntity, { memberOpinionId: row.id });
      return [{ row, standing: { author }, facts: { cyclePhase: cycle.phase, linkedCouncilOpinions } }];
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
