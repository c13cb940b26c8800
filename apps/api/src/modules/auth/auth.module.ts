import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { UsersModule } from '../users/users.module';
import { AuthCleanupService } from './auth-cleanup.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { SignInLimitsService } from '../../common/auth/sign-in-limits.service';
import { UserLockResolver } from './user-lock.resolver';

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    SessionsService,
    SignInLimitsService,
    AuthService,
    AuthCleanupService,
    AuthResolver,
    UserLockResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, SignInLimitsService],
})
export class AuthModule {}
