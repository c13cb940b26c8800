import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { Allow, CurrentUser } from '../../common/auth/decorators';
import { VersionedRefInput } from '../../common/inputs';
import { Loaders, type RequestLoaders } from '../../data/loaders';
import { ArticleEntity } from '../../data/article.entity';
import { OrdinanceEntity } from '../../data/ordinance.entity';
import { CreateArticleInput, UpdateArticleInput, UpdateOrdinanceInput } from './ordinance.input';
import { OrdinanceService } from './ordinance.service';

@Resolver(() => OrdinanceEntity)
export class OrdinanceResolver {
  constructor(private readonly ordinance: OrdinanceService) {}

  @Query(() => [OrdinanceEntity], { description: '条例と条' })
  ordinances() {
    return this.ordinance.ordinances();
  }

  @ResolveField(() => [ArticleEntity])
  articles(@Parent() o: OrdinanceEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.articlesByOrdinance.load(o.id);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => OrdinanceEntity)
  updateOrdinance(@CurrentUser() actor: Actor, @Args('input') input: UpdateOrdinanceInput) {
    return this.ordinance.updateOrdinance(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ArticleEntity)
  createArticle(@CurrentUser() actor: Actor, @Args('input') input: CreateArticleInput) {
    return this.ordinance.createArticle(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ArticleEntity)
  updateArticle(@CurrentUser() actor: Actor, @Args('input') input: UpdateArticleInput) {
    return this.ordinance.updateArticle(actor, input);
  }

  @Allow('SECRETARIAT')
  @Mutation(() => ArticleEntity)
  deleteArticle(@CurrentUser() actor: Actor, @Args('input') input: VersionedRefInput) {
    return this.ordinance.deleteArticle(actor, input);
  }
}
