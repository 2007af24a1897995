import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../caching/cache-policies';
import { RegistryVersions } from '../caching/registry-versions.service';

/**
 * The guest gift list: shared-cacheable when public or unlisted; for password lists only the guest who unlocked
 * it may get the cached copy, and it is never shared.
 */
@Injectable()
export class GiftListCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  /** A public or unlisted list is the same for everyone: answered before sessions are even loaded. */
  async resolveForAnyone(request: FastifyRequest): Promise<CacheDecision | null> {
    const decision = await this.resolve(request);
    return decision?.cacheControl === PUBLIC_CACHE_CONTROL ? decision : null;
  }

  async resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const slug = (request.params as Record<string, string | undefined>).slug;
    if (!slug || slug.length > 60) return null;
    const info = await this.versions.bySlug(slug);
    if (!info) return null;
    const protectedList = info.visibility === 'password';
    const unlocked = info.passwordStamp !== null && request.session?.unlocked?.[info.id] === info.passwordStamp;
    return {
      id: info.id,
      version: info.version,
      lastModified: new Date(info.updatedAt),
      variant: 'gift-list',
      cacheControl: protectedList ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL,
      vary: protectedList ? ['Cookie'] : [],
      headers: { 'x-robots-tag': 'noindex' },
      answerFromCache: !protectedList || unlocked,
    };
  }
}
