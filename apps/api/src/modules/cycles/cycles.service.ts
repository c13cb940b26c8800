import { Injectable } from '@nestjs/common';
import {
  actionsFor,
  cyclePhaseWorkflow,
  mayAct,
  type CycleFacts,
  type CyclePhase,
  type CyclePhaseEvent,
} from '@kensho/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { RequestLoaders } from '../../common/loaders/loaders';
import { badField, notFound } from '../../common/errors/domain-error';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { assertSetupEditable } from '../../common/workflow/setup-lock';
import { createAudited, lockRow, updateAudited } from '../../common/persistence/audited';
import { OrdinanceEntity } from '../ordinance/ordinance.entity';
import { CycleEntity } from './cycle.entity';
import type { AdvanceCycleInput, CreateCycleInput, UpdateCycleInput } from './cycle.input';
import type { CycleAction, CycleTransition } from './cycle.model';

/** The cycle's phase as a workflow of the kit: the table, the row, and what its preconditions read. */
const CYCLE_SUBJECT: WorkflowSubject<CycleEntity, CyclePhase, CyclePhaseEvent, CycleFacts> = {
  workflow: cyclePhaseWorkflow,
  type: 'cycle',
  entity: CycleEntity,
  stateColumn: 'phase',
  commentField: 'reason',
  async lock(m, _actor, ids) {
    const cycle = await lockRow(m, CycleEntity, ids[0]!, 'cycle');
    const facts = (await cycleFacts(m, [cycle.id])).get(cycle.id)!;
    return [{ row: cycle, facts }];
  },
};

@Injectable()
export class CyclesService {
  constructor(
    private readonly db: DataSource,
    private readonly runner: WorkflowRunner,
  ) {}

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
      const cycle = await createAudited(m, actor, CycleEntity, 'cycle', {
        fiscalYear: input.fiscalYear,
        ordinanceId: input.ordinanceId,
        phase: cyclePhaseWorkflow.initial,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
      });
      // A year starts with the marks of the year before (※ and its legends), so they are not re-created every year.
      await m.query(
        `INSERT INTO tag ("cycleId", mark, label, legend, "responseLegend", version)
         SELECT $1, t.mark, t.label, t.legend, t."responseLegend", 1 FROM tag t JOIN cycle c ON c.id = t."cycleId" WHERE c."fiscalYear" = $2`,
        [cycle.id, input.fiscalYear - 1],
      );
      return cycle;
    });
  }

  update(actor: Actor, input: UpdateCycleInput) {
    checkDates(input.startDate, input.endDate);
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: CycleEntity, entityType: 'cycle', what: 'cycle', id: input.id, version: input.version,
        apply: (c) => {
          assertSetupEditable(c);
          c.startDate = input.startDate ?? null;
          c.endDate = input.endDate ?? null;
          if (input.sheetDeadline !== undefined) c.sheetDeadline = input.sheetDeadline;
          if (input.opinionDeadline !== undefined) c.opinionDeadline = input.opinionDeadline;
        },
      }),
    );
  }

  /** One phase change, through the workflow kit; features that act on a phase register a hook (sheets on DO). */
  advance(actor: Actor, input: AdvanceCycleInput) {
    return this.db.transaction((m) =>
      this.runner.fire(m, actor, CYCLE_SUBJECT, input, { event: input.event, comment: input.reason, override: input.override }),
    );
  }

  /** What the caller may do with the cycle's phase now (STYLE.md item 5), from the kit's one function. */
  async availableActions(actor: Actor, cycle: CycleEntity, l: RequestLoaders): Promise<CycleAction[]> {
    if (!mayAct(cyclePhaseWorkflow, cycle.phase, actor.role)) return [];
    const facts = await l.cycleFacts.load(cycle.id);
    return actionsFor(cyclePhaseWorkflow, { state: cycle.phase, role: actor.role, facts }).map(toActionModel);
  }

  /** The cycle's phase changes, oldest first. */
  async transitions(cycle: CycleEntity, l: RequestLoaders): Promise<CycleTransition[]> {
    const rows = await l.cycleTransitions.load(cycle.id);
    return rows.map((r) => ({
      id: r.id, event: r.event, fromState: r.fromState, toState: r.toState,
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
       count(p.id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM council_opinion o WHERE o."projectId" = p.id AND o.state = 'CONFIRMED'))::int AS "entriesWithoutConfirmedOpinion",
       (SELECT count(*) FROM council_opinion o JOIN project op ON op.id = o."projectId" AND op."withdrawnAt" IS NULL
         WHERE o."cycleId" = c.id AND o.state = 'CONFIRMED'
           AND NOT EXISTS (SELECT 1 FROM response_opinion ro JOIN response r ON r.id = ro."responseId" WHERE ro."councilOpinionId" = o.id AND r.state = 'APPROVED')
       )::int AS "opinionsWithoutApprovedResponse"
     FROM cycle c LEFT JOIN project p ON p."cycleId" = c.id AND p."verifiedWithId" IS NULL AND p."withdrawnAt" IS NULL
     WHERE c.id = ANY($1) GROUP BY c.id`,
    [cycleIds],
  );
  return new Map(rows.map(({ cycleId, ...facts }) => [cycleId, facts]));
}

function checkDates(start?: string | null, end?: string | null) {
  if (start && end && end < start) throw badField('endDate', 'dateRange');
}
