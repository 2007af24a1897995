import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { VersionStore, type Versioned } from './version-store';

/**
 * Two processes' version stores against a real Redis (TEST_REDIS_URL). One publishes bumps; the other hears of
 * them by pub/sub. A process that has not read its subscription lately (its event loop lags, here simulated by
 * pausing its socket) must neither trust its own copy for long nor claim to be current as of now.
 */
const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `wg-spec-versions-${randomBytes(4).toString('hex')}:`;
const connections: Redis[] = [];
const stores: VersionStore<Info>[] = [];

interface Info extends Versioned {
  name: string;
}

function connect(): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: 1 });
  connections.push(connection);
  return connection;
}

async function store(): Promise<{ versions: VersionStore<Info>; subscriber: Redis }> {
  const subscriber = connect();
  const versions = new VersionStore<Info>({ redis: connect(), subscriber, prefix, confirmEveryMs: 20, maxUnconfirmedMs: 200 });
  stores.push(versions);
  await until(() => versions.trustsOwnCopy);
  return { versions, subscriber };
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await sleep(10);
  }
  throw new Error('condition not met within 5 s');
}

afterAll(async () => {
  for (const versions of stores) versions.close();
  const admin = connections[1]; // the first store's Redis (connections[0] is its subscriber)
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length) await admin.del(...keys);
  await Promise.all(connections.map((connection) => connection.quit()));
});

describe('VersionStore', () => {
  it('says how current it is: the last confirmed heartbeat, which moves on, never later than now', async () => {
    const { versions } = await store();
    const first = versions.confirmedAt();
    expect(first).toBeLessThanOrEqual(Date.now());
    await until(() => versions.confirmedAt() > first);
    expect(versions.confirmedAt()).toBeLessThanOrEqual(Date.now());
  });

  it('stops trusting its own copy when its subscription has not been read lately, and reads Redis instead', async () => {
    const writer = await store();
    const reader = await store();
    const load = (): Promise<Info> => Promise.resolve({ version: 1, name: 'first' });
    expect(await reader.versions.get('registry', 'r1', load)).toMatchObject({ version: 1 });

    // The reader stops reading its subscription, as a lagging event loop would; then the writer bumps.
    reader.subscriber.stream.pause();
    try {
      const pausedAt = Date.now();
      await writer.versions.publish('registry', 'r1', { version: 2, name: 'second' });
      // While it still answers from its copy, it does not claim to know the state after the pause; soon it
      // stops trusting the copy and answers from Redis, with the bump, its message still unread.
      await until(async () => {
        const seen = await reader.versions.get('registry', 'r1', load);
        if (seen?.version === 1) expect(reader.versions.confirmedAt()).toBeLessThanOrEqual(pausedAt);
        return seen?.version === 2;
      });
      expect(reader.versions.trustsOwnCopy).toBe(false);
      // Reading from Redis, it is current as of now.
      const now = Date.now();
      expect(reader.versions.confirmedAt()).toBeGreaterThanOrEqual(now);
    } finally {
      reader.subscriber.stream.resume();
    }
    // Once it reads its subscription again, it trusts its copy again.
    await until(() => reader.versions.trustsOwnCopy);
  });

  it('needs no heartbeat without a subscription (one process): its own copy is always current', async () => {
    const versions = new VersionStore<Info>({ redis: null, subscriber: null, prefix });
    let loads = 0;
    const load = (): Promise<Info> => Promise.resolve({ version: ++loads, name: 'only' });
    await versions.get('registry', 'r2', load);
    await sleep(50);
    expect(await versions.get('registry', 'r2', load)).toMatchObject({ version: 1 });
    expect(versions.confirmedAt()).toBe(Infinity);
  });
});
