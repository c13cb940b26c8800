import { LIMITS, message, type ErrorCode } from '@kensho/domain';
import i18n from 'i18next';
import { currentLang } from '../../../shared/lang';
import type { ServerProblem } from '../../../shared/errors';

/**
 * The attachments' REST endpoints (multipart upload, delete). Errors come back as
 * `{ code, message, requestId, fields? }` in the user's language; they are thrown as a ServerProblem.
 */
export class RestProblem extends Error {
  constructor(readonly problem: ServerProblem) {
    super(problem.message);
  }
}

const EXTENSIONS = ['pdf', 'xlsx', 'xls', 'docx', 'doc', 'png', 'jpg', 'jpeg', 'gif'];
export const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(',');

/** What the server would refuse anyway, said before uploading 20 MB for nothing. */
export function checkFile(file: File): ServerProblem | null {
  const lang = currentLang();
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIONS.includes(ext)) return { code: 'BAD_USER_INPUT', message: message('FILE_TYPE', lang), fields: [] };
  if (file.size > LIMITS.attachmentMegabytes * 1024 * 1024)
    return { code: 'BAD_USER_INPUT', message: message('FILE_TOO_LARGE', lang, { max: LIMITS.attachmentMegabytes }), fields: [] };
  return null;
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    // X-Requested-With: the API refuses REST writes without it (a cross-site form cannot send it)
    res = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLang(), 'X-Requested-With': 'kensho', ...(init.headers ?? {}) },
    });
  } catch {
    throw new RestProblem({ code: 'NETWORK', message: i18n.t('common.networkError'), fields: [] });
  }
  const body = (await res.json().catch(() => null)) as {
    code?: string;
    message?: string;
    requestId?: string;
    fields?: Array<{ field: string; message: string }>;
  } | null;
  if (res.ok) return body;
  throw new RestProblem({
    code: (body?.code ?? 'INTERNAL_SERVER_ERROR') as ErrorCode,
    message: body?.message ?? i18n.t('common.unknownError'),
    fields: Array.isArray(body?.fields) ? body.fields : [],
    requestId: body?.requestId,
  });
}

export function uploadAttachment(sheetId: string, file: File): Promise<unknown> {
  const form = new FormData();
  form.append('file', file);
  return call(`/api/sheets/${encodeURIComponent(sheetId)}/attachments`, { method: 'POST', body: form });
}

export function deleteAttachment(id: string): Promise<unknown> {
  return call(`/api/attachments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function problemOf(e: unknown): ServerProblem {
  return e instanceof RestProblem ? e.problem : { code: 'NETWORK', message: i18n.t('common.networkError'), fields: [] };
}
