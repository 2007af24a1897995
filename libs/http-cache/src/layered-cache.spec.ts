import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { documentCodec, makeDocument } from './document';
import { LayeredCache, bufferCodec } from './layered-cache';

/** The in-process layer against a real Redis (TEST_REDIS_URL): what it keeps must own its bytes. */
const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const prefix = `wg-spec-layered-${randomBytes(4).toString('hex')}:`;
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

/** True when the buffer is not a view into a larger block (which a cache entry would keep alive whole). */
const ownsItsBytes = (buffer: Buffer) => buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.length;

describe('LayeredCache', () => {
  it('keeps values read from Redis as copies, not as views into the reply', async () => {
    const cache = new LayeredCache({ redis, memoryBytes: 1_000_000, redisTtlSeconds: 60, codec: bufferCodec });
    const keys = [0, 1, 2].map((i) => `${prefix}fragment-${i}`);
    // Written by another process: only in Redis. One MGET answers all three in one reply buffer.
    for (const [i, key] of keys.entries()) await redis.set(key, Buffer.alloc(300 + i, i + 1));
    const fetched = await cache.getMany(keys);
    expect(fetched.map((hit) => hit?.layer)).toEqual(['redis', 'redis', 'redis']);
    const remembered = await cache.getMany(keys);
    for (const [i, hit] of remembered.entries()) {
      expect(hit?.layer).toBe('memory');
      expect(hit!.value.equals(Buffer.alloc(300 + i, i + 1))).toBe(true);
      expect(ownsItsBytes(hit!.value)).toBe(true);
    }
  });

  it('keeps documents it is given with each body in its own allocation, and counts what it holds', async () => {
    const cache = new LayeredCache({ redis, memoryBytes: 1_000_000, redisTtlSeconds: 60, codec: documentCodec });
    const identity = Buffer.from(JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ id: i, name: `Gift ${i}` })) }));
    const document = await makeDocument('application/json', identity);
    // zlib's output and a small Buffer.from(string) are views into larger blocks.
    expect(ownsItsBytes(document.gzip)).toBe(false);
    await cache.set(`${prefix}document`, document);
    const hit = await cache.get(`${prefix}document`);
    expect(hit?.layer).toBe('memory');
    expect([hit!.value.identity, hit!.value.gzip, hit!.value.brotli].every(ownsItsBytes)).toBe(true);
    expect(hit!.value.gzip.equals(document.gzip)).toBe(true);
    expect(cache.memoryBytes).toBe(documentCodec.size(document) + `${prefix}document`.length);
  });
});

// Load shapes (issue 11, item 16)
describe('LayeredCache with a large value', () => {
  it('writes it to Redis in pieces no larger than pieceBytes, under a temporary key renamed into place', async () => {
    const pieceBytes = 256 * 1024;
    const cache = new LayeredCache({ redis, memoryBytes: 10_000_000, redisTtlSeconds: 60, codec: documentCodec, pieceBytes });
    const identity = Buffer.from('x'.repeat(1_000_000));
    const document = { contentType: 'application/json', identity, gzip: Buffer.from('g'.repeat(300_000)), brotli: Buffer.from('b'.repeat(200_000)) };
    const key = `${prefix}large-document`;
    // Every command the cache's client sent, with its largest argument. (Not MONITOR: on a Redis that other test
    // files keep busy, ioredis can read a MONITOR line before it has entered monitoring mode and fail the test.)
    const commands: { name: string; key: string; largest: number }[] = [];
    const send = redis.sendCommand.bind(redis);
    const sendCommand = jest.spyOn(redis, 'sendCommand').mockImplementation((command, stream) => {
      const args = command.args.map((arg) => (Buffer.isBuffer(arg) ? arg.length : String(arg).length));
      const [first] = command.args;
      if (String(first).startsWith(prefix)) commands.push({ name: command.name.toLowerCase(), key: String(first), largest: Math.max(...args) });
      return send(command, stream);
    });
    try {
      await cache.set(key, document);
    } finally {
      sendCommand.mockRestore();
    }
    const written = commands.filter((c) => c.name === 'set' || c.name === 'append');
    expect(written.length).toBeGreaterThanOrEqual(6); // 1.5 MB in 256 KB pieces
    expect(Math.max(...written.map((c) => c.largest))).toBeLessThanOrEqual(pieceBytes);
    expect(written.every((c) => c.key.startsWith(`${key}:partial:`))).toBe(true);
    expect(commands.at(-1)).toMatchObject({ name: 'rename' });

    // Another process (a cache with an empty memory layer) reads the whole document, with the TTL.
    const other = new LayeredCache({ redis, memoryBytes: 10_000_000, redisTtlSeconds: 60, codec: documentCodec });
    const hit = await other.get(key);
    expect(hit?.layer).toBe('redis');
    expect(hit!.value.identity.equals(identity)).toBe(true);
    expect(hit!.value.brotli.equals(document.brotli)).toBe(true);
    expect(await redis.ttl(key)).toBeGreaterThan(50);
    expect(await redis.keys(`${key}:partial:*`)).toEqual([]);
  });
});
