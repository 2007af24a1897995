import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../caching/cache-policies';
import { RegistryVersion, RegistryVersions } from '../caching/registry-versions.service';

/**
 * The guest gift list: shared-cacheable when public or unlisted; for password lists only the guest who unlocked
 * it may get the cached copy, and it is never shared.
 */
@Injectable()
export class GiftListCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  /** A public or unlisted list is the same for everyone: answered before sessions are even loaded. */
  async resolveForAnyone(request: FastifyRequest): Promise<CacheDecision | null> {
    const asOf = this.versions.confirmedAt();
    const info = await this.lookup(request);
    return info && info.visibility !== 'password' ? decision(info, true, asOf) : null;
  }

  async resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const asOf = this.versions.confirmedAt();
    const info = await this.lookup(request);
    if (!info) return null;
    const unlocked = info.passwordStamp !== null && request.session?.unlocked?.[info.id] === info.passwordStamp;
    return decision(info, info.visibility !== 'password' || unlocked, asOf);
  }

  private lookup(request: FastifyRequest): Promise<RegistryVersion | null> {
    const slug = (request.params as Record<string, string | undefined>).slug;
    return slug && slug.length <= 60 ? this.versions.bySlug(slug) : Promise.resolve(null);
  }
}

/**
 * `asOf`: a moment as of which the version looked up is known current (not simply the time of the lookup: a
 * process whose event loop lags may not have read a bump that is already waiting on its subscription), so the
 * answer shows the list as of then or newer.
 */
function decision(info: RegistryVersion, answerFromCache: boolean, asOf: number): CacheDecision {
  const protectedList = info.visibility === 'password';
  return {
    id: info.id,
    version: info.version,
    lastModified: new Date(info.updatedAt),
    variant: 'gift-list',
    cacheControl: protectedList ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
    vary: protectedList ? ['Cookie'] : [],
    headers: protectedList ? { 'x-robots-tag': 'noindex' } : { 'x-robots-tag': 'noindex', 'x-accel-expires': edgeExpiry(asOf) },
    answerFromCache,
  };
}

/**
 * How long nginx may keep this copy, counted from when the API looked the version up rather than from when nginx
 * stored it: a refresh that was in flight when a guest reserved (slow under load) then cannot add its own duration
 * to the documented bound. nginx keeps an entry through the whole second it names, so a copy is gone less than 2 s
 * after the moment it shows, whatever the refresh took. nginx reads it (after Cache-Control, whose stale-if-error
 * it still honours) and never passes it on to browsers.
 */
export function edgeExpiry(asOf: number): string {
  return `@${Math.floor(asOf / 1000) + 1}`;
}
