import { Module } from '@nestjs/common';
import { MetricsProcessor } from './metrics.processor';
import { MetricsScheduler } from './metrics.scheduler';
import { MetricsService } from './metrics.service';

/** The worker side: the schedule and the job that counts a day. (Apart from the controller, whose DTOs load Swagger.) */
@Module({ providers: [MetricsService, MetricsProcessor, MetricsScheduler] })
export class MetricsWorkerModule {}
