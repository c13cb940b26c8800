import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@kensho/domain';
import type { Actor } from './actor';

export const PUBLIC_KEY = 'kensho:public';
export const ROLES_KEY = 'kensho:roles';

/** No sign-in needed (sign-in itself, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the operation; the global AuthGuard enforces it. */
export const Allow = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Express's request with what the guards attach (user, id)
export function requestOf(ctx: ExecutionContext): any {
  return ctx.getType<string>() === 'graphql' ? GqlExecutionContext.create(ctx).getContext().req : ctx.switchToHttp().getRequest();
}

/** The signed-in caller (set by AuthGuard). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => requestOf(ctx).actor);
