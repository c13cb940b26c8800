import { Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor';
import { CurrentUser } from '../../common/auth/decorators';
import { Home } from './home.model';
import { HomeService } from './home.service';

@Resolver(() => Home)
export class HomeResolver {
  constructor(private readonly service: HomeService) {}

  @Query(() => Home, { description: 'The signed-in user’s home: what to do next, for their role (one section; the others null).' })
  home(@CurrentUser() actor: Actor) {
    return this.service.home(actor);
  }
}
