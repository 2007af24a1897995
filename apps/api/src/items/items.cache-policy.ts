import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { ownerDecision, registryIdParam } from '../caching/cache-policies';
import { RegistryVersions } from '../caching/registry-versions.service';

/** GET /api/registries/{id}/items: the owners' item list. */
@Injectable()
export class ItemsCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  async resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const id = registryIdParam(request);
    const info = id ? await this.versions.byId(id) : null;
    return info ? ownerDecision(request, info, 'owner-items') : null;
  }
}
