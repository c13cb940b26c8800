import { ACCOUNT_ADMINS } from '@kensho/domain';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser, Public } from '../../common/auth/decorators';
import { UserEntity } from '../../data/user.entity';
import { UsersService } from '../users/users.service';
import { SignInInput, UnlockUserInput } from './auth.input';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, SessionsService } from './sessions.service';
import { APP_CONFIG, type AppConfig } from '../../config/config';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => UserEntity, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentUser() actor: Actor | null) {
    return actor ? this.users.get(actor.id) : null;
  }

  @Public()
  @Mutation(() => UserEntity, {
    description: 'Sign in; sets the session cookie (httpOnly, SameSite=Lax). RATE_LIMITED (with retryAfter) while the account is locked.',
  })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: { req: Request; res: Response }) {
    const { user, token, expiresAt } = await this.auth.signIn(input.loginId, input.password, ctx.req.ip ?? null);
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      expires: expiresAt,
      path: '/',
    });
    return user;
  }

  @Allow(...ACCOUNT_ADMINS)
  @Mutation(() => UserEntity, { description: 'Lift the sign-in lock of an account that too many wrong passwords locked (administrator; the secretariat for members and staff).' })
  unlockUser(@CurrentUser() actor: Actor, @Args('input') input: UnlockUserInput) {
    return this.auth.unlock(actor, input.id);
  }

  @Public()
  @Mutation(() => Boolean)
  async signOut(@Context() ctx: { req: Request; res: Response }) {
    await this.sessions.destroy(ctx.req.cookies?.[SESSION_COOKIE]);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
