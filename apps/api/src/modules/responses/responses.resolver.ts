import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canReadCouncilOpinion, circledNumber } from '@kensho/domain';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { VersionedRefInput } from '../../common/inputs';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { CycleEntity } from '../../data/cycle.entity';
import { CouncilOpinionEntity } from '../../data/council-opinion.entity';
import { ProjectEntity } from '../../data/project.entity';
import { TagEntity } from '../../data/tag.entity';
import { CreateResponseInput, ResponseFilterInput, ResponsesTransitionInput, ResponseTransitionInput, UpdateResponseInput } from './response.input';
import { ResponseAction, ResponsePermissions, ResponseProgress, ResponseTransition, ResponseVersion } from './response.model';
import { ResponseEntity } from '../../data/response.entity';
import { ResponsesService } from './responses.service';

/** The printed numbers of the opinions answered, as in the seed: ①・②. */
const marksOf = (opinions: Array<{ position: number }>) => opinions.map((o) => circledNumber(o.position)).join('・');

const tagsOf = async (ids: string[], l: RequestLoaders) => (await l.tagById.loadMany(ids)).filter((t): t is TagEntity => t instanceof TagEntity);

@Resolver(() => ResponseEntity)
export class ResponsesResolver {
  constructor(private readonly service: ResponsesService) {}

  @Query(() => [ResponseEntity], {
    description: 'The approval queue: a cycle’s responses the caller may read (drafts only to their department and the secretariat), by entry and opinion number.',
  })
  responses(@CurrentUser() actor: Actor, @Args('filter') filter: ResponseFilterInput) {
    return this.service.list(actor, filter);
  }

  @Query(() => ResponseEntity, { description: 'One response; NOT_FOUND for a draft of another department.' })
  response(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Loaders() l: RequestLoaders) {
    return this.service.get(actor, id, l);
  }

  @ResolveField(() => ProjectEntity)
  async project(@Parent() r: ResponseEntity, @Loaders() l: RequestLoaders) {
    return (await l.projectById.load(r.projectId))!;
  }

  @ResolveField(() => [CouncilOpinionEntity], { description: 'The council opinions it answers, in their order.' })
  councilOpinions(@Parent() r: ResponseEntity, @Loaders() l: RequestLoaders) {
    return this.service.councilOpinions(r, l);
  }

  @ResolveField(() => String, { description: 'The numbers of the opinions it answers, as printed: ①・②.' })
  async marks(@Parent() r: ResponseEntity, @Loaders() l: RequestLoaders) {
    return marksOf(await this.service.councilOpinions(r, l));
  }

  @ResolveField(() => [TagEntity])
  tags(@Parent() r: ResponseEntity, @Loaders() l: RequestLoaders) {
    return tagsOf(r.tagIds, l);
  }

  @ResolveField(() => String, { nullable: true })
  updatedByName(@Parent() r: ResponseEntity, @Loaders() l: RequestLoaders) {
    return r.updatedById ? l.userNameById.load(r.updatedById) : null;
  }

  @ResolveField(() => [ResponseAction], { description: 'What the caller may do with the response now.' })
  async availableActions(@Parent() r: ResponseEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [project, cycle] = await Promise.all([l.projectById.load(r.projectId), l.cycleById.load(r.cycleId)]);
    return this.service.availableActions(actor, r, project!, cycle!.phase);
  }

  @ResolveField(() => ResponsePermissions, { description: 'What the caller may do besides the transitions: edit, delete, read the history.' })
  async permissions(@Parent() r: ResponseEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [project, cycle] = await Promise.all([l.projectById.load(r.projectId), l.cycleById.load(r.cycleId)]);
    return this.service.permissions(actor, r, project!, cycle!.phase);
  }

  @ResolveField(() => [ResponseVersion], { description: 'Every version, newest first (only the current one outside its department and the secretariat).' })
  async revisions(@Parent() r: ResponseEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.versions(actor, r, (await l.projectById.load(r.projectId))!, l);
  }

  @ResolveField(() => ResponseVersion, {
    nullable: true,
    description: 'The version the secretariat last returned or reopened: review a resubmission as a diff against it (its department and the secretariat only).',
  })
  async returned(@Parent() r: ResponseEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.returned(actor, r, (await l.projectById.load(r.projectId))!, l);
  }

  @ResolveField(() => [ResponseTransition], { description: 'The transitions; their comments only to its department and the secretariat.' })
  async transitions(@Parent() r: ResponseEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.transitions(actor, r, (await l.projectById.load(r.projectId))!, l);
  }

  @Allow('DEPARTMENT_STAFF')
  @Mutation(() => ResponseEntity, { description: 'Draft a response of the entry’s department to one or more of its confirmed council opinions.' })
  createResponse(@CurrentUser() actor: Actor, @Args('input') input: CreateResponseInput) {
    return this.service.create(actor, input);
  }

  @Allow('DEPARTMENT_STAFF')
  @Mutation(() => ResponseEntity, { description: 'Save the draft (its department, DRAFT or RETURNED); keeps the version it replaces.' })
  updateResponse(@CurrentUser() actor: Actor, @Args('input') input: UpdateResponseInput) {
    return this.service.update(actor, input);
  }

  @Allow('DEPARTMENT_STAFF')
  @Mutation(() => ResponseEntity, { description: 'Delete a draft never submitted.' })
  deleteResponse(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }

  @Mutation(() => ResponseEntity)
  submitResponse(@CurrentUser() actor: Actor, @Args('input') input: ResponseTransitionInput) {
    return this.service.transition(actor, 'SUBMIT', input);
  }

  @Mutation(() => [ResponseEntity], { description: 'Submit several responses at once (all or none).' })
  submitResponses(@CurrentUser() actor: Actor, @Args('input') input: ResponsesTransitionInput) {
    return this.service.transitionMany(actor, 'SUBMIT', input);
  }

  @Mutation(() => ResponseEntity, { description: 'Return the response to its department; a comment is required.' })
  returnResponse(@CurrentUser() actor: Actor, @Args('input') input: ResponseTransitionInput) {
    return this.service.transition(actor, 'RETURN', input);
  }

  @Mutation(() => ResponseEntity)
  approveResponse(@CurrentUser() actor: Actor, @Args('input') input: ResponseTransitionInput) {
    return this.service.transition(actor, 'APPROVE', input);
  }

  @Mutation(() => [ResponseEntity], { description: 'Approve several responses at once (all or none).' })
  approveResponses(@CurrentUser() actor: Actor, @Args('input') input: ResponsesTransitionInput) {
    return this.service.transitionMany(actor, 'APPROVE', input);
  }

  @Mutation(() => ResponseEntity, { description: 'Reopen an approved response for changes; a reason is required and shows in the history.' })
  reopenResponse(@CurrentUser() actor: Actor, @Args('input') input: ResponseTransitionInput) {
    return this.service.transition(actor, 'REOPEN', input);
  }
}

@Resolver(() => ResponseVersion)
export class ResponseVersionResolver {
  constructor(private readonly service: ResponsesService) {}

  @ResolveField(() => [TagEntity])
  tags(@Parent() v: ResponseVersion, @Loaders() l: RequestLoaders) {
    return tagsOf(v.tagIds, l);
  }

  @ResolveField(() => [CouncilOpinionEntity], { description: 'The council opinions it answered in this version.' })
  councilOpinions(@Parent() v: ResponseVersion, @Loaders() l: RequestLoaders) {
    return this.service.opinionsByIds(v.councilOpinionIds, l);
  }

  @ResolveField(() => String, { description: 'Their numbers, as printed: ①・②.' })
  async marks(@Parent() v: ResponseVersion, @Loaders() l: RequestLoaders) {
    return marksOf(await this.service.opinionsByIds(v.councilOpinionIds, l));
  }
}

/** The Action step's fields on an entry (the feature adds them; projects know nothing of responses). */
@Resolver(() => ProjectEntity)
export class ProjectResponsesResolver {
  constructor(private readonly service: ResponsesService) {}

  @ResolveField(() => [ResponseEntity], { description: '対応: the entry’s responses the caller may read, in the order of the opinions they answer.' })
  responses(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.ofProject(actor, p, l);
  }

  @ResolveField(() => Boolean, { description: 'The caller may draft a new response on the entry now (its department, while the cycle is in Check or Action).' })
  async canDraftResponse(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.canDraft(actor, p, (await l.cycleById.load(p.cycleId))!.phase);
  }

  @ResolveField(() => ResponseProgress, { description: 'The entry’s confirmed council opinions: answered, submitted, approved (as the caller sees the responses).' })
  async responseProgress(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.progress(actor, await l.opinionAnswersByProject.load(p.id));
  }
}

/** The Action step's fields on a cycle. */
@Resolver(() => CycleEntity)
export class CycleResponsesResolver {
  constructor(private readonly service: ResponsesService) {}

  @ResolveField(() => ResponseProgress, { description: 'The cycle’s confirmed council opinions: answered, submitted, approved (as the caller sees the responses).' })
  async responseProgress(@Parent() c: CycleEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.progress(actor, await l.opinionAnswersByCycle.load(c.id));
  }

  @ResolveField(() => [CouncilOpinionEntity], {
    description: 'Confirmed council opinions without a response the caller may read (all of them must have an approved one before publishing), in the summary table’s order.',
  })
  unansweredCouncilOpinions(@Parent() c: CycleEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.service.unanswered(actor, c.id, l);
  }
}

/** The response beside each council opinion (the grid and the entry's Check / Action page). */
@Resolver(() => CouncilOpinionEntity)
export class CouncilOpinionResponseResolver {
  constructor(private readonly service: ResponsesService) {}

  @ResolveField(() => ResponseEntity, { nullable: true, description: 'The response that answers it, when there is one the caller may read.' })
  response(@Parent() c: CouncilOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return canReadCouncilOpinion(actor.role, c.state) ? this.service.ofCouncilOpinion(actor, c, l) : null;
  }
}
