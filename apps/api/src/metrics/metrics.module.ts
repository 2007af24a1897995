import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** The API side: administrators read the series and ask for a recount. */
@Module({ controllers: [MetricsController], providers: [MetricsService] })
export class MetricsModule {}
