import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { message, QUERY_LIMITS, type Lang, type MessageKey } from '@kensho/domain';
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * What one GraphQL request may cost (STYLE.md item 15), refused before any resolver runs: depth, aliases
 * and a static cost are graphql-armor's validation rules, the number of tokens is graphql-js's own
 * parser limit. The limits are `QUERY_LIMITS` (libs/domain); a refusal is BAD_USER_INPUT in the caller's
 * language with `limit`, `max` and the `requestId`.
 */
type Limit = keyof typeof QUERY_LIMITS;

const MESSAGE_OF: Record<Limit, MessageKey> = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'QUERY_TOO_MANY_ALIASES',
  cost: 'QUERY_TOO_COSTLY',
  tokens: 'QUERY_TOO_LONG',
};

/** armor throws by default (which Apollo answers as a 500): report a validation error instead. */
const reportAs = (limit: Limit) => ({
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null) =>
      ctx?.reportError(new GraphQLError(`query ${limit} limit of ${QUERY_LIMITS[limit]} exceeded`, { extensions: { limit, max: QUERY_LIMITS[limit] } })),
  ],
});

/** The validation rules the API runs after graphql-js's own; the web documents' test runs them too. */
export const QUERY_LIMIT_RULES: ValidationRule[] = [
  maxDepthRule({ n: QUERY_LIMITS.depth, flattenFragments: true, ...reportAs('depth') }),
  maxAliasesRule({ n: QUERY_LIMITS.aliases, ...reportAs('aliases') }),
  costLimitRule({ maxCost: QUERY_LIMITS.cost, flattenFragments: true, ...reportAs('cost') }),
];

export const QUERY_PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.tokens };

/** Which limit a formatted error of parsing or validation reports, if any. */
function refusedLimit(e: GraphQLFormattedError): Limit | null {
  const limit = e.extensions?.limit;
  if (typeof limit === 'string' && limit in QUERY_LIMITS) return limit as Limit;
  // graphql-js 16: "Syntax Error: Document contains more that N tokens. Parsing aborted." (sic)
  if (e.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:at|an) \d+ tokens/.test(e.message)) return 'tokens';
  return null;
}

/**
 * The refusal of a limit in the one error shape (BAD_USER_INPUT with `limit` and `max`), or null when the
 * error is not one; `formatGraphqlError` asks this first, as Apollo answers these before any filter runs.
 */
export function limitRefusal(e: GraphQLFormattedError, lang: Lang, requestId: string): GraphQLFormattedError | null {
  const limit = refusedLimit(e);
  if (!limit) return null;
  const max = QUERY_LIMITS[limit];
  return { message: message(MESSAGE_OF[limit], lang, { max }), extensions: { code: 'BAD_USER_INPUT', limit, max, requestId } };
}
