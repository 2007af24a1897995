import { Client } from 'pg';
import { Outbox } from '../src/outbox/outbox.service';
import { databaseUrl } from './support/databases';
import { TestApp, startTestApp } from './support/test-app';

/**
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
  const [{ id }] = (await t.db.query(
    `INSERT INTO outbox_events (queue, name, payload) VALUES ('metrics', 'nothing-to-do', '{}'::jsonb) RETURNING id`,
  )) as { id: string }[];
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
