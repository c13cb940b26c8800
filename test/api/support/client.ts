import type { Server } from 'node:http';
import request from 'supertest';

/** The session cookie the API sets at sign-in (SESSION_COOKIE in sessions.service.ts). */
export const SESSION_COOKIE = 'kensho_session';

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; requestId?: string; fields?: Array<{ field: string; constraint: string; message: string }>; [k: string]: unknown };
}

export interface GqlResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: T | null; errors?: GqlError[] };
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** The x-request-id response header. */
  requestId: string | undefined;
  /** The raw body text, to search for things that must never appear (stack traces, hashes). */
  text: string;
}

export interface GqlOptions {
  lang?: 'ja' | 'en';
  headers?: Record<string, string>;
}

/**
 * A GraphQL caller over HTTP that keeps the session cookie like a browser: it sends the cookie it holds
 * and takes the one the API sets (or clears).
 */
export class GqlClient {
  constructor(
    private readonly server: Server,
    public cookie: string | null = null,
  ) {}

  /** The same session (cookie) against another app instance. */
  on(server: Server): GqlClient {
    return new GqlClient(server, this.cookie);
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>, opts: GqlOptions = {}): Promise<GqlResponse<T>> {
    let req = request(this.server).post('/graphql').set('Content-Type', 'application/json');
    if (this.cookie) req = req.set('Cookie', `${SESSION_COOKIE}=${this.cookie}`);
    if (opts.lang) req = req.set('Accept-Language', opts.lang);
    for (const [k, v] of Object.entries(opts.headers ?? {})) req = req.set(k, v);
    const res = await req.send({ query, variables: variables ?? {} });
    this.takeCookie(res.headers['set-cookie']);
    const body = (res.body && typeof res.body === 'object' ? res.body : {}) as GqlResponse<T>['body'];
    return {
      status: res.status,
      headers: res.headers,
      body,
      data: body.data,
      errors: body.errors,
      requestId: res.headers['x-request-id'] as string | undefined,
      text: res.text,
    };
  }

  private takeCookie(setCookie: string | string[] | undefined) {
    const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const c of all) {
      const parsed = parseSetCookie(c);
      if (parsed.name !== SESSION_COOKIE) continue;
      const expired = parsed.attributes.expires && new Date(parsed.attributes.expires).getTime() <= Date.now();
      this.cookie = parsed.value && !expired ? parsed.value : null;
    }
  }
}

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags (HttpOnly, Secure) map to ''. */
  attributes: Record<string, string>;
}

export function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...attrs] = header.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  const attributes: Record<string, string> = {};
  for (const a of attrs) {
    const i = a.indexOf('=');
    attributes[(i < 0 ? a : a.slice(0, i)).toLowerCase()] = i < 0 ? '' : a.slice(i + 1);
  }
  return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), attributes };
}
