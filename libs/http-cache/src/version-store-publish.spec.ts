import type { Redis } from 'ioredis';
import { VersionStore } from './version-store';

/** A Redis stand-in whose script command fails, as a command timeout does on a busy machine. */
function redisWithFailingEval() {
  const published: [string, string][] = [];
  const redis = {
    eval: () => Promise.reject(new Error('Command timed out')),
    del: () => Promise.resolve(1),
    get: () => Promise.resolve(null),
    publish: (channel: string, message: string) => {
      published.push([channel, message]);
      return Promise.resolve(1);
    },
  } as unknown as Redis;
  return { redis, published };
}

describe('VersionStore.publish', () => {
  it('announces a new version to the other processes even when storing the shared copy failed', async () => {
    const { redis, published } = redisWithFailingEval();
    const errors: string[] = [];
    const store = new VersionStore<{ version: number }>({ redis, subscriber: null, prefix: 'p:', onError: (_e, operation) => errors.push(operation) });
    await store.publish('registry', 'r1', { version: 5 });
    expect(errors).toEqual(['set']);
    expect(published).toEqual([['p:versions', JSON.stringify({ kind: 'registry', id: 'r1', info: { version: 5 } })]]);
  });

  it('tells its listeners of every version it publishes', async () => {
    const store = new VersionStore<{ version: number }>({ redis: null, subscriber: null, prefix: 'p:' });
    const heard: [string, string, number | null][] = [];
    const stop = store.listen({ change: (kind, id, info) => heard.push([kind, id, info?.version ?? null]), resync: () => undefined });
    await store.publish('registry', 'r1', { version: 5 });
    await store.publish('registry', 'r1', null);
    stop();
    await store.publish('registry', 'r1', { version: 6 });
    expect(heard).toEqual([
      ['registry', 'r1', 5],
      ['registry', 'r1', null],
    ]);
  });
});
