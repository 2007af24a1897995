import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerHttpCache } from '@whispergifts/http-cache';
import { AppConfig } from '../common/config/app-config';
import { GiftListCachePolicy } from '../gift-list/gift-list.cache-policy';
import { ItemsCachePolicy } from '../items/items.cache-policy';
import { RegistryCachePolicy } from '../registries/registry.cache-policy';
import { ReservationsCachePolicy } from '../reservations/reservations.cache-policy';
import { PledgesCachePolicy } from '../pledges/pledges.cache-policy';
import { TrackerCachePolicy } from '../tracker/tracker.cache-policy';
import { LinkPageCachePolicy } from '../link-previews/link-page.cache-policy';
import { CachePolicyName } from './cached-by.decorator';
import { Caches } from './caches';
import { databaseMilliseconds, requestTiming } from './request-timing';

/** The policies by the name routes give in `@CachedBy(...)`. */
const CACHE_POLICIES = {
  'gift-list': GiftListCachePolicy,
  'owner-registry': RegistryCachePolicy,
  'owner-items': ItemsCachePolicy,
  'owner-reservations': ReservationsCachePolicy,
  'owner-pledges': PledgesCachePolicy,
  'owner-tracker': TrackerCachePolicy,
  'link-page': LinkPageCachePolicy,
} satisfies Record<CachePolicyName, unknown>;

/** Puts libs/http-cache in front of the cached routes (before the handler, after the session is loaded). */
export function installHttpCache(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const config = app.get(AppConfig);
  const caches = app.get(Caches);
  fastify.addHook('onRequest', (request, _reply, done) => requestTiming.run({ dbMs: 0, requestId: request.id }, done));
  registerHttpCache(fastify, {
    schemaRevision: config.cacheSchemaRevision,
    keyPrefix: config.redisKeyPrefix,
    documents: caches.documents,
    singleFlight: caches.documentFlights,
    policies: Object.fromEntries(Object.entries(CACHE_POLICIES).map(([name, policy]) => [name, app.get(policy, { strict: false })])),
    databaseTime: databaseMilliseconds,
    serverTiming: config.exposeServerTiming,
  });
}
