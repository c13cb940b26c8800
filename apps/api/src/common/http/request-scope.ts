import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { REQUEST_BODY_BYTES, type Lang } from '@kensho/domain';
import type { NextFunction, Request, Response } from 'express';
import { langOf } from '../i18n/lang';

/**
 * The request's id: the one the proxy sent in `x-request-id` when it is a plain token, else a new uuid;
 * set on `req.id` (where pino-http also looks) and echoed in the response header. Idempotent.
 */
export function requestIdOf(req: IncomingMessage & { id?: unknown }, res: ServerResponse): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  req.id = id;
  return id;
}

export interface RequestScope {
  requestId: string;
  lang: Lang;
}

/**
 * The request id and language of the request being served, for code that is handed an error without
 * the request (Apollo's `formatError`, which also formats the refusals made before any context exists).
 */
const scope = new AsyncLocalStorage<RequestScope>();

export const currentRequestScope = (): RequestScope | undefined => scope.getStore();

/**
 * The first steps of every request, before Nest's own middleware (pino-http, cookies, Apollo): the request
 * id, the JSON body (up to `REQUEST_BODY_BYTES`, sized from the input limits; Nest's parser with its
 * 100 KB default is off), and the request's scope. Errors of the body parser go to `GraphqlErrorFilter`,
 * which answers them in the one error shape.
 */
export function useRequestPipeline(app: NestExpressApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdOf(req, res);
    next();
  });
  app.useBodyParser('json', { limit: REQUEST_BODY_BYTES });
  // After the body parser: it reads the body in the socket's callbacks, which would lose the scope.
  app.use((req: Request, res: Response, next: NextFunction) => scope.run({ requestId: requestIdOf(req, res), lang: langOf(req) }, next));
}
