import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { assertUnique, audit, checkVersion, createAudited, deleteAudited, differs, lockRow, updateAudited } from '../../common/persistence/audited';
import { MemberEntity } from '../../data/member.entity';
import { ProjectEntity } from '../../data/project.entity';
import { editableCycle } from '../cycles/cycles.service';
import { AssignmentEntity } from '../../data/assignment.entity';
import type { CreateGroupInput, SetGroupMembersInput, UpdateGroupInput } from './group.input';
import { GroupMemberEntity } from '../../data/group-member.entity';
import { GroupEntity } from '../../data/group.entity';

/** 班: groups of a cycle and their members. */
@Injectable()
export class GroupsService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, input: CreateGroupInput) {
    return this.db.transaction(async (m) => {
      const cycle = await editableCycle(m, input.cycleId);
      await assertUnique(m, GroupEntity, { cycleId: cycle.id, name: input.name.trim() }, undefined, 'name', 'group');
      const sortOrder = input.sortOrder ?? (await m.countBy(GroupEntity, { cycleId: cycle.id })) + 1;
      return createAudited(m, actor, GroupEntity, 'group', { cycleId: cycle.id, name: input.name.trim(), sortOrder });
    });
  }

  update(actor: Actor, input: UpdateGroupInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: GroupEntity, entityType: 'group', what: 'group', id: input.id, version: input.version,
        apply: async (g) => {
          await editableCycle(m, g.cycleId);
          await assertUnique(m, GroupEntity, { cycleId: g.cycleId, name: input.name.trim() }, g.id, 'name', 'group');
          g.name = input.name.trim();
          g.sortOrder = input.sortOrder ?? g.sortOrder;
        },
      }),
    );
  }

  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: GroupEntity, entityType: 'group', what: 'group', id: ref.id, version: ref.version,
        check: async (g) => {
          await editableCycle(m, g.cycleId);
          if (await m.existsBy(ProjectEntity, { groupId: g.id })) throw badField('id', 'IN_USE', { what: 'group' });
        },
      }),
    );
  }

  /** Replaces the group's members. A member is in one group per cycle and keeps it while assigned there. */
  setMembers(actor: Actor, input: SetGroupMembersInput) {
    return this.db.transaction(async (m) => {
      const group = await lockRow(m, GroupEntity, input.groupId, 'group');
      checkVersion(group, input.version);
      await editableCycle(m, group.cycleId);
      const wanted = [...new Set(input.memberIds)];
      if ((await m.countBy(MemberEntity, { id: In(wanted) })) !== wanted.length) throw badField('memberIds', 'NOT_FOUND', { what: 'member' });
      const elsewhere = await m.existsBy(GroupMemberEntity, { cycleId: group.cycleId, memberId: In(wanted), groupId: Not(group.id) });
      if (elsewhere) throw badField('memberIds', 'MEMBER_IN_OTHER_GROUP');
      const current = await m.findBy(GroupMemberEntity, { groupId: group.id });
      const before = current.map((gm) => gm.memberId).sort();
      if (!differs({ memberIds: before }, { memberIds: [...wanted].sort() })) return group; // the same members: nothing changes
      const leaving = current.filter((gm) => !wanted.includes(gm.memberId));
      if (leaving.length) {
        const stillAssigned = await m
          .createQueryBuilder(AssignmentEntity, 'a')
          .innerJoin(ProjectEntity, 'p', 'p.id = a."projectId"')
          .where('p."groupId" = :g AND a."memberId" IN (:...ids)', { g: group.id, ids: leaving.map((gm) => gm.memberId) })
          .getExists();
        if (stillAssigned) throw badField('memberIds', 'MEMBER_HAS_ASSIGNMENTS');
        await m.delete(GroupMemberEntity, { id: In(leaving.map((gm) => gm.id)) });
      }
      const joining = wanted.filter((id) => !before.includes(id));
      if (joining.length) await m.insert(GroupMemberEntity, joining.map((memberId) => ({ cycleId: group.cycleId, groupId: group.id, memberId })));
      await m.increment(GroupEntity, { id: group.id }, 'version', 1);
      await audit(m, actor, 'group', group.id, 'SET_MEMBERS', { memberIds: before }, { memberIds: [...wanted].sort() });
      return m.findOneByOrFail(GroupEntity, { id: group.id });
    });
  }
}
