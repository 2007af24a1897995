import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from './common/config/app-config';
import { WorkerModule } from './worker/worker.module';

/** `npm run start:worker`: runs queued jobs. SIGTERM lets active jobs finish, then exits. */
async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: config.logLevel === 'silent' ? false : undefined });
  const logger = new Logger('Worker');
  // Closing the app closes the BullMQ workers, which wait for their active jobs: nothing is cut off mid-way.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: finishing active jobs, then exiting`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
    });
  }
  logger.log('WhisperGifts worker running');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
