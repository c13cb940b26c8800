import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isSetupLocked, SETUP_EDITORS } from '@kensho/domain';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { GroupEntity } from '../../data/group.entity';
import { ArticleEntity } from '../../data/article.entity';
import { ProjectEntity } from '../../data/project.entity';
import { TagEntity } from '../../data/tag.entity';
import { CycleEntity } from '../../data/cycle.entity';
import { AdvanceCycleInput, CreateCycleInput, UpdateCycleInput } from './cycle.input';
import { CycleAction, CycleTransition } from './cycle.model';
import { CyclesService } from './cycles.service';

@Resolver(() => CycleEntity)
export class CyclesResolver {
  constructor(private readonly service: CyclesService) {}

  @Query(() => [CycleEntity], { description: '検証サイクル（年度）の一覧、新しい順' })
  cycles() {
    return this.service.list();
  }

  @Query(() => CycleEntity)
  cycle(@Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => [ArticleEntity], { description: 'The articles of the cycle’s ordinance.' })
  articles(@Parent() c: CycleEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.articlesByOrdinance.load(c.ordinanceId);
  }

  @ResolveField(() => [ProjectEntity], { description: 'Every project verified in the cycle, in summary-table order.' })
  projects(@Parent() c: CycleEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.projectsByCycle.load(c.id);
  }

  @ResolveField(() => [GroupEntity])
  groups(@Parent() c: CycleEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.groupsByCycle.load(c.id);
  }

  @ResolveField(() => [TagEntity], { description: 'The secretariat’s tags of the cycle, with their legends.' })
  tags(@Parent() c: CycleEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.tagsByCycle.load(c.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change the set-up (entries, groups, members, assignments) now.' })
  canEditSetup(@Parent() c: CycleEntity, @CurrentUser() actor: Actor) {
    return SETUP_EDITORS.includes(actor.role) && !isSetupLocked(c.phase);
  }

  @ResolveField(() => [CycleAction])
  availableActions(@Parent() c: CycleEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.availableActions(actor, c, l);
  }

  @ResolveField(() => [CycleTransition])
  transitions(@Parent() c: CycleEntity, @Loaders() l: RequestLoaders) {
    return this.service.transitions(c, l);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => CycleEntity)
  createCycle(@CurrentUser() actor: Actor, @Args('input') input: CreateCycleInput) {
    return this.service.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => CycleEntity)
  updateCycle(@CurrentUser() actor: Actor, @Args('input') input: UpdateCycleInput) {
    return this.service.update(actor, input);
  }

  /** Who may fire which event is the workflow table's rule (libs/domain), enforced in the service. */
  @Mutation(() => CycleEntity, { description: 'Move the cycle to its next phase (checks the preconditions).' })
  advanceCycle(@CurrentUser() actor: Actor, @Args('input') input: AdvanceCycleInput) {
    return this.service.advance(actor, input);
  }
}
