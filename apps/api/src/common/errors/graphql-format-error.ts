import { Logger } from '@nestjs/common';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { currentRequestScope } from '../http/request-scope';
import { limitRefusal } from '../limits/query-limits';
import { DomainError, type FieldProblem } from './domain-error';
import { internalError, shapeError } from './graphql-error.filter';

const logger = new Logger('Errors');

/**
 * Apollo's `formatError`: every GraphQL error passes here on its way out. Those `GraphqlErrorFilter` made
 * (they carry a `requestId`) go out as they are; the ones Apollo and graphql-js raise before any resolver
 * runs (syntax, schema validation, variable coercion, CSRF prevention, a missing query) get the same shape:
 * a code of ours, the message in the caller's language and the request id. graphql-js's own text stays in
 * `extensions.detail` for the developer writing the query.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  if (typeof ext.requestId === 'string' && ext.requestId) return formatted;
  const scope = currentRequestScope();
  const requestId = scope?.requestId ?? '';
  const refused = limitRefusal(formatted, scope?.lang ?? 'ja', requestId);
  if (refused) return refused;
  const domain = fromApolloError(String(ext.code ?? ''), formatted.message);
  if (!domain) logger.error({ err: error, requestId }, 'unexpected error');
  const { message, extensions } = shapeError(domain ?? internalError(), scope?.lang ?? 'ja', requestId);
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: domain ? { ...extensions, detail: formatted.message } : extensions,
  };
}

function fromApolloError(code: string, text: string): DomainError | null {
  switch (code) {
    case ApolloServerErrorCode.GRAPHQL_PARSE_FAILED:
    case ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED:
      return new DomainError(code, code);
    case ApolloServerErrorCode.BAD_USER_INPUT:
      return new DomainError('BAD_USER_INPUT', 'BAD_USER_INPUT', {}, [variableProblem(text)]);
    case ApolloServerErrorCode.BAD_REQUEST:
    case ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE:
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED:
      return new DomainError('BAD_REQUEST', 'BAD_REQUEST');
    default:
      return null;
  }
}

/**
 * The field a variable coercion error is about, named like the validation pipe names them: the path inside
 * the variable (`name`, `content.items[0].heading`), or the variable itself when it is the value.
 *   Variable "$input" got invalid value 5 at "input.name"; String cannot represent a non string value: 5
 *   Variable "$input" got invalid value {…}; Field "name" of required type "String!" was not provided.
 *   Variable "$id" of required type "ID!" was not provided.
 */
export function variableProblem(text: string): FieldProblem {
  const variable = /^Variable "\$(\w+)"/.exec(text)?.[1] ?? '';
  const at = / at "([^"]+)";/.exec(text)?.[1];
  const missing = /; Field "(\w+)" (?:of required type .* was not provided|is not defined by type)/.exec(text)?.[1];
  const segments = [at ?? variable, missing].filter(Boolean).join('.');
  const inside = segments.startsWith(`${variable}.`) ? segments.slice(variable.length + 1) : segments.startsWith(`${variable}[`) ? segments.slice(variable.length) : segments;
  return { field: inside || variable, constraint: 'invalidValue' };
}
