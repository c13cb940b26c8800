import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorCode } from '@kensho/domain';
import i18n from 'i18next';

/** One failing field, with the server's message in the user's language. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** What the client knows of a failed operation (STYLE.md item 7). */
export interface ServerProblem {
  code: ErrorCode | 'NETWORK';
  message: string;
  fields: FieldProblem[];
  requestId?: string;
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function fieldsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: unknown) => {
    const o = f as { field?: unknown; message?: unknown } | null;
    const field = asString(o?.field);
    const message = asString(o?.message);
    return field && message ? [{ field, message }] : [];
  });
}

/** The server's first error, or a network problem; messages come from the server (Accept-Language). */
export function toServerProblem(error: unknown): ServerProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: (asString(ext.code) ?? 'INTERNAL_SERVER_ERROR') as ErrorCode,
      message: first?.message ?? i18n.t('common.unknownError'),
      fields: fieldsOf(ext.fields),
      requestId: asString(ext.requestId),
    };
  }
  return { code: 'NETWORK', message: i18n.t('common.networkError'), fields: [] };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}
