import { DynamicModule, Global, Module } from '@nestjs/common';
import { LiveUpdatesModule } from '../live-updates/live-updates.module';
import { ApiMetrics } from './api-metrics';
import { ErrorReporting } from './error-reporting.service';
import { Metrics, PROCESS_KIND, ProcessKind } from './metrics.service';
import { WorkerMetrics } from './worker-metrics';

/** Metrics and error reporting (issue 19 §1): one metrics registry per process, served on METRICS_PORT, and Sentry when configured. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(kind: ProcessKind): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: kind === 'api' ? [LiveUpdatesModule] : [],
      providers: [{ provide: PROCESS_KIND, useValue: kind }, Metrics, ErrorReporting, kind === 'api' ? ApiMetrics : WorkerMetrics],
      exports: [Metrics],
    };
  }
}
