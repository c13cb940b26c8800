import { Module } from '@nestjs/common';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({ providers: [ProjectsService, ProjectsResolver] })
export class ProjectsModule {}
