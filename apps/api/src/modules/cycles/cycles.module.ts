import { Module } from '@nestjs/common';
import { CyclesResolver } from './cycles.resolver';
import { CyclesService } from './cycles.service';

@Module({ providers: [CyclesService, CyclesResolver], exports: [CyclesService] })
export class CyclesModule {}
