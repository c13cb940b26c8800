import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { VersionedRefInput } from '../../common/inputs';
import { DepartmentEntity } from '../../data/department.entity';
import { CreateDepartmentInput, UpdateDepartmentInput } from './department.input';
import { DepartmentsService } from './departments.service';

@Resolver(() => DepartmentEntity)
export class DepartmentsResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Query(() => [DepartmentEntity], { description: '所管課の一覧' })
  departments() {
    return this.service.list();
  }

  @Allow('ADMIN', 'SECRETARIAT')
  @Mutation(() => DepartmentEntity)
  createDepartment(@CurrentUser() actor: Actor, @Args('input') input: CreateDepartmentInput) {
    return this.service.create(actor, input);
  }

  @Allow('ADMIN', 'SECRETARIAT')
  @Mutation(() => DepartmentEntity)
  updateDepartment(@CurrentUser() actor: Actor, @Args('input') input: UpdateDepartmentInput) {
    return this.service.update(actor, input);
  }

  @Allow('ADMIN', 'SECRETARIAT')
  @Mutation(() => DepartmentEntity)
  deleteDepartment(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }
}
