import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { audit, createAudited, deleteAudited, snapshot, updateAudited } from '../../common/persistence/audited';
import { AssignmentEntity } from '../../data/assignment.entity';
import { GroupMemberEntity } from '../../data/group-member.entity';
import { UserEntity } from '../../data/user.entity';
import { hashPassword, UsersService } from '../users/users.service';
import { BodyEntity } from '../../data/body.entity';
import type { CreateMemberInput, MemberFieldsInput, UpdateMemberInput } from './member.input';
import { MemberEntity } from '../../data/member.entity';

@Injectable()
export class MembersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  bodies(): Promise<BodyEntity[]> {
    return this.db.getRepository(BodyEntity).find({ order: { kind: 'ASC' } });
  }

  members(bodyId?: string | null): Promise<MemberEntity[]> {
    return this.db.getRepository(MemberEntity).find({ where: bodyId ? { bodyId } : {}, order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /** A member, and with `account` their sign-in account too: both or neither. */
  async create(actor: Actor, input: CreateMemberInput) {
    const account = input.account;
    if (account) this.users.assertManages(actor, 'COMMITTEE_MEMBER');
    const passwordHash = account ? await hashPassword(account.password) : null;
    return this.db.transaction(async (m) => {
      if (!(await m.existsBy(BodyEntity, { id: input.bodyId }))) throw notFound('body');
      validateTerm(input);
      if (input.isChair) await this.clearChair(m, actor, input.bodyId);
      const sortOrder = input.sortOrder ?? (await m.countBy(MemberEntity, { bodyId: input.bodyId })) + 1;
      const member = await createAudited(m, actor, MemberEntity, 'member', { ...fields(input), bodyId: input.bodyId, sortOrder });
      if (account && passwordHash) {
        await this.users.createIn(m, actor, { loginId: account.loginId, displayName: member.name, role: 'COMMITTEE_MEMBER', memberId: member.id }, passwordHash, 'account.');
      }
      return member;
    });
  }

  update(actor: Actor, input: UpdateMemberInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: MemberEntity, entityType: 'member', what: 'member', id: input.id, version: input.version,
        apply: async (row) => {
          validateTerm(input);
          if (input.isChair && !row.isChair) await this.clearChair(m, actor, row.bodyId);
          Object.assign(row, fields(input), { sortOrder: input.sortOrder ?? row.sortOrder });
        },
      }),
    );
  }

  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: MemberEntity, entityType: 'member', what: 'member', id: ref.id, version: ref.version,
        check: async (row) => {
          const used =
            (await m.existsBy(AssignmentEntity, { memberId: row.id })) ||
            (await m.existsBy(GroupMemberEntity, { memberId: row.id })) ||
            (await m.existsBy(UserEntity, { memberId: row.id }));
          if (used) throw badField('id', 'IN_USE', { what: 'member' });
        },
      }),
    );
  }

  /** A body has one chair: naming a new one steps the old one down (audited). */
  private async clearChair(m: EntityManager, actor: Actor, bodyId: string) {
    const current = await m.findOne(MemberEntity, { where: { bodyId, isChair: true }, lock: { mode: 'pessimistic_write' } });
    if (!current) return;
    const before = snapshot(current);
    current.isChair = false;
    const saved = await m.save(current);
    await audit(m, actor, 'member', current.id, 'UPDATE', before, saved);
  }
}

function fields(input: MemberFieldsInput) {
  return {
    name: input.name.trim(),
    affiliation: input.affiliation.trim(),
    title: input.title.trim(),
    category: input.category,
    isChair: input.isChair,
    alsoCouncilMember: input.alsoCouncilMember ?? null,
    termStart: input.termStart ?? null,
    termEnd: input.termEnd ?? null,
  };
}

function validateTerm(input: MemberFieldsInput) {
  if (input.termStart && input.termEnd && input.termEnd < input.termStart) throw badField('termEnd', 'dateRange');
}
