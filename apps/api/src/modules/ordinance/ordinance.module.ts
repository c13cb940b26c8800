import { Module } from '@nestjs/common';
import { OrdinanceResolver } from './ordinance.resolver';
import { OrdinanceService } from './ordinance.service';

@Module({ providers: [OrdinanceService, OrdinanceResolver] })
export class OrdinanceModule {}
