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
    const info = await this.lookup(request);
    return info && info.visibility !== 'password' ? decision(info, true) : null;
  }

  async resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const info = await this.lookup(request);
    if (!info) return null;
    const unlocked = info.passwordStamp !== null && request.session?.unlocked?.[info.id] === info.passwordStamp;
    return decision(info, info.visibility !== 'password' || unlocked);
  }

  private lookup(request: FastifyRequest): Promise<RegistryVersion | null> {
    const slug = (request.params as Record<string, string | undefined>).slug;
    return slug && slug.length <= 60 ? this.versions.bySlug(slug) : Promise.resolve(null);
  }
}

function decision(info: RegistryVersion, answerFromCache: boolean): CacheDecision {
  const protectedList = info.visibility === 'password';
  return {
    id: info.id,
    version: info.version,
    lastModified: new Date(info.updatedAt),
    variant: 'gift-list',
    cacheControl: protectedList ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
    vary: protectedList ? ['Cookie'] : [],
    headers: { 'x-robots-tag': 'noindex' },
    answerFromCache,
  };
}
