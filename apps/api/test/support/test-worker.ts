import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../src/common/config/app-config';
import { WorkerModule } from '../../src/worker/worker.module';
import { SmtpSink } from './smtp-sink';
import { startTestApp, TestApp } from './test-app';

/** Runs the worker in this process against a test app's database and Redis prefix (the same config, plus overrides). */
export async function startTestWorker(t: TestApp, env: Record<string, string> = {}): Promise<INestApplicationContext> {
  const config = loadConfig({ ...configEnv(t), ...env });
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  return worker;
}

/** The environment that reproduces a test app's configuration (for a worker in this process or a child process). */
export function configEnv(t: TestApp): Record<string, string> {
  const c = t.config;
  return {
    NODE_ENV: 'test',
    DATABASE_URL: c.databaseUrl,
    REDIS_URL: c.redisUrl,
    CACHE_REDIS_URL: c.cacheRedisUrl,
    REDIS_KEY_PREFIX: c.redisKeyPrefix,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: c.publicUrl,
    SMTP_URL: c.smtpUrl,
    MEDIA_DIR: c.mediaDir,
    ADMIN_EMAILS: c.adminEmails.join(','),
    GUEST_MAIL_PER_ADDRESS_PER_DAY: String(c.guestMailPerAddressPerDay),
    GUEST_MAIL_PER_REGISTRY_PER_HOUR: String(c.guestMailPerRegistryPerHour),
  };
}

export interface MailWorld {
  smtp: SmtpSink;
  t: TestApp;
  worker: INestApplicationContext;
  close: () => Promise<void>;
}

/** The API and the worker on one test database, sending to a real SMTP server that the test reads. */
export async function startMailWorld(env: Record<string, string> = {}): Promise<MailWorld> {
  const smtp = await SmtpSink.start();
  const t = await startTestApp({ SMTP_URL: smtp.url, ...env });
  const worker = await startTestWorker(t);
  return {
    smtp,
    t,
    worker,
    close: async () => {
      await worker.close();
      await t.close();
      await smtp.close();
    },
  };
}
