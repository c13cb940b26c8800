import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({ imports: [UsersModule], providers: [MembersService, MembersResolver] })
export class MembersModule {}
