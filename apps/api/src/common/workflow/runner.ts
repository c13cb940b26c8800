import { Injectable } from '@nestjs/common';
import { decide, type Standing, type Workflow } from '@kensho/domain';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/actor';
import { badField } from '../errors/domain-error';
import { auditMany, checkVersion, recordTransitions } from '../persistence/audited';
import { assertMayFire, throwIfRefused } from './refusal';

/** A row of a workflow: an id, a version (optimistic locking) and its state in a column. */
export type WorkflowRow = ObjectLiteral & { id: string; version: number };

/** One record, locked, with what the table's guards and preconditions read. */
export interface Locked<Row, Facts> {
  row: Row;
  standing?: Partial<Standing>;
  facts: Facts;
}

/**
 * A workflow's declaration: its table, where its rows are, and how to lock and measure one. This is all a
 * feature writes to run its transitions; the runner does the rest, the same way for every workflow.
 */
export interface WorkflowSubject<Row extends WorkflowRow, State extends string, Event extends string, Facts> {
  workflow: Workflow<State, Event, Facts>;
  /** `workflow_transition.subjectType` and `audit_event.entityType`. */
  type: string;
  entity: EntityTarget<Row>;
  /** The column that holds the state. */
  stateColumn: keyof Row & string;
  /**
   * Locks the rows (SELECT … FOR UPDATE, in id order) and measures their standing and facts, in a fixed
   * number of statements. A row the caller may not see is NOT_FOUND, as if it did not exist.
   */
  lock(m: EntityManager, actor: Actor, ids: string[]): Promise<Array<Locked<Row, Facts>>>;
  /** What the event changes besides the state (a timestamp, the confirming meeting…); the same for every row. */
  changes?(event: Event, to: State, input: FireInput<Event>): Partial<Row>;
  /** The input field a missing comment is reported on (`comment`, or `reason` where the API says so). */
  commentField?: string;
}

export interface FireInput<Event extends string> {
  event: Event;
  comment?: string | null;
  /** Override failed preconditions (roles the table allows), with the comment as the reason. */
  override?: boolean;
  /** Anything `changes` reads (e.g. the meeting that confirms). */
  [extra: string]: unknown;
}

export interface TransitionEvent {
  actor: Actor;
  type: string;
  event: string;
  to: string;
  ids: string[];
}
export type TransitionHook = (m: EntityManager, e: TransitionEvent) => Promise<void> | void;

/**
 * The one transition runner (STYLE.md item 13): lock, version, guard, facts, decide, save, transition and
 * audit in the caller's transaction, in one shape, for one record or a set of them; then the hooks that
 * features registered for the transition (a phase change provisions sheets, and so on), in the same
 * transaction. A refusal changes nothing.
 */
@Injectable()
export class WorkflowRunner {
  private readonly hooks: Array<{ type: string; to: string | null; hook: TransitionHook }> = [];

  /**
   * Runs `hook` after every transition of `type` (to the state `to`, or any), inside its transaction, before
   * the rows are read back. A hook that throws refuses the transition (nothing is written).
   */
  after(type: string, to: string | null, hook: TransitionHook): void {
    this.hooks.push({ type, to, hook });
  }

  /** One record: `version` is the one the caller read. */
  async fire<Row extends WorkflowRow, State extends string, Event extends string, Facts>(
    m: EntityManager,
    actor: Actor,
    subject: WorkflowSubject<Row, State, Event, Facts>,
    ref: { id: string; version: number },
    input: FireInput<Event>,
  ): Promise<Row> {
    const [row] = await this.fireMany(m, actor, subject, [ref], input);
    return row!;
  }

  /** A set of records moved by one event (e.g. council opinions confirmed by one meeting): all or none. */
  async fireMany<Row extends WorkflowRow, State extends string, Event extends string, Facts>(
    m: EntityManager,
    actor: Actor,
    subject: WorkflowSubject<Row, State, Event, Facts>,
    refs: Array<{ id: string; version: number }>,
    input: FireInput<Event>,
  ): Promise<Row[]> {
    assertMayFire(subject.workflow, input.event, actor.role);
    const ids = [...new Set(refs.map((r) => r.id))];
    const locked = await subject.lock(m, actor, ids);
    const byId = new Map(locked.map((l) => [l.row.id, l]));
    const decided = refs.map((ref) => {
      const l = byId.get(ref.id)!;
      checkVersion(l.row, ref.version);
      const state = l.row[subject.stateColumn] as State;
      const decision = decide(subject.workflow, {
        state, event: input.event, role: actor.role, facts: l.facts, standing: l.standing, comment: input.comment, override: input.override,
      });
      if (!decision.allowed && decision.reason === 'COMMENT_REQUIRED' && subject.commentField) throw badField(subject.commentField, 'COMMENT_REQUIRED');
      throwIfRefused(decision, state);
      return { row: l.row, from: state, to: decision.to, overridden: decision.overridden };
    });
    const to = decided[0]!.to;
    const extra = subject.changes?.(input.event, to, input) ?? {};
    await m
      .createQueryBuilder()
      .update(subject.entity)
      .set({ ...extra, [subject.stateColumn]: to, version: () => '"version" + 1' } as never)
      .where({ id: In(ids) })
      .execute();
    const comment = input.comment?.trim() || null;
    await recordTransitions(
      m,
      actor,
      decided.map((d) => ({ subjectType: subject.type, subjectId: d.row.id, event: input.event, fromState: d.from, toState: d.to, comment, overridden: d.overridden })),
    );
    await auditMany(
      m,
      actor,
      subject.type,
      decided.map((d) => ({
        entityId: d.row.id,
        action: input.event,
        before: { state: d.from, version: d.row.version },
        after: { ...extra, state: d.to, version: d.row.version + 1 },
        reason: comment,
      })),
    );
    const event: TransitionEvent = { actor, type: subject.type, event: input.event, to, ids };
    for (const h of this.hooks) if (h.type === subject.type && (h.to === null || h.to === to)) await h.hook(m, event);
    // read back after the hooks, so that what a hook wrote on the rows themselves is in the answer
    const rows = await m.getRepository(subject.entity).findBy({ id: In(ids) } as never);
    return refs.map((r) => rows.find((x) => x.id === r.id)!);
  }
}
