import { Module } from '@nestjs/common';
import { SheetsModule } from '../sheets/sheets.module';
import { CyclesResolver } from './cycles.resolver';
import { CyclesService } from './cycles.service';

@Module({ imports: [SheetsModule], providers: [CyclesService, CyclesResolver], exports: [CyclesService] })
export class CyclesModule {}
