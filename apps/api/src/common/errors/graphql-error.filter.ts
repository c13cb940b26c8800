import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { ThrottlerException } from '@nestjs/throttler';
import { FIELD_MESSAGES, LIMITS, MESSAGES, THING_LABELS, message, type Lang, type MessageKey } from '@kensho/domain';
import { GraphQLError } from 'graphql';
import { OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import type { Request, Response } from 'express';
import { langOf } from '../i18n/lang';
import { DomainError, type FieldProblem } from './domain-error';

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

    if (!domain && !isGraphql && exception instanceof HttpException) {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(exception.getStatus()).json({ statusCode: exception.getStatus(), message: exception.message, requestId });
      return;
    }
    const retryAfter = domain?.details.retryAfter;
    if (typeof retryAfter === 'number') {
      const res: Response | undefined = isGraphql ? GqlArgumentsHost.create(host).getContext()?.res : host.switchToHttp().getResponse<Response>();
      res?.setHeader('Retry-After', String(retryAfter));
    }
    const code = domain?.code ?? 'INTERNAL_SERVER_ERROR';
    if (!domain) this.logger.error({ err: exception, requestId }, 'unexpected error');
    const text = domain
      ? message(domain.messageKey, lang, translateParams(domain.params, lang))
      : message('INTERNAL_SERVER_ERROR', lang, { requestId });
    const extensions: Record<string, unknown> = { code, requestId, ...(domain?.details ?? {}) };
    if (domain?.fields.length) extensions.fields = domain.fields.map((f) => translateField(f, lang));

    if (isGraphql) return new GraphQLError(text, { extensions });
    const res = host.switchToHttp().getResponse<Response>();
    res.status(httpStatus(code)).json({ code, message: text, requestId });
  }
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

function toDomainError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  if (e instanceof OptimisticLockVersionMismatchError) return new DomainError('CONFLICT', 'CONFLICT');
  if (e instanceof ThrottlerException) return new DomainError('RATE_LIMITED', 'RATE_LIMITED');
  if (e instanceof QueryFailedError) {
    const pg = e.driverError as { code?: string; constraint?: string } | undefined;
    if (pg?.code === '23505') {
      // A race the service's own check could not see: name the field where the constraint says which.
      const known = UNIQUE_CONSTRAINTS[pg.constraint ?? ''];
      return new DomainError('BAD_USER_INPUT', 'DUPLICATE', { what: known?.what ?? '—' }, [
        { field: known?.field ?? pg.constraint ?? '', constraint: 'DUPLICATE', params: { what: known?.what ?? '—' } },
      ]);
    }
    if (pg?.code === '23503') return new DomainError('BAD_USER_INPUT', 'IN_USE', { what: '—' });
  }
  if (e instanceof HttpException && e.getStatus() === 413)
    return new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT', {}, [{ field: 'file', constraint: 'FILE_TOO_LARGE', params: { max: LIMITS.attachmentMegabytes } }]);
  if (e instanceof HttpException && e.getStatus() === 401) return new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED');
  if (e instanceof HttpException && e.getStatus() === 403) return new DomainError('FORBIDDEN', 'FORBIDDEN');
  return null;
}

/** `what: 'project'` becomes 事業 / Project. */
function translateParams(params: Record<string, string | number>, lang: Lang) {
  const out: Record<string, string | number> = { ...params };
  const what = params.what;
  if (typeof what === 'string' && what in THING_LABELS) out.what = THING_LABELS[what as keyof typeof THING_LABELS][lang];
  return out;
}

function translateField(f: FieldProblem, lang: Lang) {
  const params = translateParams(f.params ?? {}, lang);
  let text: string;
  if (f.constraint in MESSAGES) text = message(f.constraint as MessageKey, lang, params);
  else {
    const template = (FIELD_MESSAGES[f.constraint] ?? FIELD_MESSAGES.default!)[lang];
    text = template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  }
  return { field: f.field, constraint: f.constraint, message: text };
}

function httpStatus(code: string): number {
  return (
    { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID_TRANSITION: 409, RATE_LIMITED: 429 }[code] ?? 500
  );
}
