import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canReadCouncilOpinion, canReadCouncilOpinionRevisions, circledNumber } from '@kensho/domain';
import { DataSource, IsNull } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { VersionedRefInput } from '../../common/inputs';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { AssignmentEntity } from '../../data/assignment.entity';
import { MemberEntity } from '../../data/member.entity';
import { ProjectEntity } from '../../data/project.entity';
import { TagEntity } from '../../data/tag.entity';
import { CouncilOpinionEntity } from '../../data/council-opinion.entity';
import { CouncilOpinionsService } from './council-opinions.service';
import { MemberOpinionEntity } from '../../data/member-opinion.entity';
import { MemberOpinionsService } from './member-opinions.service';
import { OpinionProgressService } from './opinion-progress.service';
import {
  ConfirmCouncilOpinionsInput,
  CreateCouncilOpinionInput,
  CreateMemberOpinionInput,
  MemberOpinionTransitionInput,
  MergeCouncilOpinionsInput,
  NoteMemberOpinionsInput,
  ReopenCouncilOpinionInput,
  ReorderCouncilOpinionsInput,
  SplitCouncilOpinionInput,
  UpdateCouncilOpinionInput,
  UpdateMemberOpinionInput,
} from './opinion.input';
import { CouncilOpinionAction, CouncilOpinionRevision, CouncilOpinionTransition, CouncilOpinionUse, EntryOpinionProgress, MemberOpinionAction, MemberOpinionTransition } from './opinion.model';

/** The Check step's fields on an entry. */
@Resolver(() => ProjectEntity)
export class ProjectOpinionsResolver {
  constructor(private readonly members: MemberOpinionsService) {}

  @ResolveField(() => [MemberOpinionEntity], { description: '検証意見 the caller may read (drafts only to their author).' })
  memberOpinions(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return this.members.visible(actor, p, l);
  }

  @ResolveField(() => [CouncilOpinionEntity], { description: '主な検証意見, numbered; drafts only for the secretariat.' })
  async councilOpinions(@Parent() p: ProjectEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const rows = await l.councilOpinionsByProject.load(p.id);
    return rows.filter((r) => canReadCouncilOpinion(actor.role, r.state));
  }
}

@Resolver(() => MemberOpinionEntity)
export class MemberOpinionsResolver {
  constructor(
    private readonly service: MemberOpinionsService,
    private readonly progress: OpinionProgressService,
    private readonly db: DataSource,
  ) {}

  @Allow('COMMITTEE_MEMBER')
  @Query(() => [ProjectEntity], { description: 'The caller’s to-do list: the entries assigned to them in a cycle.' })
  async myAssignedEntries(@CurrentUser() actor: Actor, @Args('cycleId', { type: () => ID }, UuidPipe) cycleId: string) {
    const rows = await this.db.getRepository(AssignmentEntity).findBy({ cycleId, memberId: actor.memberId ?? '' });
    // an entry withdrawn from the verification is nobody's to-do
    return rows.length ? this.db.getRepository(ProjectEntity).find({ where: rows.map((r) => ({ id: r.projectId, withdrawnAt: IsNull() })), order: { sortOrder: 'ASC' } }) : [];
  }

  @Allow('SECRETARIAT')
  @Query(() => [EntryOpinionProgress], { description: 'Per entry: opinions submitted by the assigned members, late ones, council opinions.' })
  opinionProgress(@Args('cycleId', { type: () => ID }, UuidPipe) cycleId: string) {
    return this.progress.progress(cycleId);
  }

  @ResolveField(() => MemberEntity)
  async author(@Parent() o: MemberOpinionEntity, @Loaders() l: RequestLoaders) {
    return (await l.memberById.load(o.memberId))!;
  }

  @ResolveField(() => ProjectEntity)
  async project(@Parent() o: MemberOpinionEntity, @Loaders() l: RequestLoaders) {
    return (await l.projectById.load(o.projectId))!;
  }

  @ResolveField(() => [CouncilOpinionUse], { description: 'The council opinions this opinion went into, with their wording (drafts only for the secretariat).' })
  async usedIn(@Parent() o: MemberOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const rows = await l.councilOpinionsByMemberOpinion.load(o.id);
    return rows
      .filter((c) => canReadCouncilOpinion(actor.role, c.state))
      .map((c) => ({ id: c.id, position: c.position, mark: circledNumber(c.position), text: c.text, state: c.state }));
  }

  @ResolveField(() => [MemberOpinionTransition], { description: 'Its transitions (submitted, adopted, noted), oldest first.' })
  transitions(@Parent() o: MemberOpinionEntity, @Loaders() l: RequestLoaders) {
    return l.memberOpinionTransitions.load(o.id);
  }

  @ResolveField(() => [MemberOpinionAction])
  async availableActions(@Parent() o: MemberOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const [cycle, uses] = await Promise.all([l.cycleById.load(o.cycleId), l.councilOpinionsByMemberOpinion.load(o.id)]);
    return this.service.availableActions(actor, o, cycle!.phase, uses.length);
  }

  @ResolveField(() => Boolean, { description: 'The caller may edit or delete it now (author, draft, Check).' })
  async canEdit(@Parent() o: MemberOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const cycle = await l.cycleById.load(o.cycleId);
    return o.memberId === actor.memberId && o.state === 'DRAFT' && cycle!.phase === 'CHECK';
  }

  @Mutation(() => MemberOpinionEntity)
  createMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: CreateMemberOpinionInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => MemberOpinionEntity)
  updateMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: UpdateMemberOpinionInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => MemberOpinionEntity)
  deleteMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }

  @Mutation(() => MemberOpinionEntity)
  submitMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: MemberOpinionTransitionInput) {
    return this.service.transition(actor, 'SUBMIT', input);
  }

  @Mutation(() => MemberOpinionEntity)
  adoptMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: MemberOpinionTransitionInput) {
    return this.service.transition(actor, 'ADOPT', input);
  }

  @Mutation(() => MemberOpinionEntity)
  noteMemberOpinion(@CurrentUser() actor: Actor, @Args('input') input: MemberOpinionTransitionInput) {
    return this.service.transition(actor, 'NOTE', input);
  }

  @Mutation(() => [MemberOpinionEntity], { description: 'Notes a set of submitted opinions at once (those no council opinion used).' })
  noteMemberOpinions(@CurrentUser() actor: Actor, @Args('input') input: NoteMemberOpinionsInput) {
    return this.service.noteMany(actor, input.opinions);
  }
}

@Resolver(() => CouncilOpinionEntity)
export class CouncilOpinionsResolver {
  constructor(private readonly service: CouncilOpinionsService) {}

  @ResolveField(() => String, { description: 'The printed number: ①②③…' })
  mark(@Parent() c: CouncilOpinionEntity) {
    return circledNumber(c.position);
  }

  @ResolveField(() => [TagEntity])
  async tags(@Parent() c: CouncilOpinionEntity, @Loaders() l: RequestLoaders) {
    const tags = await l.tagById.loadMany(c.tagIds);
    return tags.filter((t): t is TagEntity => t instanceof TagEntity);
  }

  @ResolveField(() => [MemberOpinionEntity], { description: 'The member opinions it was drawn from (secretariat only).' })
  async sources(@Parent() c: CouncilOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return actor.role === 'SECRETARIAT' ? l.memberOpinionsByCouncilOpinion.load(c.id) : [];
  }

  @ResolveField(() => [CouncilOpinionTransition], {
    description: 'Its confirmations and reopenings, oldest first; the comment (the meeting, a reopening’s reason) only to the secretariat.',
  })
  async transitions(@Parent() c: CouncilOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const rows = await l.councilOpinionTransitions.load(c.id);
    const history = canReadCouncilOpinionRevisions(actor.role);
    return rows.map((r) => ({ ...r, comment: history ? r.comment : null }));
  }

  @ResolveField(() => [CouncilOpinionAction])
  async availableActions(@Parent() c: CouncilOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    const cycle = await l.cycleById.load(c.cycleId);
    return this.service.availableActions(actor, c, cycle!.phase);
  }

  @ResolveField(() => [CouncilOpinionRevision], { description: 'Earlier wordings, newest first (the secretariat’s drafts: empty for everyone else).' })
  async revisions(@Parent() c: CouncilOpinionEntity, @CurrentUser() actor: Actor, @Loaders() l: RequestLoaders) {
    return canReadCouncilOpinionRevisions(actor.role) ? l.councilOpinionRevisions.load(c.id) : [];
  }

  @Allow('SECRETARIAT')
  @Mutation(() => CouncilOpinionEntity, { description: 'Create a council opinion, from member opinions or from scratch.' })
  createCouncilOpinion(@CurrentUser() actor: Actor, @Args('input') input: CreateCouncilOpinionInput) {
    return this.service.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => CouncilOpinionEntity)
  updateCouncilOpinion(@CurrentUser() actor: Actor, @Args('input') input: UpdateCouncilOpinionInput) {
    return this.service.update(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => [CouncilOpinionEntity], { description: 'Merge into the first; returns the entry’s opinions, renumbered.' })
  mergeCouncilOpinions(@CurrentUser() actor: Actor, @Args('input') input: MergeCouncilOpinionsInput) {
    return this.service.merge(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => [CouncilOpinionEntity])
  splitCouncilOpinion(@CurrentUser() actor: Actor, @Args('input') input: SplitCouncilOpinionInput) {
    return this.service.split(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => [CouncilOpinionEntity])
  reorderCouncilOpinions(@CurrentUser() actor: Actor, @Args('input') input: ReorderCouncilOpinionsInput) {
    return this.service.reorder(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => [CouncilOpinionEntity], { description: 'Delete a draft; returns the entry’s opinions, renumbered.' })
  deleteCouncilOpinion(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }

  @Mutation(() => [CouncilOpinionEntity], { description: 'Confirm opinions (a meeting or written deliberation).' })
  confirmCouncilOpinions(@CurrentUser() actor: Actor, @Args('input') input: ConfirmCouncilOpinionsInput) {
    return this.service.confirm(actor, input);
  }

  @Mutation(() => CouncilOpinionEntity, { description: 'Reopen a confirmed opinion; a reason is required.' })
  reopenCouncilOpinion(@CurrentUser() actor: Actor, @Args('input') input: ReopenCouncilOpinionInput) {
    return this.service.reopen(actor, input);
  }
}
