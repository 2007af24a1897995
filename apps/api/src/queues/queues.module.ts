import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config';
import { JOB_DEFAULTS, QUEUES, queueConnection } from './queues';

/** The queues on the (noeviction, persistent) Redis. The API only adds jobs; the worker runs them. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config.redisUrl),
        prefix: `${config.redisKeyPrefix}bull`,
        defaultJobOptions: JOB_DEFAULTS,
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
