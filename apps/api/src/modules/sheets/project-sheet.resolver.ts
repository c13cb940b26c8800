import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canReadSheet } from '@kensho/domain';
import type { Actor } from '../../common/auth/actor';
import { CurrentUser } from '../../common/auth/decorators';
import { SheetStateEnum } from '../../common/graphql-enums';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { CycleEntity } from '../../data/cycle.entity';
import { ProjectEntity } from '../../data/project.entity';
import { SheetStateCount } from './sheet.model';
import { SheetsService } from './sheets.service';
import { SheetEntity } from '../../data/sheet.entity';

/** The Do step's field on an entry: its sheet, so a screen about an entry reads it in the same query. */
@Resolver(() => ProjectEntity)
export class ProjectSheetResolver {
  @ResolveField(() => SheetEntity, {
    nullable: true,
    description: 'The entry’s verification sheet, when the caller may read it (null otherwise, and for a related project).',
  })
  async sheet(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [sheet] = await l.sheetsByProject.load(p.id);
    if (!sheet) return null;
    const ownDepartment = !!actor.departmentId && p.departmentId === actor.departmentId;
    return canReadSheet(actor.role, sheet.state, ownDepartment) ? sheet : null;
  }

  @ResolveField(() => SheetStateEnum, {
    nullable: true,
    description: 'The state of the entry’s sheet, for every reader (a sheet’s existence and state are not secret); null for a related project, which has none.',
  })
  async sheetState(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    const [sheet] = await l.sheetsByProject.load(p.id);
    return sheet?.state ?? null;
  }
}

/** The Do step's field on a cycle: how many sheets are in each state (the feature adds it; cycles know nothing of sheets). */
@Resolver(() => CycleEntity)
export class CycleSheetsResolver {
  constructor(private readonly sheets: SheetsService) {}

  @ResolveField(() => [SheetStateCount], { description: 'How many verification sheets are in each state.' })
  sheetProgress(@Parent() c: CycleEntity, @Loaders() l: RequestLoaders) {
    return this.sheets.progress(c.id, l);
  }
}
