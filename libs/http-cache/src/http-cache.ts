import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { performance } from 'node:perf_hooks';
import { CachedDocument, bodyFor, makeDocument, negotiateEncoding } from './document';
import { entityTag } from './etag';
import type { CacheLayer, LayeredCache } from './layered-cache';
import { evaluatePreconditions } from './preconditions';
import { SingleFlight } from './single-flight';

/**
 * What a cached route's policy says about one request, worked out cheaply (no SQL when warm) before the handler.
 */
export interface CacheDecision {
  /** The resource, as it appears in keys and entity tags. */
  id: string;
  /** Its current version: a new version is a new key, so nothing is ever invalidated. */
  version: number;
  lastModified: Date;
  /** Which representation: the same resource may look different to guests and owners. */
  variant: string;
  cacheControl: string;
  /** Request headers the representation depends on, besides Accept-Encoding. */
  vary?: string[];
  /** Further response headers of this representation (sent on hits too). */
  headers?: Record<string, string>;
  /**
   * May this request be answered from the cache (304, or stored bytes) without running the handler? False when
   * the policy cannot vouch for the caller cheaply; the handler then runs, and its 200 is still tagged and stored.
   */
  answerFromCache: boolean;
}

export interface HttpCachePolicy {
  /** null: no caching for this request (e.g. not found); the handler runs and says why. */
  resolve(request: FastifyRequest): Promise<CacheDecision | null>;
  /**
   * Optional: a decision that holds for every caller, made in `onRequest`, before sessions and credentials are
   * loaded, so hits and 304s skip that work entirely. Return null (e.g. for a password-protected resource) to
   * decide later in `resolve`. Called only for GET and HEAD.
   */
  resolveForAnyone?(request: FastifyRequest): Promise<CacheDecision | null>;
}

export interface HttpCacheOptions {
  /** Part of every key and tag: bump it when a representation changes shape, and everything is new. */
  schemaRevision: string;
  keyPrefix: string;
  documents: LayeredCache<CachedDocument>;
  singleFlight: SingleFlight<CachedDocument>;
  policies: Record<string, HttpCachePolicy>;
  /** Milliseconds this request spent in the database so far, for Server-Timing. */
  databaseTime?: (request: FastifyRequest) => number;
  /** Send Server-Timing (cache, db, total)? It tells anyone how long the database took: a debugging aid. Default true. */
  serverTiming?: boolean;
}

interface RequestState {
  decision: CacheDecision;
  key: string;
  etag: string;
  started: number;
  cacheMs: number;
  served: boolean;
  flight?: { done: (d: CachedDocument) => void; fail: () => void };
}

const STATE = Symbol('httpCache');
const EARLY = Symbol('httpCacheEarlyDecision');
type WithState = FastifyRequest & { [STATE]?: RequestState; [EARLY]?: CacheDecision };

/**
 * The decision the route's policy made for this request, once preHandler has run: a handler that rebuilds the
 * representation can learn which version the stored copy will be keyed by, and must not build it from data older
 * than that (e.g. read from a lagging replica).
 */
export function cacheDecisionOf(request: FastifyRequest): CacheDecision | undefined {
  return (request as WithState)[STATE]?.decision;
}

/** The route option that names a policy: `@RouteConfig({ httpCache: 'gift-list' })` in Nest. */
export const HTTP_CACHE_ROUTE_OPTION = 'httpCache';

/**
 * Conditional GET and a byte cache in front of a route, as Fastify hooks:
 *
 * - onRequest (optional per policy): the same for what every caller may have, before sessions are loaded.
 * - preHandler: asks the route's policy for the current version; sets ETag, Last-Modified, Cache-Control, Vary;
 *   answers 304 (RFC 9110 §13.2.2) or the stored bytes in the negotiated encoding, without running the handler.
 *   On a miss one request per key goes on to the handler; concurrent ones wait for it (single-flight).
 * - onSend: stores what the handler produced under the versioned key, in identity, gzip and brotli (compressed on
 *   the threadpool, so the event loop serves other requests meanwhile), and sends the negotiated encoding (or a
 *   304 if the client already has this version).
 *
 * Responses say where they came from in X-Cache (memory, redis, miss) and, unless switched off, Server-Timing (cache, db, total).
 */
export function registerHttpCache(fastify: FastifyInstance, options: HttpCacheOptions): void {
  const policyOf = (request: FastifyRequest): HttpCachePolicy | undefined => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const name = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[HTTP_CACHE_ROUTE_OPTION] as string | undefined;
    if (!name) return undefined;
    const policy = options.policies[name];
    if (!policy) throw new Error(`No http-cache policy named ${name}`);
    return policy;
  };
  const stateFor = (decision: CacheDecision, started: number): RequestState => {
    const { schemaRevision, keyPrefix } = options;
    return {
      decision,
      key: `${keyPrefix}${schemaRevision}:${decision.variant}:${decision.id}:${decision.version}`,
      etag: entityTag({ schemaRevision, id: decision.id, version: decision.version, variant: decision.variant }),
      started,
      cacheMs: 0,
      served: false,
    };
  };

  // The fast path: what every caller may have (a public list) is answered before the rest of the request's
  // onRequest work (sessions, cookies, security checks) runs. Register this plugin before those.
  fastify.addHook('onRequest', async (request: WithState, reply) => {
    const policy = policyOf(request);
    if (!policy?.resolveForAnyone) return;
    const started = performance.now();
    const decision = await policy.resolveForAnyone(request);
    if (!decision?.answerFromCache) return;
    const state = stateFor(decision, started);
    // A miss goes the long way; preHandler reuses this decision instead of resolving it again.
    request[EARLY] = decision;
    const outcome = evaluatePreconditions(request.method, request.headers, { etag: state.etag, lastModified: decision.lastModified });
    if (outcome === 'not-modified') {
      request[STATE] = state;
      setValidators(reply, state);
      return finish(reply, state, 304, null, 'hit');
    }
    if (outcome !== 'proceed') return;
    const hit = await options.documents.get(state.key);
    if (!hit) return;
    request[STATE] = state;
    setValidators(reply, state);
    return sendDocument(request, reply, state, hit.value, hit.layer);
  });

  fastify.addHook('preHandler', async (request: WithState, reply) => {
    const policy = policyOf(request);
    if (!policy) return;
    const started = performance.now();
    const decision = request[EARLY] ?? (await policy.resolve(request));
    if (!decision) return;
    const state = stateFor(decision, started);
    request[STATE] = state;
    // Without the policy's word for this caller, say nothing yet: the handler may refuse them (401/404), and an
    // error response must not carry the resource's validators. onSend tags a 200.
    if (!decision.answerFromCache) return;
    setValidators(reply, state);

    const outcome = evaluatePreconditions(request.method, request.headers, { etag: state.etag, lastModified: decision.lastModified });
    if (outcome === 'not-modified') return finish(reply, state, 304, null, 'hit');
    if (outcome === 'precondition-failed') return; // the handler answers; If-Match on a GET is unusual enough

    const lookup = async () => (await options.documents.get(state.key))?.value;
    const hit = await options.documents.get(state.key);
    if (hit) return sendDocument(request, reply, state, hit.value, hit.layer);

    const flight = await options.singleFlight.join(state.key, lookup);
    if (flight.role === 'follower') {
      const document = await flight.result;
      if (document) return sendDocument(request, reply, state, document, 'redis');
      return; // the leader failed or was too slow: compute it ourselves
    }
    state.flight = flight;
    state.cacheMs = performance.now() - started;
    void reply.header('x-cache', 'miss');
  });

  fastify.addHook('onSend', async (request: WithState, reply, payload) => {
    const state = request[STATE];
    if (!state || state.served) return payload;
    if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      state.flight?.fail();
      if (reply.statusCode >= 400) void reply.removeHeader('etag').removeHeader('last-modified');
      return payload;
    }
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    const document = await makeDocument(contentType, Buffer.isBuffer(payload) ? payload : Buffer.from(payload));
    const storing = performance.now();
    await options.documents.set(state.key, document);
    state.cacheMs += performance.now() - storing;
    state.flight?.done(document);
    state.flight = undefined;
    setValidators(reply, state);
    if (!reply.hasHeader('x-cache')) void reply.header('x-cache', 'miss');
    const outcome = evaluatePreconditions(request.method, request.headers, { etag: state.etag, lastModified: state.decision.lastModified });
    if (outcome === 'not-modified') {
      void reply.code(304).removeHeader('content-type').removeHeader('content-length');
      timing(request, reply, state, options);
      return null;
    }
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (encoding !== 'identity') void reply.header('content-encoding', encoding);
    timing(request, reply, state, options);
    return bodyFor(document, encoding);
  });

  // A handler that threw never reaches onSend with a 200: release the followers.
  fastify.addHook('onResponse', (request: WithState, _reply, done) => {
    request[STATE]?.flight?.fail();
    done();
  });

  function sendDocument(request: WithState, reply: FastifyReply, state: RequestState, document: CachedDocument, layer: CacheLayer) {
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    void reply.header('content-type', document.contentType);
    if (encoding !== 'identity') void reply.header('content-encoding', encoding);
    return finish(reply, state, 200, bodyFor(document, encoding), layer);
  }

  function finish(reply: FastifyReply, state: RequestState, status: number, body: Buffer | null, layer: CacheLayer | 'hit') {
    state.served = true;
    state.cacheMs = performance.now() - state.started;
    void reply.header('x-cache', layer === 'hit' ? 'memory' : layer);
    timing(reply.request, reply, state, options);
    return reply.code(status).send(body ?? undefined);
  }
}

function setValidators(reply: FastifyReply, state: RequestState) {
  const { decision } = state;
  void reply
    .header('etag', state.etag)
    .header('last-modified', decision.lastModified.toUTCString())
    .header('cache-control', decision.cacheControl)
    .header('vary', ['Accept-Encoding', ...(decision.vary ?? [])].join(', '))
    .headers(decision.headers ?? {});
}

function timing(request: FastifyRequest, reply: FastifyReply, state: RequestState, options: HttpCacheOptions) {
  if (options.serverTiming === false) return;
  const total = performance.now() - state.started;
  const db = options.databaseTime?.(request) ?? 0;
  void reply.header('server-timing', `cache;dur=${state.cacheMs.toFixed(2)}, db;dur=${db.toFixed(2)}, total;dur=${total.toFixed(2)}`);
}
