import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import { audit } from '../../common/persistence/audited';
import { UserEntity } from '../../data/user.entity';
import { hashPassword, UsersService } from '../users/users.service';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from '../../common/auth/sign-in-limits.service';

@Injectable()
export class AuthService {
  /** Verified against when the login id is unknown, so that both answers take as long. */
  private readonly dummyHash = hashPassword('unknown-account-dummy');

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly limits: SignInLimitsService,
    private readonly users: UsersService,
  ) {}

  async signIn(loginId: string, password: string, ip: string | null) {
    const attempt = await this.limits.begin(loginId, ip); // RATE_LIMITED while the account is locked
    const user = await this.db.getRepository(UserEntity).findOneBy({ loginId: attempt.loginId });
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !ok || !user.active) {
      await this.limits.failed(attempt);
      throw new DomainError('UNAUTHENTICATED', 'BAD_CREDENTIALS');
    }
    await this.limits.succeeded(attempt);
    const session = await this.sessions.create(user.id, ip);
    await audit(this.db.manager, { id: user.id, role: user.role, displayName: user.displayName, departmentId: null, memberId: null }, 'user', user.id, 'SIGN_IN', null, null);
    return { user, ...session };
  }

  /** An administrator (or, for a member's or staff account, the secretariat) lifts an account's sign-in lock. */
  async unlock(actor: Actor, id: string): Promise<UserEntity> {
    const user = await this.users.get(id);
    this.users.assertManages(actor, user.role);
    await this.db.transaction(async (m) => {
      await this.limits.unlock(user.loginId, m);
      await audit(m, actor, 'user', user.id, 'UNLOCK', null, null);
    });
    return user;
  }
}
