import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { mayManageAccount, manageableRoles, type Role } from '@kensho/domain';
import { badField, forbidden, notFound } from '../../common/errors/domain-error';
import { audit, createAudited, differs, updateAudited } from '../../common/persistence/audited';
import { SessionEntity } from '../../data/session.entity';
import { SignInLimitsService } from '../../common/auth/sign-in-limits.service';
import { DepartmentEntity } from '../../data/department.entity';
import { MemberEntity } from '../../data/member.entity';
import type { ChangeOwnPasswordInput, CreateUserInput, ResetPasswordInput, SetUserActiveInput, UpdateUserInput, UserFieldsInput } from './user.input';
import { UserEntity } from '../../data/user.entity';

const SECRET = ['passwordHash'];

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly limits: SignInLimitsService,
  ) {}

  /** The accounts the caller manages: every one for the administrator, members' and staff's for the secretariat. */
  list(actor: Actor): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ where: { role: In([...manageableRoles(actor.role)]) }, order: { role: 'ASC', loginId: 'ASC' } });
  }

  /** Refuses an account of a role the caller may not manage (the secretariat: never an administrator's or its own kind). */
  assertManages(actor: Actor, ...roles: Role[]): void {
    if (!roles.every((r) => mayManageAccount(actor.role, r))) throw forbidden();
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('user');
    return user;
  }

  async create(actor: Actor, input: CreateUserInput) {
    this.assertManages(actor, input.role);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((m) => this.createIn(m, actor, input, passwordHash));
  }

  /**
   * An account, in the caller's transaction (a member and their account are made in one step), with the
   * password already hashed (outside the transaction: argon2 takes a while). `field` prefixes the fields
   * a refusal names (`account.loginId`).
   */
  async createIn(m: EntityManager, actor: Actor, input: Omit<CreateUserInput, 'password'>, passwordHash: string, field = ''): Promise<UserEntity> {
    this.assertManages(actor, input.role);
    const loginId = input.loginId.trim().toLowerCase();
    if (await m.existsBy(UserEntity, { loginId })) throw badField(`${field}loginId`, 'DUPLICATE', { what: 'loginId' });
    const scope = await checkScope(m, input, null);
    return createAudited(m, actor, UserEntity, 'user', { loginId, displayName: input.displayName.trim(), role: input.role, ...scope, passwordHash, active: true }, SECRET);
  }

  update(actor: Actor, input: UpdateUserInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: UserEntity, entityType: 'user', what: 'user', id: input.id, version: input.version, omit: SECRET,
        apply: async (u) => {
          this.assertManages(actor, u.role, input.role);
          if (u.id === actor.id && input.role !== u.role) throw badField('role', 'FORBIDDEN');
          const access = { role: input.role, ...(await checkScope(m, input, u.id)) };
          // a new role or scope takes effect at the next sign-in (and a change of name alone signs nobody out)
          if (differs(u, access)) await m.delete(SessionEntity, { userId: u.id });
          Object.assign(u, { displayName: input.displayName.trim() }, access);
        },
      }),
    );
  }

  setActive(actor: Actor, input: SetUserActiveInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: UserEntity, entityType: 'user', what: 'user', id: input.id, version: input.version, omit: SECRET,
        apply: async (u) => {
          this.assertManages(actor, u.role);
          if (u.id === actor.id && !input.active) throw badField('active', 'FORBIDDEN');
          u.active = input.active;
          if (!input.active) await m.delete(SessionEntity, { userId: u.id });
        },
      }),
    );
  }

  async resetPassword(actor: Actor, input: ResetPasswordInput) {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: UserEntity, entityType: 'user', what: 'user', id: input.id, version: input.version, omit: SECRET,
        apply: async (u) => {
          this.assertManages(actor, u.role);
          u.passwordHash = passwordHash;
          await m.delete(SessionEntity, { userId: u.id });
          await this.limits.unlock(u.loginId, m); // the owner can sign in with the new password at once
        },
      }),
    );
  }

  async changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput): Promise<boolean> {
    const user = await this.get(actor.id);
    // A wrong current password is a failed sign-in of the account: the same limit, the same lock.
    const attempt = await this.limits.begin(user.loginId, null);
    if (!(await argon2.verify(user.passwordHash, input.currentPassword))) {
      await this.limits.failed(attempt);
      throw badField('currentPassword', 'WRONG_PASSWORD');
    }
    await this.limits.succeeded(attempt);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash, version: () => '"version" + 1' } as never);
      // signed in elsewhere with the old password (a lost device, a shared PC): those sessions end; this one stays
      await m.delete(SessionEntity, { userId: user.id, ...(actor.sessionKey ? { tokenHash: Not(actor.sessionKey) } : {}) });
      await audit(m, actor, 'user', user.id, 'CHANGE_PASSWORD', null, null);
    });
    return true;
  }
}

/** Staff belong to a department, members to a member record (one account each); others to neither. */
async function checkScope(m: EntityManager, input: UserFieldsInput, userId: string | null) {
  if (input.role === 'DEPARTMENT_STAFF') {
    if (!input.departmentId) throw badField('departmentId', 'isNotEmpty');
    if (!(await m.existsBy(DepartmentEntity, { id: input.departmentId }))) throw badField('departmentId', 'NOT_FOUND', { what: 'department' });
    return { departmentId: input.departmentId, memberId: null };
  }
  if (input.role === 'COMMITTEE_MEMBER') {
    if (!input.memberId) throw badField('memberId', 'isNotEmpty');
    if (!(await m.existsBy(MemberEntity, { id: input.memberId }))) throw badField('memberId', 'NOT_FOUND', { what: 'member' });
    if (await m.existsBy(UserEntity, { memberId: input.memberId, ...(userId ? { id: Not(userId) } : {}) }))
      throw badField('memberId', 'DUPLICATE', { what: 'member' });
    return { departmentId: null, memberId: input.memberId };
  }
  return { departmentId: null, memberId: null };
}
