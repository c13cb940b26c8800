import { Module } from '@nestjs/common';
import { CouncilOpinionsService } from './council-opinions.service';
import { MemberOpinionsService } from './member-opinions.service';
import { OpinionProgressService } from './opinion-progress.service';
import { CouncilOpinionsResolver, MemberOpinionsResolver, ProjectOpinionsResolver } from './opinions.resolver';

@Module({
  providers: [MemberOpinionsService, CouncilOpinionsService, OpinionProgressService, ProjectOpinionsResolver, MemberOpinionsResolver, CouncilOpinionsResolver],
})
export class OpinionsModule {}
