import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { Loaders, type RequestLoaders } from '../../common/loaders/loaders';
import { DepartmentEntity } from '../departments/department.entity';
import { MemberEntity } from '../members/member.entity';
import { ChangeOwnPasswordInput, CreateUserInput, ResetPasswordInput, SetUserActiveInput, UpdateUserInput } from './user.input';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Allow('ADMIN')
  @Query(() => [UserEntity], { description: 'ユーザーアカウントの一覧（システム管理者）' })
  users() {
    return this.service.list();
  }

  @ResolveField(() => DepartmentEntity, { nullable: true })
  department(@Parent() u: UserEntity, @Loaders() l: RequestLoaders) {
    return u.departmentId ? l.departmentById.load(u.departmentId) : null;
  }

  @ResolveField(() => MemberEntity, { nullable: true })
  member(@Parent() u: UserEntity, @Loaders() l: RequestLoaders) {
    return u.memberId ? l.memberById.load(u.memberId) : null;
  }

  @Allow('ADMIN')
  @Mutation(() => UserEntity)
  createUser(@CurrentUser() actor: Actor, @Args('input') input: CreateUserInput) {
    return this.service.create(actor, input);
  }

  @Allow('ADMIN')
  @Mutation(() => UserEntity)
  updateUser(@CurrentUser() actor: Actor, @Args('input') input: UpdateUserInput) {
    return this.service.update(actor, input);
  }

  @Allow('ADMIN')
  @Mutation(() => UserEntity, { description: 'Deactivate (or reactivate) an account; deactivation signs it out.' })
  setUserActive(@CurrentUser() actor: Actor, @Args('input') input: SetUserActiveInput) {
    return this.service.setActive(actor, input);
  }

  @Allow('ADMIN')
  @Mutation(() => UserEntity)
  resetPassword(@CurrentUser() actor: Actor, @Args('input') input: ResetPasswordInput) {
    return this.service.resetPassword(actor, input);
  }

  @Mutation(() => Boolean)
  changeOwnPassword(@CurrentUser() actor: Actor, @Args('input') input: ChangeOwnPasswordInput) {
    return this.service.changeOwnPassword(actor, input);
  }
}
