import { isDeepStrictEqual } from 'node:util';
import { Not, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Thing } from '@kensho/domain';
import type { Actor } from '../auth/actor';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { WorkflowTransitionEntity } from '../audit/workflow-transition.entity';
import { badField, conflict, notFound } from '../errors/domain-error';

/**
 * The write path every set-up change takes, inside the caller's transaction: lock the row, check the
 * version the client had, change it, and write the audit event (before and after) — or nothing.
 */
type Versioned = ObjectLiteral & { id: string; version: number };

/** A plain copy of a row's own columns (no relations), for the audit trail. */
export function snapshot(row: ObjectLiteral, omit: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (omit.includes(k) || (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v))) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

export async function audit(
  m: EntityManager,
  actor: Actor | null,
  entityType: string,
  entityId: string,
  action: string,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
  reason: string | null = null,
  omit: string[] = [],
): Promise<void> {
  await auditMany(m, actor, entityType, [{ entityId, action, before, after, reason }], omit);
}

/** Several audit events of one kind of entity, in one statement (a change made to a set of rows at once). */
export async function auditMany(
  m: EntityManager,
  actor: Actor | null,
  entityType: string,
  events: Array<{ entityId: string; action: string; before: ObjectLiteral | null; after: ObjectLiteral | null; reason?: string | null }>,
  omit: string[] = [],
): Promise<void> {
  if (events.length === 0) return;
  await m.insert(
    AuditEventEntity,
    events.map((e) => ({
      actorId: actor?.id ?? null,
      entityType,
      entityId: e.entityId,
      action: e.action,
      before: e.before ? snapshot(e.before, omit) : null,
      after: e.after ? snapshot(e.after, omit) : null,
      reason: e.reason ?? null,
      requestId: actor?.requestId ?? null,
    })) as never,
  );
}

/** SELECT … FOR UPDATE, or NOT_FOUND. */
export async function lockRow<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, id: string, what: Thing): Promise<T> {
  const row = await m.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
  if (!row) throw notFound(what);
  return row;
}

export function checkVersion(row: Versioned, version: number): void {
  if (row.version !== version) throw conflict(row.version);
}

/** Whether writing `values` would change the row (deep equality: jsonb content and arrays included). */
export function differs(row: ObjectLiteral, values: ObjectLiteral): boolean {
  return Object.entries(values).some(([k, v]) => !isDeepStrictEqual(row[k], v));
}

/** A deep copy of a row's values, to compare with after a change (in this realm: not structuredClone, whose Dates come from the host's). */
function copyOf<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)])) as T;
  return value;
}

/**
 * Writes the new values of a row the caller has locked and found changed, always moving its version on
 * (an UPDATE statement bumps it whatever the values). A revision kept before this call, at the row's
 * current version, is therefore never followed by a row that stays at that version.
 */
export async function writeNewVersion<T extends Versioned>(m: EntityManager, entity: EntityTarget<T>, id: string, values: Partial<T>): Promise<T> {
  await m.update(entity, { id } as never, values as never);
  return m.findOneByOrFail(entity, { id } as never);
}

export interface AuditedUpdate<T extends Versioned> {
  entity: EntityTarget<T>;
  entityType: string;
  what: Thing;
  id: string;
  version: number;
  /** Change the locked row; may throw a DomainError to refuse. */
  apply: (row: T) => void | Promise<void>;
  omit?: string[];
  /** The kind of change in the audit trail (UPDATE unless a use case names it: WITHDRAW…) and its reason. */
  action?: string;
  reason?: string | null;
}

export async function updateAudited<T extends Versioned>(m: EntityManager, actor: Actor, u: AuditedUpdate<T>): Promise<T> {
  const row = await lockRow(m, u.entity, u.id, u.what);
  checkVersion(row, u.version);
  const before = snapshot(row, u.omit);
  const original = copyOf(row);
  await u.apply(row);
  if (!differs(original, { ...row })) return row; // a change that changes nothing: no write, no audit, the same version
  const saved = await m.getRepository(u.entity).save(row);
  await audit(m, actor, u.entityType, u.id, u.action ?? 'UPDATE', before, saved, u.reason ?? null, u.omit);
  return saved;
}

export async function createAudited<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  actor: Actor,
  entity: EntityTarget<T>,
  entityType: string,
  values: Partial<T>,
  omit: string[] = [],
): Promise<T> {
  const repo = m.getRepository(entity);
  const saved = await repo.save(repo.create(values as never) as unknown as T);
  await audit(m, actor, entityType, saved.id, 'CREATE', null, saved, null, omit);
  return saved;
}

export async function deleteAudited<T extends Versioned>(
  m: EntityManager,
  actor: Actor,
  u: Omit<AuditedUpdate<T>, 'apply'> & { check?: (row: T) => void | Promise<void> },
): Promise<T> {
  const row = await lockRow(m, u.entity, u.id, u.what);
  checkVersion(row, u.version);
  await u.check?.(row);
  await m.getRepository(u.entity).delete(u.id);
  await audit(m, actor, u.entityType, u.id, 'DELETE', row, null, null, u.omit);
  return row;
}

type Transition = { subjectType: string; subjectId: string; event: string; fromState: string; toState: string; comment: string | null; overridden: string[] };

export async function recordTransition(m: EntityManager, actor: Actor, t: Transition): Promise<void> {
  await recordTransitions(m, actor, [t]);
}

/** The transitions of several rows moved by one event, in one statement. */
export async function recordTransitions(m: EntityManager, actor: Actor, ts: Transition[]): Promise<void> {
  if (ts.length) await m.insert(WorkflowTransitionEntity, ts.map((t) => ({ ...t, actorId: actor.id })));
}

/** Refuses a value another row already has (BAD_USER_INPUT on `field`, "… already exists"). */
export async function assertUnique<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  where: Record<string, unknown>,
  exceptId: string | undefined,
  field: string,
  what: Thing,
): Promise<void> {
  const taken = await m.existsBy(entity, { ...where, ...(exceptId ? { id: Not(exceptId) } : {}) } as never);
  if (taken) throw badField(field, 'DUPLICATE', { what });
}
