import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CachingModule } from '../caching/caching.module';
import { CommonModule } from '../common/common.module';
import { AppConfig } from '../common/config/app-config';
import { ConfigModule } from '../common/config/config.module';
import { RedisModule } from '../common/redis/redis.module';
import { dataSourceOptions } from '../database/data-source-options';
import { QueryCounter } from '../database/query-counter';
import { ImagesWorkerModule } from '../images/images-worker.module';
import { MailModule } from '../mail/mail.module';
import { MetricsWorkerModule } from '../metrics/metrics-worker.module';
import { ObservabilityModule } from '../observability/observability.module';
import { OutboxModule } from '../outbox/outbox.module';
import { QueuesModule } from '../queues/queues.module';
import { RegistryWrites } from '../registries/registry-writes.service';
import { RETENTION_WORKER_PROVIDERS } from '../retention/retention-worker.providers';
import { RemindersWorkerModule } from '../reminders/reminders-worker.module';
import { GuestCardsWorkerModule } from '../guest-cards/guest-cards-worker.module';
import { LinkHealthWorkerModule } from '../link-health/link-health-worker.module';
import { HoldSweeper } from './hold-sweeper';
import { OutboxPoller } from './outbox-poller';

/** The worker: the same codebase as the API, running the queues' processors instead of serving HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, queryCounter = new QueryCounter()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, Math.min(config.databasePoolSize, 5), queryCounter),
          extra: { max: 5, application_name: 'whispergifts-worker' },
        }),
        RedisModule,
        CommonModule,
        CachingModule,
        QueuesModule,
        OutboxModule,
        MailModule,
        ImagesWorkerModule,
        MetricsWorkerModule,
        RemindersWorkerModule,
        ObservabilityModule.forRoot('worker'),
        GuestCardsWorkerModule,
        LinkHealthWorkerModule,
      ],
      providers: [OutboxPoller, RegistryWrites, HoldSweeper, ...RETENTION_WORKER_PROVIDERS],
    };
  }
}
