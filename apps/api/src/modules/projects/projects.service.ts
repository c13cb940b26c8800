import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, DomainError, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { audit, checkVersion, createAudited, deleteAudited, differs, lockRow, updateAudited } from '../../common/persistence/audited';
import { CycleEntity } from '../../data/cycle.entity';
import { DepartmentEntity } from '../../data/department.entity';
import { AssignmentEntity } from '../../data/assignment.entity';
import { GroupMemberEntity } from '../../data/group-member.entity';
import { GroupEntity } from '../../data/group.entity';
import { MemberEntity } from '../../data/member.entity';
import { ArticleEntity } from '../../data/article.entity';
import { ensureSheets } from '../sheets/sheets.service';
import type { CreateProjectInput, ProjectFieldsInput, SetAssignmentsInput, UpdateProjectInput, WithdrawProjectInput } from './project.input';
import { ProjectEntity } from '../../data/project.entity';
import { editableCycle } from '../cycles/cycles.service';

/** The projects verified in a cycle (entries), and their assigned members (検証担当委員). */
@Injectable()
export class ProjectsService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, input: CreateProjectInput) {
    return this.db.transaction(async (m) => {
      const cycle = await editableCycle(m, input.cycleId);
      await this.checkFields(m, cycle, input, null);
      const sortOrder = input.sortOrder ?? (await nextSortOrder(m, cycle.id));
      const project = await createAudited(m, actor, ProjectEntity, 'project', { ...fields(input), cycleId: cycle.id, sortOrder });
      if (cycle.phase !== 'PLAN') await ensureSheets(m, cycle.id); // entries added after Plan get their sheet at once
      return project;
    });
  }

  update(actor: Actor, input: UpdateProjectInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: ProjectEntity, entityType: 'project', what: 'project', id: input.id, version: input.version,
        apply: async (p) => {
          const cycle = await editableCycle(m, p.cycleId);
          await this.checkFields(m, cycle, input, p);
          Object.assign(p, fields(input), { sortOrder: input.sortOrder ?? p.sortOrder });
        },
      }),
    );
  }

  /**
   * Deletes an entry that holds nothing: no sheet beyond the empty draft provisioned for it, no opinion, no
   * response. One that holds something can only be withdrawn (its data kept).
   */
  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: ProjectEntity, entityType: 'project', what: 'project', id: ref.id, version: ref.version,
        check: async (p) => {
          await editableCycle(m, p.cycleId);
          if (await m.existsBy(ProjectEntity, { verifiedWithId: p.id })) throw badField('id', 'IN_USE', { what: 'project' });
          const [{ holds }] = await m.query(
            `SELECT EXISTS (SELECT 1 FROM sheet s WHERE s."projectId" = $1 AND (s.version > 1 OR s.state <> 'DRAFT'))
                 OR EXISTS (SELECT 1 FROM member_opinion o WHERE o."projectId" = $1)
                 OR EXISTS (SELECT 1 FROM council_opinion o WHERE o."projectId" = $1)
                 OR EXISTS (SELECT 1 FROM response r WHERE r."projectId" = $1) AS holds`,
            [p.id],
          );
          if (holds) throw badField('id', 'ENTRY_HAS_DATA');
        },
      }),
    );
  }

  /** Takes an entry out of the cycle's verification, keeping all it holds, with a reason; until the year is published. */
  withdraw(actor: Actor, input: WithdrawProjectInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: ProjectEntity, entityType: 'project', what: 'project', id: input.id, version: input.version, action: 'WITHDRAW', reason: input.reason.trim(),
        apply: async (p) => {
          await openCycle(m, p.cycleId);
          if (p.verifiedWithId) throw badField('id', 'NOT_AN_ENTRY');
          if (p.withdrawnAt) throw new DomainError('INVALID_TRANSITION', 'ENTRY_WITHDRAWN');
          Object.assign(p, { withdrawnAt: new Date(), withdrawnReason: input.reason.trim() });
        },
      }),
    );
  }

  /** Puts a withdrawn entry back into the verification. */
  reinstate(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: ProjectEntity, entityType: 'project', what: 'project', id: ref.id, version: ref.version, action: 'REINSTATE',
        apply: async (p) => {
          await openCycle(m, p.cycleId);
          if (!p.withdrawnAt) throw new DomainError('INVALID_TRANSITION', 'INVALID_TRANSITION');
          Object.assign(p, { withdrawnAt: null, withdrawnReason: null });
        },
      }),
    );
  }

  /** Replaces the entry's assigned members; the entry's version guards against concurrent edits. */
  setAssignments(actor: Actor, input: SetAssignmentsInput) {
    return this.db.transaction(async (m) => {
      const project = await lockRow(m, ProjectEntity, input.projectId, 'project');
      checkVersion(project, input.version);
      await editableCycle(m, project.cycleId);
      if (project.verifiedWithId) throw badField('projectId', 'NOT_AN_ENTRY');
      const wanted = [...new Set(input.memberIds)];
      const found = await m.countBy(MemberEntity, { id: In(wanted) });
      if (found !== wanted.length) throw badField('memberIds', 'NOT_FOUND', { what: 'member' });
      if (project.groupId && wanted.length > 0) {
        // Hold the group while reading its members: setGroupMembers takes it FOR UPDATE, so the two wait for each other.
        await m.findOne(GroupEntity, { where: { id: project.groupId }, lock: { mode: 'pessimistic_read' } });
        const inGroup = await m.countBy(GroupMemberEntity, { groupId: project.groupId, memberId: In(wanted) });
        if (inGroup !== wanted.length) throw badField('memberIds', 'ASSIGNEE_NOT_IN_GROUP');
      }
      const current = await m.findBy(AssignmentEntity, { projectId: project.id });
      const before = current.map((a) => a.memberId).sort();
      if (!differs({ memberIds: before }, { memberIds: [...wanted].sort() })) return project; // the same members: nothing changes
      const toRemove = current.filter((a) => !wanted.includes(a.memberId)).map((a) => a.id);
      const toAdd = wanted.filter((id) => !before.includes(id));
      if (toRemove.length) await m.delete(AssignmentEntity, { id: In(toRemove) });
      if (toAdd.length) await m.insert(AssignmentEntity, toAdd.map((memberId) => ({ cycleId: project.cycleId, projectId: project.id, memberId })));
      await m.increment(ProjectEntity, { id: project.id }, 'version', 1);
      await audit(m, actor, 'project', project.id, 'SET_ASSIGNMENTS', { memberIds: before }, { memberIds: [...wanted].sort() });
      return m.findOneByOrFail(ProjectEntity, { id: project.id });
    });
  }

  /** Every reference must exist and belong to the same cycle; related projects follow their lead. */
  private async checkFields(m: EntityManager, cycle: CycleEntity, input: ProjectFieldsInput, current: ProjectEntity | null) {
    const article = await m.findOneBy(ArticleEntity, { id: input.articleId });
    if (!article || article.ordinanceId !== cycle.ordinanceId) throw badField('articleId', 'NOT_FOUND', { what: 'article' });
    if (input.departmentId && !(await m.existsBy(DepartmentEntity, { id: input.departmentId })))
      throw badField('departmentId', 'NOT_FOUND', { what: 'department' });
    if (input.groupId && !(await m.existsBy(GroupEntity, { id: input.groupId, cycleId: cycle.id })))
      throw badField('groupId', 'NOT_FOUND', { what: 'group' });
    if (input.verifiedWithId) {
      if (input.groupId) throw badField('groupId', 'NOT_AN_ENTRY');
      const lead = await m.findOneBy(ProjectEntity, { id: input.verifiedWithId });
      const leadsOthers = current ? await m.existsBy(ProjectEntity, { verifiedWithId: current.id }) : false;
      if (!lead || lead.cycleId !== cycle.id || lead.verifiedWithId || lead.id === current?.id || leadsOthers)
        throw badField('verifiedWithId', 'VERIFIED_WITH_INVALID');
    }
    if (!current) return;
    const assigned = await m.findBy(AssignmentEntity, { projectId: current.id });
    if (assigned.length === 0) return;
    if (input.verifiedWithId) throw badField('verifiedWithId', 'NOT_AN_ENTRY');
    if (input.groupId && input.groupId !== current.groupId) {
      await m.findOne(GroupEntity, { where: { id: input.groupId }, lock: { mode: 'pessimistic_read' } });
      const inNew = await m.countBy(GroupMemberEntity, { groupId: input.groupId, memberId: In(assigned.map((a) => a.memberId)) });
      if (inNew !== assigned.length) throw badField('groupId', 'GROUP_CHANGE_BREAKS_ASSIGNMENTS');
    }
  }
}

/** A cycle not yet published (an entry may be withdrawn or reinstated in any phase before). */
async function openCycle(m: EntityManager, cycleId: string): Promise<CycleEntity> {
  const cycle = await m.findOneBy(CycleEntity, { id: cycleId });
  if (!cycle) throw notFound('cycle');
  if (cycle.phase === 'PUBLISHED') throw new DomainError('INVALID_TRANSITION', 'CYCLE_LOCKED');
  return cycle;
}

async function nextSortOrder(m: EntityManager, cycleId: string): Promise<number> {
  const [row] = await m.query(`SELECT coalesce(max("sortOrder"), 0) + 10 AS next FROM project WHERE "cycleId" = $1`, [cycleId]);
  return Number(row.next);
}

function fields(input: ProjectFieldsInput) {
  return {
    name: input.name.trim(),
    articleId: input.articleId,
    departmentId: input.departmentId ?? null,
    groupId: input.verifiedWithId ? null : (input.groupId ?? null),
    verifiedWithId: input.verifiedWithId ?? null,
    kind: input.kind,
    page: input.page ?? null,
  };
}
