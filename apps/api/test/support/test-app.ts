import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/common/config/app-config';
import { QueryCounter } from '../../src/database/query-counter';
import { TEST_REDIS_URL, createTestDatabase, databaseUrl, dropDatabase } from './databases';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Base URL of the real HTTP server, listening on a free loopback port. */
  url: string;
  /** Counts every SQL statement the app sends. */
  queries: QueryCounter;
  db: DataSource;
  /** A Redis client for assertions; the app's keys start with `config.redisKeyPrefix`. */
  redis: Redis;
  /** A fresh client without cookies. */
  http: () => request.Agent;
  /** The database this app (and any instance sharing it) uses. */
  database: string;
  /** Stops the app; the first instance also drops its database and Redis keys (close second instances first). */
  close: () => Promise<void>;
}

/**
 * Boots the real API (Fastify, PostgreSQL, Redis) on its own database and its own Redis key prefix.
 * Call once per test file, in beforeAll, and `close` it in afterAll.
 */
export async function startTestApp(
  settings: Record<string, string> | ((database: string) => Promise<Record<string, string>>) = {},
  shared?: TestApp,
): Promise<TestApp> {
  // A second instance (`shared`) uses the first one's database and Redis prefix, like another API process.
  const database = shared ? shared.database : await createTestDatabase();
  // Settings that name the database (a replica's or PgBouncer's URL of it) are worked out once it exists.
  const env = typeof settings === 'function' ? await settings(database) : settings;
  // Files the API writes (uploads, the edge's share marks) go to a directory of this app's own, never the checkout.
  const ownMedia = env.MEDIA_DIR || shared ? undefined : mkdtempSync(join(tmpdir(), 'wg-test-media-'));
  const config = loadConfig({
    MEDIA_DIR: ownMedia ?? shared?.config.mediaDir ?? '',
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(database),
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: shared ? shared.config.redisKeyPrefix : `wgtest:${randomBytes(4).toString('hex')}:`,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    ...env,
  });
  const queries = new QueryCounter();
  const app = await createApp(config, queries);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const redis = new Redis(TEST_REDIS_URL);
  return {
    app,
    config,
    url,
    queries,
    db: app.get(DataSource),
    redis,
    http: () => request.agent(url),
    database,
    close: async () => {
      await app.close();
      if (!shared) {
        const keys = await redis.keys(`${config.redisKeyPrefix}*`);
        if (keys.length) await redis.del(...keys);
        await dropDatabase(database);
      }
      if (ownMedia) rmSync(ownMedia, { recursive: true, force: true });
      await redis.quit();
    },
  };
}

/** Runs `work` and returns how many SQL statements the app sent meanwhile. */
export async function countQueries<T>(t: TestApp, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = t.queries.count;
  const result = await work();
  return { result, queries: t.queries.count - before };
}
