import { Injectable } from '@nestjs/common';
import {
  canReadSheet,
  daysUntil,
  isOpinionLate,
  isPastDeadline,
  lastSheetActivity,
  awaitsOpinions,
  memberEntryStatus,
  todayInJapan,
  type CyclePhase,
  type SheetEvent,
  type SheetState,
} from '@kensho/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { SignInLimitsService } from '../../common/auth/sign-in-limits.service';
import type { AdminHome, Home, HomeCycle, HomeDeadline, HomeOpinionEntry, HomeResponseEntry, HomeSheet, MemberHome, SecretariatHome, StaffHome } from './home.model';

/**
 * Each role's home: what to do next, read with a fixed number of purpose-built SQL statements (a read
 * model, STYLE.md item 8) whatever the number of cycles, entries, sheets or opinions: staff 1, a member 1,
 * the secretariat 2, the administrator 2 (staff: 2 with their responses). Scope is the server's: staff read their department's sheets,
 * a member their own assignments.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly db: DataSource,
    private readonly signInLimits: SignInLimitsService,
  ) {}

  async home(actor: Actor, now = new Date()): Promise<Home> {
    const home: Home = { today: todayInJapan(now), staff: null, member: null, secretariat: null, admin: null };
    if (actor.role === 'DEPARTMENT_STAFF') {
      const [staff, responses] = await Promise.all([this.staff(actor, now), this.staffResponses(actor)]);
      home.staff = { ...staff, responses };
    }
    if (actor.role === 'COMMITTEE_MEMBER') home.member = await this.member(actor, now);
    if (actor.role === 'SECRETARIAT') home.secretariat = await this.secretariat(now);
    if (actor.role === 'ADMIN') home.admin = await this.admin();
    return home;
  }

  /** The department's sheets in the cycles in Do, each with who acted last (the return comment included: it is their own sheet). */
  private async staff(actor: Actor, now: Date): Promise<Omit<StaffHome, 'responses'>> {
    const rows: Array<{
      id: string; projectId: string; projectName: string; fiscalYear: number; state: SheetState; deadline: string | null;
      departmentName: string | null; savedAt: Date; savedByName: string | null;
      event: SheetEvent | null; at: Date | null; actorName: string | null; comment: string | null;
    }> = await this.db.query(
      `SELECT d.name AS "departmentName", s.id, s."projectId", p.name AS "projectName", c."fiscalYear", s.state, c."sheetDeadline"::text AS deadline,
              s."updatedAt" AS "savedAt", su."displayName" AS "savedByName", t.event, t.at, tu."displayName" AS "actorName", t.comment
         FROM department d
         LEFT JOIN project p ON p."departmentId" = d.id AND p."withdrawnAt" IS NULL AND p."cycleId" IN (SELECT id FROM cycle WHERE phase = 'DO')
         LEFT JOIN sheet s ON s."projectId" = p.id
         LEFT JOIN cycle c ON c.id = p."cycleId"
         LEFT JOIN app_user su ON su.id = s."updatedById"
         LEFT JOIN LATERAL (SELECT w.event, w.at, w."actorId", w.comment FROM workflow_transition w
                             WHERE w."subjectType" = 'sheet' AND w."subjectId" = s.id ORDER BY w.at DESC LIMIT 1) t ON true
         LEFT JOIN app_user tu ON tu.id = t."actorId"
        WHERE d.id = $1
        ORDER BY c."fiscalYear" DESC, p."sortOrder", p.page`,
      [actor.departmentId],
    );
    const sheets: HomeSheet[] = rows
      .filter((r) => r.id)
      .map((r) => ({
        id: r.id,
        projectId: r.projectId,
        projectName: r.projectName,
        fiscalYear: r.fiscalYear,
        state: r.state,
        deadline: deadlineOf(r.deadline, now),
        lastActivity: lastSheetActivity(
          r.savedByName ? { at: r.savedAt, byName: r.savedByName } : null,
          r.event && r.at ? { event: r.event, at: r.at, byName: r.actorName, comment: r.comment } : null,
        ),
      }));
    return { departmentName: rows[0]?.departmentName ?? '', sheets };
  }

  /** The department's entries with confirmed council opinions, in the cycles in Check or Action: what is left to answer, and where its responses stand. */
  private async staffResponses(actor: Actor): Promise<HomeResponseEntry[]> {
    const rows: HomeResponseEntry[] = await this.db.query(
      `SELECT p.id AS "projectId", p.name AS "projectName", c."fiscalYear",
              (SELECT count(*) FROM council_opinion co WHERE co."projectId" = p.id AND co.state = 'CONFIRMED'
                 AND NOT EXISTS (SELECT 1 FROM response_opinion ro WHERE ro."councilOpinionId" = co.id))::int AS unanswered,
              count(r.id) FILTER (WHERE r.state = 'DRAFT')::int AS drafts,
              count(r.id) FILTER (WHERE r.state = 'RETURNED')::int AS returned,
              count(r.id) FILTER (WHERE r.state = 'SUBMITTED')::int AS submitted,
              count(r.id) FILTER (WHERE r.state = 'APPROVED')::int AS approved
         FROM project p
         JOIN cycle c ON c.id = p."cycleId" AND c.phase IN ('CHECK', 'ACTION')
         LEFT JOIN response r ON r."projectId" = p.id
        WHERE p."departmentId" = $1 AND p."withdrawnAt" IS NULL
          AND EXISTS (SELECT 1 FROM council_opinion co WHERE co."projectId" = p.id AND co.state = 'CONFIRMED')
        GROUP BY p.id, p.name, p."sortOrder", p.page, c."fiscalYear"
        ORDER BY c."fiscalYear" DESC, p."sortOrder", p.page`,
      [actor.departmentId],
    );
    // what waits for them first: entries with something to answer or revise
    return rows.filter((r) => r.unanswered + r.drafts + r.returned + r.submitted > 0);
  }

  /** The member's entries in every cycle in Check: their opinions by state, the council's confirmed ones, the sheet when readable. */
  private async member(actor: Actor, now: Date): Promise<MemberHome> {
    const rows: Array<{
      projectId: string; projectName: string; fiscalYear: number; phase: CyclePhase; deadline: string | null;
      drafts: number; submitted: number; adopted: number; noted: number; councilConfirmed: number; sheetId: string | null; sheetState: SheetState | null;
    }> = await this.db.query(
      `SELECT a."projectId", p.name AS "projectName", c."fiscalYear", c.phase, c."opinionDeadline"::text AS deadline,
              count(o.id) FILTER (WHERE o.state = 'DRAFT')::int AS drafts,
              count(o.id) FILTER (WHERE o.state = 'SUBMITTED')::int AS submitted,
              count(o.id) FILTER (WHERE o.state = 'ADOPTED')::int AS adopted,
              count(o.id) FILTER (WHERE o.state = 'NOTED')::int AS noted,
              (SELECT count(*) FROM council_opinion co WHERE co."projectId" = a."projectId" AND co.state = 'CONFIRMED')::int AS "councilConfirmed",
              s.id AS "sheetId", s.state AS "sheetState"
         FROM assignment a
         JOIN cycle c ON c.id = a."cycleId" AND c.phase = 'CHECK'
         JOIN project p ON p.id = a."projectId" AND p."withdrawnAt" IS NULL
         LEFT JOIN member_opinion o ON o."projectId" = a."projectId" AND o."memberId" = a."memberId"
         LEFT JOIN sheet s ON s."projectId" = a."projectId"
        WHERE a."memberId" = $1
        GROUP BY a."projectId", p.name, p."sortOrder", p.page, c."fiscalYear", c.phase, c."opinionDeadline", s.id, s.state
        ORDER BY c."fiscalYear" DESC, p."sortOrder", p.page`,
      [actor.memberId],
    );
    const entries: HomeOpinionEntry[] = rows.map((r) => {
      const standing = { submitted: r.submitted + r.adopted + r.noted > 0, drafts: r.drafts, councilConfirmed: r.councilConfirmed };
      const status = memberEntryStatus(standing);
      return {
        projectId: r.projectId,
        projectName: r.projectName,
        fiscalYear: r.fiscalYear,
        deadline: deadlineOf(r.deadline, now),
        status,
        late: isOpinionLate(isPastDeadline(r.deadline, now), standing),
        opinionsAwaited: awaitsOpinions(r.phase, status),
        draftCount: r.drafts,
        submittedCount: r.submitted,
        adoptedCount: r.adopted,
        notedCount: r.noted,
        councilConfirmedCount: r.councilConfirmed,
        sheetId: r.sheetId && r.sheetState && canReadSheet(actor.role, r.sheetState, false) ? r.sheetId : null,
      };
    });
    return { entries };
  }

  /** Per open cycle: sheets to review, opinions to consolidate, late members by name. */
  private async secretariat(now: Date): Promise<SecretariatHome> {
    const [cycles, assigned] = await Promise.all([
      this.db.query(
        `SELECT c.id AS "cycleId", c."fiscalYear", c.phase, c."sheetDeadline"::text AS "sheetDeadline", c."opinionDeadline"::text AS "opinionDeadline",
                (SELECT count(*) FROM sheet s WHERE s."cycleId" = c.id)::int AS "sheetCount",
                (SELECT count(*) FROM sheet s WHERE s."cycleId" = c.id AND s.state = 'SUBMITTED')::int AS "sheetsSubmitted",
                (SELECT count(*) FROM sheet s WHERE s."cycleId" = c.id AND s.state = 'RETURNED')::int AS "sheetsReturned",
                (SELECT count(*) FROM sheet s WHERE s."cycleId" = c.id AND s.state = 'ACCEPTED')::int AS "sheetsAccepted",
                (SELECT count(DISTINCT o."projectId") FROM member_opinion o WHERE o."cycleId" = c.id AND o.state = 'SUBMITTED')::int AS "entriesToConsolidate",
                (SELECT count(*) FROM member_opinion o WHERE o."cycleId" = c.id AND o.state = 'SUBMITTED')::int AS "opinionsToConsolidate",
                (SELECT count(*) FROM council_opinion co WHERE co."cycleId" = c.id AND co.state = 'DRAFT')::int AS "councilDraftCount",
                (SELECT count(*) FROM response r WHERE r."cycleId" = c.id AND r.state = 'SUBMITTED')::int AS "responsesSubmitted",
                (SELECT count(*) FROM council_opinion co JOIN project op ON op.id = co."projectId" AND op."withdrawnAt" IS NULL
                  WHERE co."cycleId" = c.id AND co.state = 'CONFIRMED'
                    AND NOT EXISTS (SELECT 1 FROM response_opinion ro WHERE ro."councilOpinionId" = co.id))::int AS "opinionsUnanswered"
           FROM cycle c WHERE c.phase <> 'PUBLISHED' ORDER BY c."fiscalYear" DESC`,
      ) as Promise<Array<Omit<HomeCycle, 'sheetDeadline' | 'opinionDeadline' | 'lateMembers'> & { sheetDeadline: string | null; opinionDeadline: string | null }>>,
      // every assignment of the cycles in Check with what the late rule reads (as OpinionProgressService reads it)
      this.db.query(
        `SELECT a."cycleId", m.id AS "memberId", m.name, p.name AS "projectName",
                EXISTS (SELECT 1 FROM member_opinion o WHERE o."projectId" = a."projectId" AND o."memberId" = a."memberId" AND o.state <> 'DRAFT') AS submitted,
                (SELECT count(*) FROM council_opinion co WHERE co."projectId" = a."projectId" AND co.state = 'CONFIRMED')::int AS "councilConfirmed"
           FROM assignment a
           JOIN cycle c ON c.id = a."cycleId" AND c.phase = 'CHECK'
           JOIN member m ON m.id = a."memberId"
           JOIN project p ON p.id = a."projectId" AND p."withdrawnAt" IS NULL
          ORDER BY m."sortOrder", m.name, p."sortOrder", p.page`,
      ) as Promise<Array<{ cycleId: string; memberId: string; name: string; projectName: string; submitted: boolean; councilConfirmed: number }>>,
    ]);
    return {
      cycles: cycles.map((c) => {
        const pastDeadline = isPastDeadline(c.opinionDeadline, now);
        const late = new Map<string, { memberId: string; name: string; entries: string[] }>();
        for (const a of assigned) {
          if (a.cycleId !== c.cycleId || !isOpinionLate(pastDeadline, a)) continue;
          const m = late.get(a.memberId) ?? { memberId: a.memberId, name: a.name, entries: [] };
          m.entries.push(a.projectName);
          late.set(a.memberId, m);
        }
        return { ...c, sheetDeadline: deadlineOf(c.sheetDeadline, now), opinionDeadline: deadlineOf(c.opinionDeadline, now), lateMembers: [...late.values()] };
      }),
    };
  }

  private async admin(): Promise<AdminHome> {
    const [[counts], lockedUsers] = await Promise.all([
      this.db.query(`SELECT count(*) FILTER (WHERE active)::int AS "activeUsers", count(*) FILTER (WHERE NOT active)::int AS "inactiveUsers" FROM app_user`) as Promise<
        Array<{ activeUsers: number; inactiveUsers: number }>
      >,
      this.signInLimits.lockedAccountCount(),
    ]);
    return { ...counts!, lockedUsers };
  }
}

function deadlineOf(date: string | null, now: Date): HomeDeadline | null {
  return date ? { date, daysLeft: daysUntil(date, now)! } : null;
}
