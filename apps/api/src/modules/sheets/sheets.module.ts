import { Module, type OnModuleInit } from '@nestjs/common';
import { WorkflowRunner } from '../../common/workflow/runner';
import { AttachmentsController } from './attachments.controller';
import { CycleSheetsResolver, ProjectSheetResolver } from './project-sheet.resolver';
import { SheetsResolver } from './sheets.resolver';
import { ensureSheets, SheetsService } from './sheets.service';
import { TagsResolver } from './tags.resolver';
import { TagsService } from './tags.service';

@Module({
  providers: [SheetsService, SheetsResolver, ProjectSheetResolver, CycleSheetsResolver, TagsService, TagsResolver],
  controllers: [AttachmentsController],
  exports: [SheetsService],
})
export class SheetsModule implements OnModuleInit {
  constructor(private readonly runner: WorkflowRunner) {}

  /** A cycle that enters Do gets an empty draft sheet for each entry (the cycle module knows nothing of sheets). */
  onModuleInit() {
    this.runner.after('cycle', 'DO', (m, e) => Promise.all(e.ids.map((id) => ensureSheets(m, id))).then(() => undefined));
  }
}
