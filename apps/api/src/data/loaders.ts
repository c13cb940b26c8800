import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { CycleFacts, ResponseCategory, ResponseState } from '@kensho/domain';
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { AssignmentEntity } from './assignment.entity';
import { GroupMemberEntity } from './group-member.entity';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { ArticleEntity } from './article.entity';
import { CycleEntity } from './cycle.entity';
import { cycleFacts } from './cycle-facts';
import { CouncilOpinionEntity } from './council-opinion.entity';
import { MemberOpinionEntity } from './member-opinion.entity';
import { ResponseEntity } from './response.entity';
import type { SheetContent } from './sheet-content.model';
import { ProjectEntity } from './project.entity';
import { SheetEntity } from './sheet.entity';
import { TagEntity } from './tag.entity';
import { UserEntity } from './user.entity';

/**
 * Per-request DataLoaders (STYLE.md item 8): every relation field of the schema goes through one of
 * these, so a query costs one SQL statement per field whatever the number of rows it returns.
 */
export function createLoaders(db: DataSource) {
  const byId = <T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });

  /** Rows grouped by a key column, in the given order. */
  const manyBy = <T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string, order: Record<string, 'ASC' | 'DESC'>) =>
    new DataLoader<string, T[]>(async (keys) => {
      const rows = await db.getRepository(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never });
      return keys.map((k) => rows.filter((r) => r[column] === k));
    });

  /** The rows of one statement over all the keys (`$1`, an array), grouped by `key`, in the statement's order. */
  const grouped = <R extends object>(key: keyof R & string, sql: string) =>
    new DataLoader<string, R[]>(async (keys) => {
      const rows: R[] = await db.query(sql, [[...keys]]);
      const byKey = new Map<string, R[]>();
      for (const row of rows) {
        const k = row[key] as unknown as string;
        if (!byKey.has(k)) byKey.set(k, []);
        byKey.get(k)!.push(row);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    });

  /** The recorded state changes of one kind of subject (sheet, cycle, …), oldest first, with who made them. */
  const transitionsOf = (subjectType: 'sheet' | 'cycle' | 'response' | 'member_opinion' | 'council_opinion') =>
    grouped<TransitionRow>(
      'subjectId',
      `SELECT t."subjectId", t.id, t.event, t."fromState", t."toState", u."displayName" AS "actorName", t.comment, t.overridden, t.at
         FROM workflow_transition t LEFT JOIN app_user u ON u.id = t."actorId"
        WHERE t."subjectType" = '${subjectType}' AND t."subjectId" = ANY($1) ORDER BY t.at`,
    );

  return {
    departmentById: byId(DepartmentEntity),
    memberById: byId(MemberEntity),
    groupById: byId(GroupEntity),
    articleById: byId(ArticleEntity),
    projectById: byId(ProjectEntity),
    cycleById: byId(CycleEntity),
    tagById: byId(TagEntity),
    tagsByCycle: manyBy(TagEntity, 'cycleId', { mark: 'ASC' }),
    /** An entry's verification sheet (one per entry and cycle; a list for the loader's shape). */
    sheetsByProject: manyBy(SheetEntity, 'projectId', { createdAt: 'ASC' }),
    /** Display names only (never the password hash). */
    userNameById: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db.getRepository(UserEntity).find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r.displayName]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    articlesByOrdinance: manyBy(ArticleEntity, 'ordinanceId', { number: 'ASC' }),
    projectsByCycle: manyBy(ProjectEntity, 'cycleId', { sortOrder: 'ASC', page: 'ASC' }),
    projectsByGroup: manyBy(ProjectEntity, 'groupId', { sortOrder: 'ASC' }),
    relatedProjectsByLead: manyBy(ProjectEntity, 'verifiedWithId', { sortOrder: 'ASC' }),
    groupsByCycle: manyBy(GroupEntity, 'cycleId', { sortOrder: 'ASC', name: 'ASC' }),
    /** The member ids assigned to each project (検証担当委員); members themselves come through memberById. */
    assignmentsByProject: manyBy(AssignmentEntity, 'projectId', { createdAt: 'ASC' }),
    /** The member ids of each group. */
    groupMembersByGroup: manyBy(GroupMemberEntity, 'groupId', { createdAt: 'ASC' }),
    /** The groups a member belongs to (one per cycle). */
    groupIdsOfMember: new DataLoader<string, string[]>(async (memberIds) => {
      const rows = await db.getRepository(GroupMemberEntity).findBy({ memberId: In([...memberIds]) });
      return memberIds.map((id) => rows.filter((r) => r.memberId === id).map((r) => r.groupId));
    }),
    memberOpinionsByProject: manyBy(MemberOpinionEntity, 'projectId', { createdAt: 'ASC' }),
    councilOpinionsByProject: manyBy(CouncilOpinionEntity, 'projectId', { position: 'ASC' }),
    /** The council opinions each member opinion went into. */
    councilOpinionsByMemberOpinion: new DataLoader<string, CouncilOpinionEntity[]>(async (ids) => {
      const rows: Array<CouncilOpinionEntity & { memberOpinionId: string }> = await db.query(
        `SELECT c.*, s."memberOpinionId" FROM council_opinion_source s JOIN council_opinion c ON c.id = s."councilOpinionId"
          WHERE s."memberOpinionId" = ANY($1) ORDER BY c.position`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.memberOpinionId === id));
    }),
    /** Earlier wordings of each council opinion, newest first, with who saved them. */
    councilOpinionRevisions: new DataLoader<string, CouncilOpinionRevisionRow[]>(async (ids) => {
      const rows: Array<CouncilOpinionRevisionRow & { councilOpinionId: string }> = await db.query(
        `SELECT r."councilOpinionId", r.version, r.text, r."savedAt", u."displayName" AS "savedByName"
           FROM council_opinion_revision r LEFT JOIN app_user u ON u.id = r."savedById"
          WHERE r."councilOpinionId" = ANY($1) ORDER BY r.version DESC`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.councilOpinionId === id));
    }),
    /** The versions each sheet's saves replaced, newest first, with who saved them. */
    sheetRevisions: grouped<{ sheetId: string; version: number; savedAt: Date; savedByName: string | null }>(
      'sheetId',
      `SELECT r."sheetId", r.version, r."savedAt", u."displayName" AS "savedByName"
         FROM sheet_revision r LEFT JOIN app_user u ON u.id = r."savedById"
        WHERE r."sheetId" = ANY($1) ORDER BY r.version DESC`,
    ),
    /** The content of a replaced version of a sheet (null when there is no such version). */
    sheetRevisionContent: new DataLoader<{ sheetId: string; version: number }, SheetContent | null, string>(
      async (keys) => {
        const rows: Array<{ sheetId: string; version: number; content: SheetContent }> = await db.query(
          `SELECT r."sheetId", r.version, r.content FROM sheet_revision r
             JOIN unnest($1::uuid[], $2::int[]) AS k("sheetId", version) ON k."sheetId" = r."sheetId" AND k.version = r.version`,
          [keys.map((k) => k.sheetId), keys.map((k) => k.version)],
        );
        const byKey = new Map(rows.map((r) => [`${r.sheetId}:${r.version}`, r.content]));
        return keys.map((k) => byKey.get(`${k.sheetId}:${k.version}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.sheetId}:${k.version}` },
    ),
    sheetTransitions: transitionsOf('sheet'),
    cycleTransitions: transitionsOf('cycle'),
    /** The thread of each sheet between its department and the secretariat, oldest first. */
    sheetComments: grouped<SheetCommentRow & { sheetId: string }>(
      'sheetId',
      `SELECT c."sheetId", c.id, c.body, u."displayName" AS "authorName", c."createdAt"
         FROM sheet_comment c LEFT JOIN app_user u ON u.id = c."authorId"
        WHERE c."sheetId" = ANY($1) ORDER BY c."createdAt"`,
    ),
    /** Each sheet's attachments without their bytes, oldest first. */
    sheetAttachments: grouped<SheetAttachmentRow & { sheetId: string }>(
      'sheetId',
      `SELECT a."sheetId", a.id, a."fileName", a."mimeType", a.size, a."uploadedAt", u."displayName" AS "uploadedByName"
         FROM sheet_attachment a LEFT JOIN app_user u ON u.id = a."uploadedById"
        WHERE a."sheetId" = ANY($1) ORDER BY a."uploadedAt"`,
    ),
    /** How many sheets of each cycle are in each state (states without sheets are absent). */
    sheetStateCountsByCycle: grouped<{ cycleId: string; state: string; count: number }>(
      'cycleId',
      `SELECT "cycleId", state, count(*)::int AS count FROM sheet WHERE "cycleId" = ANY($1) GROUP BY "cycleId", state`,
    ),
    /** The counts the phase machine's preconditions read, per cycle. */
    cycleFacts: new DataLoader<string, CycleFacts>(async (ids) => {
      const facts = await cycleFacts(db.manager, [...ids]);
      return ids.map((id) => facts.get(id)!);
    }),
    councilOpinionById: byId(CouncilOpinionEntity),
    responseById: byId(ResponseEntity),
    /** An entry's responses, in the order of the first opinion each answers. */
    responsesByProject: manyBy(ResponseEntity, 'projectId', { position: 'ASC' }),
    /** The council opinions each response answers, in their order (the opinions themselves come through councilOpinionById). */
    councilOpinionIdsByResponse: new DataLoader<string, string[]>(async (ids) => {
      const rows: Array<{ responseId: string; councilOpinionId: string }> = await db.query(
        `SELECT ro."responseId", ro."councilOpinionId" FROM response_opinion ro JOIN council_opinion o ON o.id = ro."councilOpinionId"
          WHERE ro."responseId" = ANY($1) ORDER BY o.position`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.responseId === id).map((r) => r.councilOpinionId));
    }),
    /** The response that answers each council opinion (at most one). */
    responseIdByCouncilOpinion: new DataLoader<string, string | null>(async (ids) => {
      const rows: Array<{ responseId: string; councilOpinionId: string }> = await db.query(
        `SELECT "responseId", "councilOpinionId" FROM response_opinion WHERE "councilOpinionId" = ANY($1)`,
        [[...ids]],
      );
      const map = new Map(rows.map((r) => [r.councilOpinionId, r.responseId]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** The versions each response's edits replaced, newest first, with who saved them. */
    responseRevisions: grouped<ResponseRevisionRow & { responseId: string }>(
      'responseId',
      `SELECT r."responseId", r.version, r.text, r.category, r."difficultyReason", r."dueDate"::text AS "dueDate", r."tagIds", r."councilOpinionIds",
              r."savedAt", u."displayName" AS "savedByName"
         FROM response_revision r LEFT JOIN app_user u ON u.id = r."savedById"
        WHERE r."responseId" = ANY($1) ORDER BY r.version DESC`,
    ),
    responseTransitions: transitionsOf('response'),
    memberOpinionTransitions: transitionsOf('member_opinion'),
    councilOpinionTransitions: transitionsOf('council_opinion'),
    /** Each confirmed council opinion of the cycles and the state of the response that answers it, in the summary table's order. */
    opinionAnswersByCycle: grouped<OpinionAnswer & { cycleId: string }>('cycleId', opinionAnswers('o."cycleId"')),
    /** The same for entries. */
    opinionAnswersByProject: grouped<OpinionAnswer>('projectId', opinionAnswers('o."projectId"')),
    /** The member opinions each council opinion was drawn from. */
    memberOpinionsByCouncilOpinion: new DataLoader<string, MemberOpinionEntity[]>(async (ids) => {
      const rows: Array<{ councilOpinionId: string; memberOpinionId: string }> = await db.query(
        `SELECT "councilOpinionId", "memberOpinionId" FROM council_opinion_source WHERE "councilOpinionId" = ANY($1)`,
        [[...ids]],
      );
      const opinions = rows.length ? await db.getRepository(MemberOpinionEntity).findBy({ id: In(rows.map((r) => r.memberOpinionId)) }) : [];
      return ids.map((id) => rows.filter((r) => r.councilOpinionId === id).map((r) => opinions.find((o) => o.id === r.memberOpinionId)!));
    }),
  };
}

export type RequestLoaders = ReturnType<typeof createLoaders>;

/** Confirmed council opinions with the state of their response (null: unanswered), for the keys in `$1` of `keyColumn`. */
function opinionAnswers(keyColumn: string): string {
  return `SELECT o."cycleId", o."projectId", o.id AS "councilOpinionId", p."departmentId", r.state AS "responseState"
            FROM council_opinion o JOIN project p ON p.id = o."projectId"
            LEFT JOIN response_opinion ro ON ro."councilOpinionId" = o.id LEFT JOIN response r ON r.id = ro."responseId"
           WHERE ${keyColumn} = ANY($1) AND o.state = 'CONFIRMED' ORDER BY p."sortOrder", o.position`;
}

/**
 * The rows the loaders read besides entities, as the GraphQL models serve them (the models, in the
 * features, are these shapes with their fields exposed; the data layer imports no feature).
 */
/** An earlier wording of a council opinion (`CouncilOpinionRevision`). */
export interface CouncilOpinionRevisionRow {
  version: number;
  text: string;
  savedAt: Date;
  savedByName: string | null;
}

/** A comment of a sheet's review thread (`SheetComment`). */
export interface SheetCommentRow {
  id: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
}

/** A sheet's attachment without its bytes (`SheetAttachment` without its URL). */
export interface SheetAttachmentRow {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedAt: Date;
  uploadedByName: string | null;
}

/** A version of a response an edit replaced (`ResponseVersion` without `current`). */
export interface ResponseRevisionRow {
  version: number;
  text: string;
  category: ResponseCategory | null;
  difficultyReason: string | null;
  dueDate: string | null;
  councilOpinionIds: string[];
  tagIds: string[];
  savedAt: Date;
  savedByName: string | null;
}

/** A confirmed council opinion and the state of the response that answers it (null: none), as the progress reads it. */
export interface OpinionAnswer {
  councilOpinionId: string;
  projectId: string;
  departmentId: string | null;
  responseState: ResponseState | null;
}

/** A row of `workflow_transition` as the history fields read it. */
export interface TransitionRow {
  subjectId: string;
  id: string;
  event: string;
  fromState: string;
  toState: string;
  actorName: string | null;
  comment: string | null;
  overridden: string[];
  at: Date;
}

/** The request's loaders, from the GraphQL context. */
export const Loaders = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestLoaders => GqlExecutionContext.create(ctx).getContext().loaders,
);
