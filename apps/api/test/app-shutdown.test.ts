import { createHook } from 'node:async_hooks';
import { Client } from 'pg';
import { Outbox } from '../src/outbox/outbox.service';
import { databaseUrl } from './support/databases';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Closing an app leaves nothing running: Jest reported "A worker process has failed to exit gracefully" because
 * of what follows.
 *
 * An API process that closes while it relays the outbox finishes that relay first, while PostgreSQL and the queues
 * are still open. Before, the relay raced the shutdown: its transaction lost its connection, and its pending
 * timeout kept the process alive after close (Jest: "A worker process has failed to exit gracefully").
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('lets a relay in flight finish before the connections close', async () => {
  const [{ id }] = (await t.db.query(`INSERT INTO outbox_events (queue, name, payload) VALUES ('metrics', 'nothing-to-do', '{}'::jsonb) RETURNING id`)) as {
    id: string;
  }[];
  t.app.get(Outbox).kick();
  await t.app.close();

  const db = new Client({ connectionString: databaseUrl(t.database) });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT relayed_at FROM outbox_events WHERE id = $1', [id]);
    expect(rows[0].relayed_at).not.toBeNull();
  } finally {
    await db.end();
  }
});

it('leaves no timer running once closed, even when Redis was unreachable all along', async () => {
  // ioredis, disconnecting a connection whose socket was refused, waits `disconnectTimeout` for a close event that
  // already came; BullMQ's queue connections took the default 2 s, so the process outlived the app by that much.
  const broken = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  // Timers made by the app's code or its Redis and queue clients (not Jest's own).
  const timers = new Map<number, string>();
  const hook = createHook({
    init: (id, type) => {
      const stack = type === 'Timeout' ? (new Error().stack ?? '') : '';
      const origin = /node_modules\/(ioredis|bullmq|typeorm|pg)\/|apps\/api\/src\//.exec(stack);
      if (origin) timers.set(id, origin[0]);
    },
    destroy: (id) => timers.delete(id),
  }).enable();
  try {
    await broken.close();
    await new Promise((done) => setTimeout(done, 500));
  } finally {
    hook.disable();
  }
  expect([...timers.values()]).toEqual([]);
});
