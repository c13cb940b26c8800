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
import type { RequestLoaders } from '../../data/loaders';
import { badField, notFound } from '../../common/errors/domain-error';
import { WorkflowRunner, type WorkflowSubject } from '../../common/workflow/runner';
import { toActionModel } from '../../common/workflow/workflow.model';
import { assertSetupEditable } from '../../common/workflow/setup-lock';
import { createAudited, lockRow, updateAudited } from '../../common/persistence/audited';
import { OrdinanceEntity } from '../../data/ordinance.entity';
import { CycleEntity } from '../../data/cycle.entity';
import type { AdvanceCycleInput, CreateCycleInput, UpdateCycleInput } from './cycle.input';
import type { CycleAction, CycleTransition } from './cycle.model';
import { cycleFacts } from '../../data/cycle-facts';

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

function checkDates(start?: string | null, end?: string | null) {
  if (start && end && end < start) throw badField('endDate', 'dateRange');
}

export async function editableCycle(m: EntityManager, cycleId: string): Promise<CycleEntity> {
  const cycle = await m.findOneBy(CycleEntity, { id: cycleId });
  if (!cycle) throw notFound('cycle');
  assertSetupEditable(cycle);
  return cycle;
}
