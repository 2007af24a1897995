import { Injectable } from '@nestjs/common';
import type { CacheDecision, HttpCachePolicy } from '@whispergifts/http-cache';
import type { FastifyRequest } from 'fastify';
import { RegistryVersions } from '../caching/registry-versions.service';
import { guestListDecision } from '../reservations/reservations.cache-policy';

/**
 * GET /api/registries/{id}/tracker and .../tracker/summary: like the pledges view (keyed on the registry version,
 * the query and surprise mode; its ETag is what the tracker's writes take as If-Match). Cache keys do not carry
 * the path, so the two routes get variants of their own.
 */
@Injectable()
export class TrackerCachePolicy implements HttpCachePolicy {
  constructor(private readonly versions: RegistryVersions) {}

  resolve(request: FastifyRequest): Promise<CacheDecision | null> {
    const summary = request.url.split('?')[0].endsWith('/summary');
    return guestListDecision(this.versions, request, summary ? 'owner-tracker-summary' : 'owner-tracker');
  }
}
