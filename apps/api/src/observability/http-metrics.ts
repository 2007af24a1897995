import type { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Histogram } from 'prom-client';
import { databaseMilliseconds } from '../caching/request-timing';
import type { Metrics } from './metrics.service';

/** Seconds; from a cached answer (a few ms) to the slowest export a couple may start. */
const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every answer by route pattern (never the raw URL: slugs and ids would make one series per registry), method and
 * status, with its duration; cached answers by the layer that answered (the X-Cache header the cache sets, or
 * 304); and a log line for each request slower than SLOW_REQUEST_MS saying where the time went — the original
 * service's "timelog".
 */
export function installHttpMetrics(fastify: FastifyInstance, metrics: Metrics, slowMs: number, logger: Logger): void {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its answer, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'],
    buckets: BUCKETS,
    registers: [metrics.registry],
  });
  const cacheAnswers = new Counter({
    name: 'http_cache_answers_total',
    help: 'Answers of cached routes by the layer that answered: memory, redis, miss (built from PostgreSQL) or 304.',
    labelNames: ['layer'],
    registers: [metrics.registry],
  });
  // Read while the request's own async context (where query time accumulates) is still current.
  const databaseMs = new WeakMap<FastifyRequest, number>();
  fastify.addHook('onSend', (request, _reply, payload, done) => {
    databaseMs.set(request, databaseMilliseconds());
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const status = reply.statusCode;
    const elapsedMs = reply.elapsedTime;
    duration.observe({ route, method: request.method, status: String(status) }, elapsedMs / 1000);
    const layer = reply.getHeader('x-cache');
    if (typeof layer === 'string') cacheAnswers.inc({ layer: status === 304 ? '304' : layer });
    if (elapsedMs >= slowMs) {
      const cacheMs = /cache;dur=([\d.]+)/.exec(String(reply.getHeader('server-timing') ?? ''))?.[1];
      logger.warn(
        `slow request ${request.method} ${route} ${status}: total ${elapsedMs.toFixed(0)} ms, database ${(databaseMs.get(request) ?? 0).toFixed(0)} ms` +
          `${cacheMs ? `, cache ${Number(cacheMs).toFixed(0)} ms` : ''} (request ${request.id})`,
      );
    }
    done();
  });
}
