import type { GqlError, GqlResponse } from './client';

/**
 * Asserts the response is exactly one GraphQL error with this `extensions.code` and no data for the
 * operation; returns the error for further checks (fields, message, details).
 */
export function expectError(res: GqlResponse, code: string): GqlError {
  const errors = res.errors ?? [];
  // Shown whole on failure: the code, message and data tell what happened instead.
  expect({ codes: errors.map((e) => e.extensions?.code), messages: errors.map((e) => e.message), data: res.data ?? null }).toEqual({
    codes: [code],
    messages: [expect.any(String)],
    data: null,
  });
  return errors[0]!;
}

/** Asserts the response has no errors and returns its data. */
export function expectData<T = any>(res: GqlResponse<T>): T {
  expect(res.errors ?? []).toEqual([]);
  expect(res.data).toBeTruthy();
  return res.data as T;
}

/** The field paths named by a BAD_USER_INPUT error, sorted. */
export function fieldsOf(error: GqlError): string[] {
  return (error.extensions?.fields ?? []).map((f) => f.field).sort();
}
