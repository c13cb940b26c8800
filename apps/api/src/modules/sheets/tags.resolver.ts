import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { VersionedRefInput } from '../../common/inputs';
import { CreateTagInput, UpdateTagInput } from './sheet.input';
import { TagEntity } from '../../data/tag.entity';
import { TagsService } from './tags.service';

@Resolver(() => TagEntity)
export class TagsResolver {
  constructor(private readonly service: TagsService) {}

  @Allow('SECRETARIAT')
  @Mutation(() => TagEntity)
  createTag(@CurrentUser() actor: Actor, @Args('input') input: CreateTagInput) {
    return this.service.create(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => TagEntity)
  updateTag(@CurrentUser() actor: Actor, @Args('input') input: UpdateTagInput) {
    return this.service.update(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => TagEntity)
  deleteTag(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.service.delete(actor, input);
  }
}
