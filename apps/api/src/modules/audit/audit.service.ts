import { Injectable } from '@nestjs/common';
import { AUDIT_HIDDEN_FIELDS, LIMITS, type AuditSubject } from '@kensho/domain';
import { DataSource } from 'typeorm';
import type { AuditActor, AuditChange, AuditEvent, AuditFilterInput, AuditPage } from './audit.model';

interface Row {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  requestId: string | null;
  actorName: string | null;
  recordLabel: string | null;
}

/** Bookkeeping columns every change moves: not worth a line of the screen. */
const NOT_SHOWN = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * The audit trail, read (issue 9): every change the services wrote to `audit_event` with who, when, the
 * record's name and the fields before and after; filtered by record, person, day and kind of change; one
 * SQL statement per page, newest first, keyset-paginated. For the secretariat and the administrator.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async page(filter: AuditFilterInput): Promise<AuditPage> {
    const limit = filter.limit ?? 50;
    const [cursorAt, cursorId] = filter.before ? filter.before.split('|') : [null, null];
    const rows: Row[] = await this.db.query(
      `SELECT e.id, e.at, e.action, e."entityType", e."entityId", e.before, e.after, e.reason, e."requestId",
              u."displayName" AS "actorName",
              COALESCE(CASE e."entityType"
                WHEN 'project' THEN (SELECT p.name FROM project p WHERE p.id = e."entityId")
                WHEN 'sheet' THEN (SELECT p.name FROM sheet s JOIN project p ON p.id = s."projectId" WHERE s.id = e."entityId")
                WHEN 'user' THEN (SELECT x."displayName" FROM app_user x WHERE x.id = e."entityId")
                WHEN 'member' THEN (SELECT x.name FROM member x WHERE x.id = e."entityId")
                WHEN 'department' THEN (SELECT x.name FROM department x WHERE x.id = e."entityId")
                WHEN 'group' THEN (SELECT x.name FROM verification_group x WHERE x.id = e."entityId")
                WHEN 'ordinance' THEN (SELECT x.name FROM ordinance x WHERE x.id = e."entityId")
                WHEN 'article' THEN (SELECT '第' || x.number || '条 ' || x.title FROM article x WHERE x.id = e."entityId")
                WHEN 'cycle' THEN (SELECT x."fiscalYear" || '年度' FROM cycle x WHERE x.id = e."entityId")
                WHEN 'tag' THEN (SELECT x.mark || ' ' || x.label FROM tag x WHERE x.id = e."entityId")
                WHEN 'member_opinion' THEN (SELECT p.name || '（' || mb.name || '）' FROM member_opinion o JOIN project p ON p.id = o."projectId" JOIN member mb ON mb.id = o."memberId" WHERE o.id = e."entityId")
                WHEN 'response' THEN (SELECT p.name || ' 対応' FROM response r JOIN project p ON p.id = r."projectId" WHERE r.id = e."entityId")
                WHEN 'council_opinion' THEN (SELECT p.name || ' ' || o.position FROM council_opinion o JOIN project p ON p.id = o."projectId" WHERE o.id = e."entityId")
              END, e.before->>'name', e.after->>'name', e.before->>'displayName', e.after->>'displayName') AS "recordLabel"
         FROM audit_event e LEFT JOIN app_user u ON u.id = e."actorId"
        WHERE ($1::text IS NULL OR e."entityType" = $1)
          AND ($2::uuid IS NULL OR e."entityId" = $2)
          AND ($3::uuid IS NULL OR e."actorId" = $3)
          AND ($4::text IS NULL OR e.action = $4)
          AND ($5::date IS NULL OR e.at >= ($5::date::timestamp AT TIME ZONE 'Asia/Tokyo'))
          AND ($6::date IS NULL OR e.at < (($6::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'))
          AND ($7::timestamptz IS NULL OR (e.at, e.id) < ($7::timestamptz, $8::uuid))
        ORDER BY e.at DESC, e.id DESC
        LIMIT $9`,
      [filter.entityType ?? null, filter.entityId ?? null, filter.actorId ?? null, filter.action ?? null, filter.from ?? null, filter.to ?? null, cursorAt, cursorId, limit + 1],
    );
    const events = rows.slice(0, limit).map(toEvent);
    const last = rows.length > limit ? rows[limit - 1]! : null;
    return { events, hasMore: !!last, nextCursor: last ? `${new Date(last.at).toISOString()}|${last.id}` : null };
  }

  /** Everyone who changed something, for the person filter (one statement). */
  actors(): Promise<AuditActor[]> {
    return this.db.query(
      `SELECT u.id, u."displayName" AS name FROM app_user u WHERE EXISTS (SELECT 1 FROM audit_event e WHERE e."actorId" = u.id) ORDER BY u."displayName"`,
    );
  }
}

function toEvent(r: Row): AuditEvent {
  const hidden = new Set(AUDIT_HIDDEN_FIELDS[r.entityType as AuditSubject] ?? []);
  const fields = [...new Set([...Object.keys(r.before ?? {}), ...Object.keys(r.after ?? {})])].filter((f) => !NOT_SHOWN.has(f) && !hidden.has(f));
  const changes: AuditChange[] = fields
    .map((field) => ({ field, before: text(r.before?.[field]), after: text(r.after?.[field]) }))
    .filter((c) => c.before !== c.after);
  return {
    id: r.id, at: r.at, action: r.action, entityType: r.entityType, entityId: r.entityId,
    recordLabel: r.recordLabel, actorName: r.actorName, reason: r.reason, requestId: r.requestId, changes,
  };
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.length > LIMITS.shortText ? `${value.slice(0, LIMITS.shortText)}…` : value;
  return JSON.stringify(value);
}
