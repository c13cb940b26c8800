import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@kensho/domain';
import { forbidden, unauthenticated } from '../../common/errors/domain-error';
import { SessionsService } from './sessions.service';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from '../../common/auth/decorators';

/**
 * Global guard: reads the session cookie once per request, then requires a signed-in, active user and,
 * where the operation says `@Allow(...)`, one of its roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = requestOf(ctx);
    if (req.actor === undefined) req.actor = await this.sessions.actorFromRequest(req);
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!req.actor) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(req.actor.role)) throw forbidden();
    return true;
  }
}
