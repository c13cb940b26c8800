import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { notFound } from '../../common/errors/domain-error';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { VersionedRefInput } from '../../common/inputs';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { DepartmentEntity } from '../../data/department.entity';
import { GroupEntity } from '../../data/group.entity';
import { MemberEntity } from '../../data/member.entity';
import { ArticleEntity } from '../../data/article.entity';
import { CreateProjectInput, SetAssignmentsInput, WithdrawProjectInput, UpdateProjectInput } from './project.input';
import { ProjectEntity } from '../../data/project.entity';
import { ProjectsService } from './projects.service';

@Resolver(() => ProjectEntity)
export class ProjectsResolver {
  constructor(private readonly projects: ProjectsService) {}

  @Query(() => ProjectEntity, { description: 'One project of a cycle (every signed-in user reads the set-up).' })
  async project(@Args('id', { type: () => ID }, UuidPipe) id: string, @Loaders() l: RequestLoaders) {
    const project = await l.projectById.load(id);
    if (!project) throw notFound('project');
    return project;
  }

  @ResolveField(() => ArticleEntity)
  article(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    return l.articleById.load(p.articleId);
  }

  @ResolveField(() => DepartmentEntity, { nullable: true })
  department(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    return p.departmentId ? l.departmentById.load(p.departmentId) : null;
  }

  @ResolveField(() => GroupEntity, { nullable: true })
  group(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    return p.groupId ? l.groupById.load(p.groupId) : null;
  }

  @ResolveField(() => [ProjectEntity], { description: 'Projects verified together with this entry.' })
  relatedProjects(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    return l.relatedProjectsByLead.load(p.id);
  }

  @ResolveField(() => [MemberEntity], { description: '検証担当委員' })
  async assignedMembers(@Parent() p: ProjectEntity, @Loaders() l: RequestLoaders) {
    const assignments = await l.assignmentsByProject.load(p.id);
    const members = await l.memberById.loadMany(assignments.map((a) => a.memberId));
    return members.filter((x): x is MemberEntity => x instanceof MemberEntity).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity)
  createProject(@CurrentUser() actor: Actor, @Args('input') input: CreateProjectInput) {
    return this.projects.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity)
  updateProject(@CurrentUser() actor: Actor, @Args('input') input: UpdateProjectInput) {
    return this.projects.update(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity)
  deleteProject(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.projects.delete(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity, { description: 'Withdraw an entry from the cycle’s verification, keeping its data, with a reason.' })
  withdrawProject(@CurrentUser() actor: Actor, @Args('input') input: WithdrawProjectInput) {
    return this.projects.withdraw(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity, { description: 'Put a withdrawn entry back into the verification.' })
  reinstateProject(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.projects.reinstate(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ProjectEntity, { description: 'Set the members assigned to verify an entry (検証担当委員).' })
  setProjectAssignments(@CurrentUser() actor: Actor, @Args('input') input: SetAssignmentsInput) {
    return this.projects.setAssignments(actor, input);
  }
}
