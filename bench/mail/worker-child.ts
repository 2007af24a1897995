import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { WorkerModule } from '../../apps/api/src/worker/worker.module';
import { serve } from '../cache/child';

/** The real worker (as `dist/worker.js` runs it) in its own process, configured from the environment the parent sets. */
serve(async () => {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig(process.env)), { logger: false });
  await worker.init();
  return { port: 0, close: () => worker.close() };
});
