import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import { storageKey } from './pg-throttler.storage';

/** The counters a sign-in request was counted on (storage keys), kept on the request. */
export const SIGN_IN_COUNTERS = Symbol('signInCounters');

/**
 * Rate limit of sign-in, per account and per address (two named throttlers, see AuthModule).
 * The throttler reads req/res from the GraphQL context, and counts every attempt before it is made; the
 * keys it counted on are kept on the request so that a successful sign-in can take its count back
 * (`forgiveHits`): only failed attempts use up a limit, so an office behind one address signs in freely.
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext();
    return { req: ctx.req, res: ctx.res };
  }

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const key = super.generateKey(context, suffix, name);
    const { req } = this.getRequestResponse(context);
    (req[SIGN_IN_COUNTERS] ??= []).push(storageKey(name, key));
    return key;
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
