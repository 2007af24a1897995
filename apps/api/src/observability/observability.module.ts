import { DynamicModule, Global, Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { LiveUpdatesModule } from '../live-updates/live-updates.module';
import { ApiMetrics } from './api-metrics';
import { ErrorReporting } from './error-reporting.service';
import { ErrorTunnelController } from './error-tunnel.controller';
import { ErrorTunnel } from './error-tunnel.service';
import { Metrics, PROCESS_KIND, ProcessKind } from './metrics.service';
import { WorkerMetrics } from './worker-metrics';

/** Metrics and error reporting (issue 19 §1): one metrics registry per process, served on METRICS_PORT, and Sentry when configured. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(kind: ProcessKind): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: kind === 'api' ? [LiveUpdatesModule, CommonModule] : [],
      controllers: kind === 'api' ? [ErrorTunnelController] : [],
      providers: [{ provide: PROCESS_KIND, useValue: kind }, Metrics, ErrorReporting, ...(kind === 'api' ? [ApiMetrics, ErrorTunnel] : [WorkerMetrics])],
      exports: [Metrics],
    };
  }
}
