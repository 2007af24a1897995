import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { RegistryVersions } from '../caching/registry-versions.service';
import { guestListDecision } from '../reservations/reservations.cache-policy';

/** GET /api/registries/{id}/pledges: like the reservations view (its ETag is also what PATCH .../pledges/{id} takes as If-Match). */
@Injectable()
export class PledgesCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    return guestListDecision(this.versions, request, 'owner-pledges');
  }
}
