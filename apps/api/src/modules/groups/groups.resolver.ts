import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { VersionedRefInput } from '../../common/inputs';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { MemberEntity } from '../../data/member.entity';
import { ProjectEntity } from '../../data/project.entity';
import { CreateGroupInput, SetGroupMembersInput, UpdateGroupInput } from './group.input';
import { GroupEntity } from '../../data/group.entity';
import { GroupsService } from './groups.service';

@Resolver(() => GroupEntity)
export class GroupsResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => [MemberEntity])
  async members(@Parent() g: GroupEntity, @Loaders() l: RequestLoaders) {
    const rows = await l.groupMembersByGroup.load(g.id);
    const members = await l.memberById.loadMany(rows.map((r) => r.memberId));
    return members.filter((x): x is MemberEntity => x instanceof MemberEntity).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  @ResolveField(() => [ProjectEntity])
  projects(@Parent() g: GroupEntity, @Loaders() l: RequestLoaders) {
    return l.projectsByGroup.load(g.id);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => GroupEntity)
  createGroup(@CurrentUser() actor: Actor, @Args('input') input: CreateGroupInput) {
    return this.groups.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => GroupEntity)
  updateGroup(@CurrentUser() actor: Actor, @Args('input') input: UpdateGroupInput) {
    return this.groups.update(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => GroupEntity)
  deleteGroup(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.groups.delete(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => GroupEntity, { description: 'Set the members of a group (班).' })
  setGroupMembers(@CurrentUser() actor: Actor, @Args('input') input: SetGroupMembersInput) {
    return this.groups.setMembers(actor, input);
  }
}
