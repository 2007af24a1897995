import type { CacheDecision } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import type { RegistryVersion } from './registry-versions.service';

/** Cache-Control for what guests read: shared caches (nginx) may keep it a second and serve it stale while refreshing or on errors. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=86400';
/** For one person only (owners, unlocked password lists): revalidate every time, never in a shared cache. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registryIdParam(request: FastifyRequest): string | null {
  const id = (request.params as Record<string, string | undefined>).registryId;
  return id && UUID.test(id) ? id : null;
}

/**
 * A decision for an owner-only representation. Only a session whose user is among the owners may be answered
 * from the cache; anyone else (a Bearer token, checked later by the guard; a stranger) goes to the handler,
 * which authorizes as usual, and its 200 is then stored and tagged.
 */
export function ownerDecision(request: FastifyRequest, info: RegistryVersion, variant: string): CacheDecision {
  const userId = request.headers.authorization === undefined ? request.session?.userId : undefined;
  return {
    id: info.id,
    version: info.version,
    lastModified: new Date(info.updatedAt),
    variant,
    cacheControl: PRIVATE_CACHE_CONTROL,
    vary: ['Cookie', 'Authorization'],
    answerFromCache: userId !== undefined && info.ownerIds.includes(userId),
  };
}
