import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { ownerDecision, registryIdParam } from '../caching/cache-policies';
import { RegistryVersions } from '../caching/registry-versions.service';
import { sha256 } from '../common/crypto/tokens';
import { surpriseHidden } from '../registries/guest-access';

/**
 * GET /api/registries/{id}/reservations. The variant names the query (page, filter) and whether surprise mode
 * hides the guests today: at the reveal date the representation changes without a write, and so does its tag.
 */
@Injectable()
export class ReservationsCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    return guestListDecision(this.versions, request, 'owner-reservations');
  }
}

/** For the couple's lists of what guests did (reservations, pledges): keyed on the registry version, the query and surprise mode. */
export async function guestListDecision(versions: RegistryVersions, request: FastifyRequest, name: string): Promise<CacheDecision | null> {
  const id = registryIdParam(request);
  const info = id ? await versions.byId(id) : null;
  if (!info) return null;
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  const variant = `${name}-${surpriseHidden(info) ? 'hidden' : 'shown'}-${sha256(query).slice(0, 12)}`;
  return ownerDecision(request, info, variant);
}
