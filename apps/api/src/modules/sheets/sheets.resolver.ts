import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { ProjectEntity } from '../../data/project.entity';
import { AddSheetCommentInput, SaveSheetInput, SetSheetTagsInput, SheetFilterInput, SheetTransitionInput } from './sheet.input';
import { SheetAction, SheetActivityModel, SheetAttachment, SheetComment, SheetRevision, SheetTransition, SheetVersionContent } from './sheet.model';
import { SheetEntity } from '../../data/sheet.entity';
import { SheetsService } from './sheets.service';
import { TagEntity } from '../../data/tag.entity';

@Resolver(() => SheetEntity)
export class SheetsResolver {
  constructor(private readonly service: SheetsService) {}

  @Query(() => [SheetEntity], { description: '施策検証シートの一覧（閲覧できるもののみ）' })
  sheets(@CurrentUser() actor: Actor, @Args('filter') filter: SheetFilterInput) {
    return this.service.list(actor, filter);
  }

  @Query(() => SheetEntity)
  sheet(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ResolveField(() => ProjectEntity)
  async project(@Parent() s: SheetEntity, @Loaders() l: RequestLoaders) {
    return (await l.projectById.load(s.projectId))!;
  }

  @ResolveField(() => [TagEntity])
  async tags(@Parent() s: SheetEntity, @Loaders() l: RequestLoaders) {
    const tags = await l.tagById.loadMany(s.tagIds);
    return tags.filter((t): t is TagEntity => t instanceof TagEntity);
  }

  @ResolveField(() => String, { nullable: true })
  updatedByName(@Parent() s: SheetEntity, @Loaders() l: RequestLoaders) {
    return s.updatedById ? l.userNameById.load(s.updatedById) : null;
  }

  @ResolveField(() => SheetActivityModel, { nullable: true, description: 'Who acted last and how: a content save, or a submission, return, acceptance or reopening.' })
  async lastActivity(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.lastActivity(actor, s, (await l.projectById.load(s.projectId))!, l);
  }

  @ResolveField(() => [SheetAction], { description: 'What the caller may do with the sheet now.' })
  async availableActions(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [project, cycle] = await Promise.all([l.projectById.load(s.projectId), l.cycleById.load(s.cycleId)]);
    return this.service.availableActions(actor, s, project!, cycle!);
  }

  @ResolveField(() => Boolean, { description: 'The caller may edit the content now.' })
  async canEdit(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [project, cycle] = await Promise.all([l.projectById.load(s.projectId), l.cycleById.load(s.cycleId)]);
    return this.service.canEdit(actor, s, project!, cycle!);
  }

  @ResolveField(() => [SheetRevision], { description: 'Every saved version, newest first (only the current one to readers outside the department and the secretariat).' })
  async revisions(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.revisions(actor, s, (await l.projectById.load(s.projectId))!, l);
  }

  @ResolveField(() => SheetVersionContent, { description: 'The content of one version; an earlier one only to the department and the secretariat.' })
  async versionContent(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders, @Args('version', { type: () => Int }) version: number) {
    return this.service.versionContent(actor, s, (await l.projectById.load(s.projectId))!, version, l);
  }

  @ResolveField(() => [SheetTransition], { description: 'The transitions; their comments only to the department and the secretariat.' })
  async transitions(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.transitions(actor, s, (await l.projectById.load(s.projectId))!, l);
  }

  @ResolveField(() => [SheetComment], { description: 'The thread between the department and the secretariat (empty for others).' })
  comments(@Parent() s: SheetEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.comments(actor, s, l);
  }

  @ResolveField(() => [SheetAttachment])
  attachments(@Parent() s: SheetEntity, @Loaders() l: RequestLoaders) {
    return this.service.attachments(s, l);
  }

  @Mutation(() => SheetEntity, { description: 'Save the draft (department staff, DRAFT or RETURNED).' })
  saveSheet(@CurrentUser() actor: Actor, @Args('input') input: SaveSheetInput) {
    return this.service.save(actor, input);
  }

  @Mutation(() => SheetEntity)
  submitSheet(@CurrentUser() actor: Actor, @Args('input') input: SheetTransitionInput) {
    return this.service.transition(actor, 'SUBMIT', input);
  }

  @Mutation(() => SheetEntity, { description: 'Return the sheet to its department; a comment is required.' })
  returnSheet(@CurrentUser() actor: Actor, @Args('input') input: SheetTransitionInput) {
    return this.service.transition(actor, 'RETURN', input);
  }

  @Mutation(() => SheetEntity)
  acceptSheet(@CurrentUser() actor: Actor, @Args('input') input: SheetTransitionInput) {
    return this.service.transition(actor, 'ACCEPT', input);
  }

  @Mutation(() => SheetEntity, { description: 'Reopen an accepted sheet for changes; a reason is required.' })
  reopenSheet(@CurrentUser() actor: Actor, @Args('input') input: SheetTransitionInput) {
    return this.service.transition(actor, 'REOPEN', input);
  }

  @Mutation(() => SheetComment)
  addSheetComment(@CurrentUser() actor: Actor, @Args('input') input: AddSheetCommentInput) {
    return this.service.addComment(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => SheetEntity)
  setSheetTags(@CurrentUser() actor: Actor, @Args('input') input: SetSheetTagsInput) {
    return this.service.setTags(actor, input);
  }
}
