import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from './common/config/app-config';
import { WorkerModule } from './worker/worker.module';

/** `npm run start:worker`: runs queued jobs. SIGTERM lets active jobs finish, then exits. */
async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: config.logLevel === 'silent' ? false : undefined });
  app.enableShutdownHooks();
  new Logger('Worker').log('WhisperGifts worker running');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
