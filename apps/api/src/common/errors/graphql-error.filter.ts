import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { ThrottlerException } from '@nestjs/throttler';
import { FIELD_MESSAGES, LIMITS, MESSAGES, REQUEST_BODY_BYTES, THING_LABELS, message, type ErrorCode, type Lang, type MessageKey } from '@kensho/domain';
import { GraphQLError } from 'graphql';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import type { Request, Response } from 'express';
import { langOf } from '../i18n/lang';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError, badField, type FieldProblem } from './domain-error';

/**
 * The one place that maps every error to the shape the client sees (STYLE.md item 7):
 * `extensions.code`, a message in the caller's language, the failing `fields`, and the `requestId`
 * that finds the request in the log. A bug never shows its stack trace.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const isGraphql = host.getType<GqlContextType>() === 'graphql';
    const req: Request | undefined = isGraphql
      ? GqlArgumentsHost.create(host).getContext()?.req
      : host.switchToHttp().getRequest<Request>();
    const lang = langOf(req);
    const requestId = String((req as { id?: unknown } | undefined)?.id ?? '');
    const domain = toDomainError(exception);
    const retryAfter = domain?.details.retryAfter;
    if (typeof retryAfter === 'number') {
      const res: Response | undefined = isGraphql ? GqlArgumentsHost.create(host).getContext()?.res : host.switchToHttp().getResponse<Response>();
      res?.setHeader('Retry-After', String(retryAfter));
    }
    if (!domain) this.logger.error({ err: exception, requestId }, 'unexpected error');
    else if (domain.code === 'SERVICE_UNAVAILABLE') this.logger.warn({ err: exception, requestId }, 'database unavailable');
    const shaped = shapeError(domain ?? internalError(), lang, requestId);

    if (isGraphql) return new GraphQLError(shaped.message, { extensions: shaped.extensions });
    sendHttpError(req, host.switchToHttp().getResponse<Response>(), shaped);
  }
}

/** What a bug is answered with: its request id, to find it in the log. */
export const internalError = () => new DomainError('INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR');

/** The one error shape: the message in the caller's language, `extensions.code`, `requestId` and the fields. */
export function shapeError(domain: DomainError, lang: Lang, requestId: string): { message: string; extensions: Record<string, unknown> & { code: string } } {
  const params = domain.code === 'INTERNAL_SERVER_ERROR' ? { requestId } : translateParams(domain.params, lang);
  const extensions: Record<string, unknown> & { code: string } = { code: domain.code, requestId, ...domain.details };
  if (domain.fields.length) extensions.fields = domain.fields.map((f) => translateField(f, lang));
  return { message: message(domain.messageKey, lang, params), extensions };
}

/**
 * An error answered outside Apollo (the body parser, multer, a pipe or guard of a REST route, an unknown
 * route): on /graphql as a GraphQL response (`errors`, in the media type the client accepts, so that Apollo
 * Client reads it whatever the status), elsewhere as `{ code, message, requestId, fields }`.
 */
function sendHttpError(req: Request | undefined, res: Response, shaped: ReturnType<typeof shapeError>) {
  res.status(httpStatus(shaped.extensions.code));
  if (req?.path === '/graphql') {
    const graphqlResponse = req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json';
    res.type(graphqlResponse ? 'application/graphql-response+json' : 'application/json');
    res.send(JSON.stringify({ errors: [{ message: shaped.message, extensions: shaped.extensions }] }));
    return;
  }
  const { code, requestId, fields } = shaped.extensions;
  res.json({ code, message: shaped.message, requestId, ...(fields ? { fields } : {}) });
}

/** Unique constraints the services also check, with the input field they concern. */
const UNIQUE_CONSTRAINTS: Record<string, { field: string; what: string }> = {
  UQ_user_member: { field: 'memberId', what: 'member' },
  UQ_group_name: { field: 'name', what: 'group' },
  UQ_article_number: { field: 'number', what: 'article' },
  UQ_tag_mark: { field: 'mark', what: 'tag' },
  UQ_assignment: { field: 'memberIds', what: 'assignment' },
  UQ_group_member_cycle: { field: 'memberIds', what: 'member' },
};

/**
 * A domain error for what the database refused, or null. A person never sees a constraint's or an index's
 * name (`IDX_…`, `UQ_…`, `FK_…`): a constraint a service also checks names its field; any other says what
 * happened and what to do.
 */
export function constraintError(e: unknown): DomainError | null {
  if (!(e instanceof QueryFailedError)) return null;
  const pg = e.driverError as { code?: string; constraint?: string; detail?: string } | undefined;
  if (pg?.code === '23505') {
    // A race the service's own check could not see: name the field where the constraint says which.
    const known = UNIQUE_CONSTRAINTS[pg.constraint ?? ''];
    if (!known) return new DomainError('BAD_USER_INPUT', 'DUPLICATE_RECORD');
    return new DomainError('BAD_USER_INPUT', 'DUPLICATE', { what: known.what }, [{ field: known.field, constraint: 'DUPLICATE', params: { what: known.what } }]);
  }
  if (pg?.code === '23503') {
    // "is still referenced from table …" (a delete) or "is not present in table …" (a write naming a row just deleted)
    return new DomainError('BAD_USER_INPUT', /still referenced/.test(pg.detail ?? '') ? 'REFERENCED_RECORD' : 'MISSING_REFERENCE');
  }
  return null;
}

function toDomainError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  if (e instanceof OptimisticLockVersionMismatchError) return new DomainError('CONFLICT', 'CONFLICT');
  if (e instanceof ThrottlerException) return new DomainError('RATE_LIMITED', 'RATE_LIMITED');
  const refused = constraintError(e);
  if (refused) return refused;
  if (isDatabaseUnavailable(e)) return new DomainError('SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE');
  if (e instanceof HttpException) return fromHttpException(e);
  return null;
}

/**
 * The HTTP errors raised before a resolver or controller method runs: by the JSON body parser (mapped by
 * Nest to an HttpException with the parser's error as its cause), multer, Nest's pipes, an unknown route.
 */
function fromHttpException(e: HttpException): DomainError {
  const status = e.getStatus();
  const cause = e.cause as { type?: unknown } | undefined;
  const fromBodyParser = typeof cause?.type === 'string';
  if (status === 413 && fromBodyParser) return new DomainError('PAYLOAD_TOO_LARGE', 'PAYLOAD_TOO_LARGE', { max: Math.floor(REQUEST_BODY_BYTES / 1024) });
  if (status === 413) return badField('file', 'FILE_TOO_LARGE', { max: LIMITS.attachmentMegabytes });
  if (status === 401) return new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED');
  if (status === 403) return new DomainError('FORBIDDEN', 'FORBIDDEN');
  if (status === 404) return new DomainError('NOT_FOUND', 'NOT_FOUND', { what: 'route' });
  if (status === 429) return new DomainError('RATE_LIMITED', 'RATE_LIMITED');
  if (status === 400 && !fromBodyParser) return new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT');
  if (status >= 400 && status < 500) return new DomainError('BAD_REQUEST', 'BAD_REQUEST');
  return internalError();
}

/** `what: 'project'` becomes 事業 / Project. */
function translateParams(params: Record<string, string | number>, lang: Lang) {
  const out: Record<string, string | number> = { ...params };
  const what = params.what;
  if (typeof what === 'string' && what in THING_LABELS) out.what = THING_LABELS[what as keyof typeof THING_LABELS][lang];
  return out;
}

export function translateField(f: FieldProblem, lang: Lang) {
  const params = translateParams(f.params ?? {}, lang);
  let text: string;
  if (f.constraint in MESSAGES) text = message(f.constraint as MessageKey, lang, params);
  else {
    const template = (FIELD_MESSAGES[f.constraint] ?? FIELD_MESSAGES.default!)[lang];
    text = template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  }
  return { field: f.field, constraint: f.constraint, message: text };
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

function httpStatus(code: string): number {
  return HTTP_STATUS[code as ErrorCode] ?? 500;
}
