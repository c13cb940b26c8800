import type { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { shapeError } from '../errors/graphql-error.filter';
import { currentRequestScope } from '../http/request-scope';

/**
 * What PostgreSQL cannot store in `text` or `jsonb`: the NUL character, and a UTF-16 surrogate without its
 * pair (JSON's `"\ud800"` decodes to one; it has no UTF-8 form).
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorable = (text: string) => !UNSTORABLE.test(text);

/** Enough to point the user at the problem. */
const MAX_REPORTED = 20;
/** A path deeper than this (a body nested for the sake of it) ends in … */
const MAX_PATH = 200;
const extend = (path: string, segment: string) => (path.endsWith('…') ? path : path.length + segment.length > MAX_PATH ? `${path}…` : path + segment);

/**
 * The paths of the strings (values and object keys) in a JSON value that cannot be stored, named like the
 * validation pipe names fields (`name`, `content.items[0].heading`). Iterative: a body nested a hundred
 * thousand levels deep is walked without exhausting the stack.
 */
export function unstorablePaths(value: unknown, root = ''): string[] {
  const found: string[] = [];
  const stack: Array<[unknown, string]> = [[value, root]];
  while (stack.length && found.length < MAX_REPORTED) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!isStorable(v)) found.push(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], extend(path, `[${i}]`)]);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v).reverse()) {
        const childPath = path ? extend(path, `.${k}`) : k;
        if (!isStorable(k)) found.push(childPath);
        stack.push([child, childPath]);
      }
    }
  }
  return found;
}

/** Within each variable, as the validation pipe names fields within an argument; the variable's name when it is the string. */
function unstorableVariables(variables: Record<string, unknown>): string[] {
  return Object.entries(variables).flatMap(([name, value]) => (isStorable(name) ? unstorablePaths(value).map((p) => p || name) : [name]));
}

/**
 * The string literals written in the document itself (`createDepartment(input: { name: "a\u0000" })`), by the
 * argument and input fields they stand in (list positions are not tracked).
 */
function unstorableLiterals(document: DocumentNode): string[] {
  const found: string[] = [];
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (!isStorable(node.value) && found.length < MAX_REPORTED) found.push(names.length > 1 ? names.slice(1).join('.') : (names[0] ?? ''));
    },
  });
  return found;
}

/**
 * Refuses a NUL or a lone surrogate in any string of any operation, in its variables or written in the
 * document, as BAD_USER_INPUT naming each field, before anything runs: no guard (the sign-in rate limit
 * writes the login id it counts), no resolver, no SQL. One check for every string, so no input class needs
 * a decorator for it.
 */
export const unstorableStringsPlugin: NonNullable<ApolloDriverConfig['plugins']>[number] = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const paths = [...unstorableVariables(request.variables ?? {}), ...unstorableLiterals(document)];
        if (!paths.length) return;
        const scope = currentRequestScope();
        const refusal = new DomainError('BAD_USER_INPUT', 'UNSTORABLE_CHARACTERS', {}, paths.map((field) => ({ field, constraint: 'UNSTORABLE_CHARACTERS' })));
        const { message, extensions } = shapeError(refusal, scope?.lang ?? 'ja', scope?.requestId ?? '');
        throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
      },
    };
  },
};
