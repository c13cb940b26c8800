import { Module, type OnModuleInit } from '@nestjs/common';
import { WorkflowRunner } from '../../common/workflow/runner';
import { CouncilOpinionsService } from './council-opinions.service';
import { MemberOpinionsService } from './member-opinions.service';
import { OpinionProgressService } from './opinion-progress.service';
import { CouncilOpinionsResolver, MemberOpinionsResolver, ProjectOpinionsResolver } from './opinions.resolver';

@Module({
  providers: [MemberOpinionsService, CouncilOpinionsService, OpinionProgressService, ProjectOpinionsResolver, MemberOpinionsResolver, CouncilOpinionsResolver],
})
export class OpinionsModule implements OnModuleInit {
  constructor(
    private readonly runner: WorkflowRunner,
    private readonly memberOpinions: MemberOpinionsService,
  ) {}

  /** Confirming council opinions adopts the member opinions they were drawn from (issue 9). */
  onModuleInit() {
    this.runner.after('council_opinion', 'CONFIRMED', (m, e) => this.memberOpinions.adoptSourcesOf(m, e.actor, e.ids));
  }
}
