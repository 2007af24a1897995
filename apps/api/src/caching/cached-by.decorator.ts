import { RouteConfig } from '@nestjs/platform-fastify';
import { HTTP_CACHE_ROUTE_OPTION } from '@whispergifts/http-cache';

export type CachePolicyName = 'gift-list' | 'owner-registry' | 'owner-items' | 'owner-reservations' | 'owner-pledges' | 'owner-tracker' | 'link-page';

/**
 * Serves this GET route through libs/http-cache with the named policy: ETag and Last-Modified from the
 * registry version, 304 and cached bytes before the handler runs, the handler's 200 stored under a versioned key.
 */
export const CachedBy = (policy: CachePolicyName) => RouteConfig({ [HTTP_CACHE_ROUTE_OPTION]: policy });
