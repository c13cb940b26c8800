import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limit of sign-in, per account and per address (two named throttlers, see AuthModule).
 * The throttler reads req/res from the GraphQL context.
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext();
    return { req: ctx.req, res: ctx.res };
  }
}

/** The account tracked: the login id the caller tries, lower-cased. */
export function loginIdTracker(_req: Record<string, any>, context: ExecutionContext): string {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { loginId?: unknown } }>();
  return `account:${String(args.input?.loginId ?? '').trim().toLowerCase()}`;
}

export function addressTracker(req: Record<string, any>): string {
  return `address:${req.ip ?? 'unknown'}`;
}
