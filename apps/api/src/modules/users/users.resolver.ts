import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ACCOUNT_ADMINS, manageableRoles } from '@kensho/domain';
import { RoleEnum } from '../../common/graphql-enums';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { DepartmentEntity } from '../../data/department.entity';
import { MemberEntity } from '../../data/member.entity';
import { ChangeOwnPasswordInput, CreateUserInput, ResetPasswordInput, SetUserActiveInput, UpdateUserInput } from './user.input';
import { UserEntity } from '../../data/user.entity';
import { UsersService } from './users.service';

@Resolver(() => UserEntity)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Allow(...ACCOUNT_ADMINS)
  @Query(() => [UserEntity], { description: 'ユーザーアカウントの一覧（システム管理者: すべて、事務局: 委員と所管課職員）' })
  users(@CurrentUser() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => [RoleEnum], { description: 'The roles of the accounts the caller may create and manage.' })
  assignableRoles(@CurrentUser() actor: Actor) {
    return manageableRoles(actor.role);
  }

  @ResolveField(() => DepartmentEntity, { nullable: true })
  department(@Parent() u: UserEntity, @Loaders() l: RequestLoaders) {
    return u.departmentId ? l.departmentById.load(u.departmentId) : null;
  }

  @ResolveField(() => MemberEntity, { nullable: true })
  member(@Parent() u: UserEntity, @Loaders() l: RequestLoaders) {
    return u.memberId ? l.memberById.load(u.memberId) : null;
  }

  @Allow(...ACCOUNT_ADMINS)
  @Mutation(() => UserEntity)
  createUser(@CurrentUser() actor: Actor, @Args('input') input: CreateUserInput) {
    return this.service.create(actor, input);
  }

  @Allow(...ACCOUNT_ADMINS)
  @Mutation(() => UserEntity)
  updateUser(@CurrentUser() actor: Actor, @Args('input') input: UpdateUserInput) {
    return this.service.update(actor, input);
  }

  @Allow(...ACCOUNT_ADMINS)
  @Mutation(() => UserEntity, { description: 'Deactivate (or reactivate) an account; deactivation signs it out.' })
  setUserActive(@CurrentUser() actor: Actor, @Args('input') input: SetUserActiveInput) {
    return this.service.setActive(actor, input);
  }

  @Allow(...ACCOUNT_ADMINS)
  @Mutation(() => UserEntity)
  resetPassword(@CurrentUser() actor: Actor, @Args('input') input: ResetPasswordInput) {
    return this.service.resetPassword(actor, input);
  }

  @Mutation(() => Boolean)
  changeOwnPassword(@CurrentUser() actor: Actor, @Args('input') input: ChangeOwnPasswordInput) {
    return this.service.changeOwnPassword(actor, input);
  }
}
