import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';
import { ProjectSheetResolver } from './project-sheet.resolver';
import { SheetsResolver } from './sheets.resolver';
import { SheetsService } from './sheets.service';
import { TagsResolver } from './tags.resolver';
import { TagsService } from './tags.service';

@Module({
  providers: [SheetsService, SheetsResolver, ProjectSheetResolver, TagsService, TagsResolver],
  controllers: [AttachmentsController],
  exports: [SheetsService],
})
export class SheetsModule {}
