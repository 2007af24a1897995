import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type CachedDocument, documentCodec, makeDocument } from './document';
import { registerHttpCache } from './http-cache';
import { LayeredCache } from './layered-cache';
import { SingleFlight } from './single-flight';

/** A large, not very compressible body: several hundred milliseconds of zlib and brotli work. */
const BIG = Buffer.from(JSON.stringify({ items: randomBytes(4 * 1024 * 1024).toString('hex') }));

/** Event-loop turns (setImmediate callbacks) that ran until `work` settled; 0 if it never let the loop run. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
}

describe('makeDocument', () => {
  it('compresses on the threadpool: the event loop keeps turning while a large document is compressed', async () => {
    const { result, turns } = await turnsDuring(() => makeDocument('application/json', BIG));
    // Synchronous zlib would hold the loop for the whole compression: not a single turn in between.
    expect(turns).toBeGreaterThan(0);
    expect(gunzipSync(result.gzip).equals(BIG)).toBe(true);
    expect(brotliDecompressSync(result.brotli).equals(BIG)).toBe(true);
    expect(result.identity).toBe(BIG);
  });
});

describe('registerHttpCache while a large miss is being compressed', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  /** True from the moment the big route's handler returns until its document is stored (i.e. compressed). */
  let compressing = false;
  let answeredWhileCompressing = 0;

  beforeAll(async () => {
    const documents = new LayeredCache<CachedDocument>({ redis: null, memoryBytes: 64 * 1024 * 1024, redisTtlSeconds: 60, codec: documentCodec });
    const store = documents.set.bind(documents);
    documents.set = (key, value) => {
      compressing = false;
      return store(key, value);
    };
    app = Fastify();
    registerHttpCache(app, {
      schemaRevision: '1',
      keyPrefix: 'spec:',
      documents,
      singleFlight: new SingleFlight<CachedDocument>({ redis: null, lockPrefix: 'spec:lock:' }),
      policies: {
        big: {
          resolve: () => Promise.resolve({ id: 'big', version: 1, lastModified: new Date(0), variant: 'big', cacheControl: 'no-cache', answerFromCache: true }),
        },
      },
    });
    app.get('/big', { config: { httpCache: 'big' } }, (_request, reply) => {
      compressing = true;
      return reply.header('content-type', 'application/json').send(BIG);
    });
    app.get('/cheap', (_request, reply) => {
      if (compressing) answeredWhileCompressing++;
      return reply.send({ ok: true });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(() => app.close());

  it('answers other requests before the big document is compressed and stored', async () => {
    let bigDone = false;
    const big = fetch(`${baseUrl}/big`, { headers: { 'accept-encoding': 'br' } }).then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer());
      bigDone = true;
      return { status: response.status, body };
    });
    // Cheap requests, one after another, for as long as the big one is in flight.
    while (!bigDone) {
      const response = await fetch(`${baseUrl}/cheap`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const { status } = await big;
    expect(status).toBe(200);
    // With compression on the event loop, no request can be handled between the handler's return and the store.
    expect(answeredWhileCompressing).toBeGreaterThan(0);
    expect(compressing).toBe(false);
  });
});
