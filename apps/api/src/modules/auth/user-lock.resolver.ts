import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { UserEntity } from '../../data/user.entity';
import { SignInLimitsService } from '../../common/auth/sign-in-limits.service';

/** One loader per request (its GraphQL context): the users list reads every lock in one statement. */
const loaders = new WeakMap<object, DataLoader<string, Date | null>>();

@Resolver(() => UserEntity)
export class UserLockResolver {
  constructor(private readonly limits: SignInLimitsService) {}

  @ResolveField(() => Date, { nullable: true, description: 'Until when too many wrong passwords lock the account; null when it is not locked.' })
  lockedUntil(@Parent() user: UserEntity, @Context() ctx: object): Promise<Date | null> {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (loginIds) => {
        const locks = await this.limits.lockedUntil(loginIds);
        return loginIds.map((id) => locks.get(id) ?? null);
      });
      loaders.set(ctx, loader);
    }
    return loader.load(user.loginId);
  }
}
