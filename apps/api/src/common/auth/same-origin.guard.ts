import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { forbidden } from '../errors/domain-error';

/**
 * The header the web client sends with every REST write (attachments). A cross-site HTML form cannot
 * set a header, and a cross-site script that tries needs a CORS preflight, which this API never grants:
 * the same rule as Apollo's CSRF prevention for /graphql (its `x-apollo-operation-name`).
 */
export const CSRF_HEADER = 'x-requested-with';

/** Whether a write comes from a page of this site: the header above, and no other site named by the browser. */
export function isSameOrigin(req: Request): boolean {
  if (!req.get(CSRF_HEADER)) return false;
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.get('origin');
  if (!origin) return true; // not a browser, or an old one: the header above is the check
  try {
    const host = new URL(origin).host;
    return host === req.get('host') || host === req.host;
  } catch {
    return false;
  }
}

/** Refuses a cross-site write (FORBIDDEN) before anything else of the request is read. */
@Injectable()
export class SameOriginGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    if (!isSameOrigin(ctx.switchToHttp().getRequest<Request>())) throw forbidden();
    return true;
  }
}
