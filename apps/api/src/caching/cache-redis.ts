/** The cache Redis (`allkeys-lru`, no persistence; may be the same server as REDIS_URL in development). */
export const CACHE_REDIS = Symbol('CACHE_REDIS');
/** A second connection to it for pub/sub: a subscribed connection can send no other command. */
export const CACHE_SUBSCRIBER = Symbol('CACHE_SUBSCRIBER');
