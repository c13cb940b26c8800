import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { audit } from '../../common/persistence/audited';
import { UserEntity } from '../users/user.entity';
import { hashPassword } from '../users/users.service';
import { forgiveHits } from './pg-throttler.storage';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  /** Verified against when the login id is unknown, so that both answers take as long. */
  private readonly dummyHash = hashPassword('unknown-account-dummy');

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  /** `counters`: the rate-limit counters this attempt was counted on, taken back when it succeeds. */
  async signIn(loginId: string, password: string, ip: string | null, counters: readonly string[] = []) {
    const user = await this.db.getRepository(UserEntity).findOneBy({ loginId: loginId.trim().toLowerCase() });
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !ok || !user.active) throw new DomainError('UNAUTHENTICATED', 'BAD_CREDENTIALS');
    const session = await this.sessions.create(user.id, ip);
    await forgiveHits(this.db, counters);
    await audit(this.db.manager, { id: user.id, role: user.role, displayName: user.displayName, departmentId: null, memberId: null }, 'user', user.id, 'SIGN_IN', null, null);
    return { user, ...session };
  }
}
