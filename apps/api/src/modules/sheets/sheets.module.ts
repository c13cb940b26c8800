import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';
import { SheetsResolver } from './sheets.resolver';
import { SheetsService } from './sheets.service';
import { TagsResolver } from './tags.resolver';
import { TagsService } from './tags.service';

@Module({
  providers: [SheetsService, SheetsResolver, TagsService, TagsResolver],
  controllers: [AttachmentsController],
  exports: [SheetsService],
})
export class SheetsModule {}
