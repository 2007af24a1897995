import { cacheDecisionOf, type CacheDecision } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import type { VersionFence } from '../database/replica-reads';
import type { RegistryVersion } from './registry-versions.service';

/**
 * Cache-Control for what guests read: browsers always revalidate (a cheap 304); a shared cache (nginx) may keep it
 * one second, and serve it stale for a day only when the API fails. No stale-while-revalidate: after a quiet
 * minute it would hand the next guest a minute-old list, and "every guest sees a reservation at once" matters more.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-if-error=86400';
/** For one person only (owners, unlocked password lists): revalidate every time, never in a shared cache. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';
/** The default for every authenticated response that sets nothing itself: one person's data, kept nowhere. */
export const PRIVATE_NO_STORE = 'private, no-store';

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

/**
 * For a route whose policy keys copies by registry version: the version the copy this request builds will be stored
 * under, which a replica must have reached before it may answer (ReplicaReads). null without a decision.
 */
export function versionFence(request: FastifyRequest): VersionFence | null {
  const decision = cacheDecisionOf(request);
  return decision ? { registryId: decision.id, version: decision.version } : null;
}
