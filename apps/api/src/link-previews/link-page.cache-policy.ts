import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { PUBLIC_CACHE_CONTROL } from '../caching/cache-policies';
import { RegistryVersions } from '../caching/registry-versions.service';
import { edgeExpiry } from '../gift-list/gift-list.cache-policy';
import { GiftListService } from '../gift-list/gift-list.service';
import { PageShell } from './page-shell';

/**
 * The shared page's HTML is the same for everyone, whatever the list's visibility (unlisted and password lists get
 * the generic one, which shows nothing of the couple), so every caller may have the cached copy, before sessions are
 * loaded. The key is the registry's version, the shell's hash and the preview's name: an edit, a new preview image
 * or a new release of the web app is a new page. nginx keeps only lists the API marks shareable
 * (edge-shares.ts), as for the gift list itself.
 */
@Injectable()
export class LinkPageCachePolicy implements HttpCachePolicy {
  constructor(
    private readonly versions: RegistryVersions,
    private readonly shell: PageShell,
    private readonly giftList: GiftListService,
  ) {}

  resolveForAnyone(request: FastifyRequest): Promise<CacheDecision | null> {
    return this.resolve(request);
  }

  async resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const asOf = this.versions.confirmedAt();
    const slug = await slugOf(request, this.giftList);
    if (!slug || slug.length > 60) return null;
    const [info, shell] = await Promise.all([this.versions.bySlug(slug), this.shell.get()]);
    if (!info || !shell) return null;
    return {
      id: info.id,
      version: info.version,
      lastModified: new Date(info.updatedAt),
      // The preview's name is not in the version (recording it bumps nothing): its hash is part of the variant.
      variant: `link-page-${shell.hash}-${info.linkPreview?.slice(3, 15) ?? 'none'}`,
      cacheControl: PUBLIC_CACHE_CONTROL,
      vary: [],
      headers: {
        ...(info.visibility === 'public' ? {} : { 'x-robots-tag': 'noindex' }),
        'x-accel-expires': edgeExpiry(asOf),
      },
      answerFromCache: true,
    };
  }
}

/** The list a page request names: by slug (`/r/{slug}`), or by the couple's domain (`/` there), looked up once per request. */
export async function slugOf(request: FastifyRequest, giftList: GiftListService): Promise<string | null> {
  const params = request.params as Record<string, string | undefined>;
  if (params.slug) return params.slug;
  if (!params.host) return null;
  const known = request as FastifyRequest & { wgPageSlug?: Promise<string | null> };
  known.wgPageSlug ??= giftList.byDomain(params.host).then(
    (domain) => domain.slug,
    () => null,
  );
  return known.wgPageSlug;
}
