import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { VersionedRefInput } from '../../common/inputs';
import { UuidPipe } from '../../common/errors/uuid.pipe';
import { BodyEntity } from '../../data/body.entity';
import { CreateMemberInput, UpdateMemberInput } from './member.input';
import { MemberEntity } from '../../data/member.entity';
import { MembersService } from './members.service';

@Resolver(() => MemberEntity)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => [BodyEntity], { description: '会議体（協議会・専門部会）' })
  bodies() {
    return this.service.bodies();
  }

  @Query(() => [MemberEntity], { description: '委員名簿' })
  members(@Args('bodyId', { type: () => ID, nullable: true }, UuidPipe) bodyId?: string) {
    return this.service.members(bodyId);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => MemberEntity)
  createMember(@CurrentUser() actor: Actor, @Args('input') input: CreateMemberInput) {
    return this.service.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => MemberEntity)
  updateMember(@CurrentUser() actor: Actor, @Args('input') input: UpdateMemberInput) {
    return this.service.update(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => MemberEntity)
  deleteMember(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }
}
