import { Module, type OnModuleInit } from '@nestjs/common';
import { WorkflowRunner } from '../../common/workflow/runner';
import { CouncilOpinionResponseResolver, CycleResponsesResolver, ProjectResponsesResolver, ResponsesResolver, ResponseVersionResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

@Module({
  providers: [ResponsesService, ResponsesResolver, ResponseVersionResolver, ProjectResponsesResolver, CycleResponsesResolver, CouncilOpinionResponseResolver],
})
export class ResponsesModule implements OnModuleInit {
  constructor(
    private readonly runner: WorkflowRunner,
    private readonly responses: ResponsesService,
  ) {}

  /**
   * Through the kit's hooks, in the transition's transaction: a response returned (or reopened) records the
   * version returned; a council opinion a response answers cannot be reopened (the opinions module knows
   * nothing of responses).
   */
  onModuleInit() {
    this.runner.after('response', 'RETURNED', (m, e) => this.responses.markReturned(m, e.ids));
    this.runner.after('council_opinion', 'DRAFT', (m, e) => this.responses.assertUnanswered(m, e.ids));
  }
}
