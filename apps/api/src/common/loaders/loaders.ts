import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { DepartmentEntity } from '../../modules/departments/department.entity';
import { AssignmentEntity } from '../../modules/groups/assignment.entity';
import { GroupMemberEntity } from '../../modules/groups/group-member.entity';
import { GroupEntity } from '../../modules/groups/group.entity';
import { MemberEntity } from '../../modules/members/member.entity';
import { ArticleEntity } from '../../modules/ordinance/article.entity';
import { CycleEntity } from '../../modules/cycles/cycle.entity';
import { CouncilOpinionEntity } from '../../modules/opinions/council-opinion.entity';
import { MemberOpinionEntity } from '../../modules/opinions/member-opinion.entity';
import type { CouncilOpinionRevision } from '../../modules/opinions/opinion.model';
import { ProjectEntity } from '../../modules/projects/project.entity';
import { SheetEntity } from '../../modules/sheets/sheet.entity';
import { TagEntity } from '../../modules/sheets/tag.entity';
import { UserEntity } from '../../modules/users/user.entity';

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
    councilOpinionRevisions: new DataLoader<string, CouncilOpinionRevision[]>(async (ids) => {
      const rows: Array<CouncilOpinionRevision & { councilOpinionId: string }> = await db.query(
        `SELECT r."councilOpinionId", r.version, r.text, r."savedAt", u."displayName" AS "savedByName"
           FROM council_opinion_revision r LEFT JOIN app_user u ON u.id = r."savedById"
          WHERE r."councilOpinionId" = ANY($1) ORDER BY r.version DESC`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.councilOpinionId === id));
    }),
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

/** The request's loaders, from the GraphQL context. */
export const Loaders = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestLoaders => GqlExecutionContext.create(ctx).getContext().loaders,
);
