import { Injectable } from '@nestjs/common';
import {
  cyclePhaseWorkflow,
  decide,
  eventsFrom,
  failedPreconditions,
  type CycleFacts,
  type CyclePhase,
  type CyclePhaseEvent,
  type Role,
} from '@kensho/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { RequestLoaders } from '../../common/loaders/loaders';
import { badField, DomainError, notFound } from '../../common/errors/domain-error';
import { assertMayFire, throwIfRefused } from '../../common/workflow/refusal';
import { audit, checkVersion, createAudited, lockRow, recordTransition, snapshot, updateAudited } from '../../common/persistence/audited';
import { OrdinanceEntity } from '../ordinance/ordinance.entity';
import { ensureSheets } from '../sheets/sheets.service';
import { CycleEntity } from './cycle.entity';
import type { AdvanceCycleInput, CreateCycleInput, UpdateCycleInput } from './cycle.input';
import type { CycleAction, CycleTransition } from './cycle.model';

@Injectable()
export class CyclesService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<CycleEntity[]> {
    return this.db.getRepository(CycleEntity).find({ order: { fiscalYear: 'DESC' } });
  }

  async get(id: string): Promise<CycleEntity> {
    const cycle = await this.db.getRepository(CycleEntity).findOneBy({ id });
    if (!cycle) throw notFound('cycle');
    return cycle;
  }

  create(actor: Actor, input: CreateCycleInput) {
    checkDates(input.startDate, input.endDate);
    return this.db.transaction(async (m) => {
      if (!(await m.existsBy(OrdinanceEntity, { id: input.ordinanceId }))) throw notFound('ordinance');
      if (await m.existsBy(CycleEntity, { fiscalYear: input.fiscalYear })) throw badField('fiscalYear', 'DUPLICATE', { what: 'cycle' });
      return createAudited(m, actor, CycleEntity, 'cycle', {
        fiscalYear: input.fiscalYear,
        ordinanceId: input.ordinanceId,
        phase: cyclePhaseWorkflow.initial,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
      });
    });
  }

  update(actor: Actor, input: UpdateCycleInput) {
    checkDates(input.startDate, input.endDate);
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: CycleEntity, entityType: 'cycle', what: 'cycle', id: input.id, version: input.version,
        apply: (c) => {
          assertEditable(c);
          c.startDate = input.startDate ?? null;
          c.endDate = input.endDate ?? null;
          if (input.sheetDeadline !== undefined) c.sheetDeadline = input.sheetDeadline;
          if (input.opinionDeadline !== undefined) c.opinionDeadline = input.opinionDeadline;
        },
      }),
    );
  }

  /** One phase change: lock, version, the workflow's rules, the new phase, the transition and audit. */
  advance(actor: Actor, input: AdvanceCycleInput) {
    assertMayFire(cyclePhaseWorkflow, input.event, actor.role);
    return this.db.transaction(async (m) => {
      const cycle = await lockRow(m, CycleEntity, input.id, 'cycle');
      checkVersion(cycle, input.version);
      const facts = (await cycleFacts(m, [cycle.id])).get(cycle.id)!;
      const decision = decide(cyclePhaseWorkflow, {
        state: cycle.phase, event: input.event, role: actor.role, facts, comment: input.reason, override: input.override,
      });
      if (!decision.allowed && decision.reason === 'COMMENT_REQUIRED') throw badField('reason', 'COMMENT_REQUIRED');
      throwIfRefused(decision, cycle.phase);
      const before = snapshot(cycle);
      const from = cycle.phase;
      cycle.phase = decision.to;
      const saved = await m.save(cycle);
      if (decision.to === 'DO') await ensureSheets(m, cycle.id);
      const comment = input.reason?.trim() || null;
      await recordTransition(m, actor, {
        subjectType: 'cycle', subjectId: cycle.id, event: input.event, fromState: from, toState: decision.to, comment, overridden: decision.overridden,
      });
      await audit(m, actor, 'cycle', cycle.id, input.event, before, saved, comment);
      return saved;
    });
  }

  /** What the caller may do with the cycle's phase now (STYLE.md item 5). */
  async availableActions(actor: Actor, cycle: CycleEntity, l: RequestLoaders): Promise<CycleAction[]> {
    const events = eventsFrom(cyclePhaseWorkflow, cycle.phase, actor.role);
    if (events.length === 0) return [];
    const facts = await l.cycleFacts.load(cycle.id);
    return events.map((event) => {
      const t = cyclePhaseWorkflow.events[event];
      return {
        event,
        toPhase: t.to,
        failedPreconditions: failedPreconditions(cyclePhaseWorkflow, event, facts),
        canOverride: (t.overridableBy ?? []).includes(actor.role as Role),
      };
    });
  }

  /** The cycle's phase changes, oldest first. */
  async transitions(cycle: CycleEntity, l: RequestLoaders): Promise<CycleTransition[]> {
    const rows = await l.cycleTransitions.load(cycle.id);
    return rows.map((r) => ({
      id: r.id, event: r.event as CyclePhaseEvent, fromPhase: r.fromState as CyclePhase, toPhase: r.toState as CyclePhase,
      actorName: r.actorName, comment: r.comment, overridden: r.overridden, at: r.at,
    }));
  }
}

/** The counts the phase machine's preconditions read, for each of the cycles; one statement. */
export async function cycleFacts(m: EntityManager, cycleIds: string[]): Promise<Map<string, CycleFacts>> {
  const rows: Array<CycleFacts & { cycleId: string }> = await m.query(
    `SELECT c.id AS "cycleId",
       (SELECT count(*) FROM article a WHERE a."ordinanceId" = c."ordinanceId")::int AS "articleCount",
       count(p.id)::int AS "entryCount",
       count(p.id) FILTER (WHERE p."departmentId" IS NULL)::int AS "entriesWithoutDepartment",
       count(p.id) FILTER (WHERE p."groupId" IS NULL)::int AS "entriesWithoutGroup",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a."projectId" = p.id))::int AS "entriesWithoutAssignment",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sheet s WHERE s."projectId" = p.id AND s.state = 'ACCEPTED'))::int AS "sheetsNotAccepted",
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM council_opinion o WHERE o."projectId" = p.id AND o.state = 'CONFIRMED'))::int AS "entriesWithoutConfirmedOpinion"
     FROM cycle c LEFT JOIN project p ON p."cycleId" = c.id AND p."verifiedWithId" IS NULL
     WHERE c.id = ANY($1) GROUP BY c.id`,
    [cycleIds],
  );
  return new Map(rows.map(({ cycleId, ...facts }) => [cycleId, facts]));
}

/** A published cycle is the record of the year: its set-up no longer changes. */
export function setupLocked(cycle: Pick<CycleEntity, 'phase'>): boolean {
  return cycle.phase === 'PUBLISHED';
}

export function assertEditable(cycle: Pick<CycleEntity, 'phase'>): void {
  if (setupLocked(cycle)) throw new DomainError('INVALID_TRANSITION', 'CYCLE_LOCKED');
}

function checkDates(start?: string | null, end?: string | null) {
  if (start && end && end < start) throw badField('endDate', 'dateRange');
}
