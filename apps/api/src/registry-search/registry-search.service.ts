import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { validationProblem } from '../common/problem/problem';
import { imageDto } from '../images/dto/image.dto';
import type { StoredImage } from '../images/stored-image';
import { RegistrySearchDto, RegistrySearchQuery } from './dto/registry-search.dto';

/** Deepest a guest may page: search is for finding one couple, not for walking every list. */
export const SEARCH_MAX_OFFSET = 200;

interface Row {
  slug: string;
  title: string;
  couple_names: string;
  event_date: string | null;
  header_image: StoredImage | null;
}

/**
 * Finding a couple (issue 14, §3): trigram search over the couple's names and the title of PUBLIC lists only. The
 * `visibility = 'public'` condition is in the SQL itself (and the index is partial on it), so no later filter can be
 * forgotten: an unlisted or password list is never even read.
 */
@Injectable()
export class RegistrySearchService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimits,
  ) {}

  async search(query: RegistrySearchQuery, ip: string): Promise<RegistrySearchDto> {
    await this.rateLimits.consume('search-ip', ip, 'searches');
    const limit = query.limit ?? 20;
    const offset = query.cursor ? decodeOffset(query.cursor) : 0;
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // word_similarity (<%) forgives typos and finds one name inside "Ana & Ben"; ILIKE catches what is too short for
    // trigrams to score. Both are answered from the partial GIN index.
    const rows = (await this.db.query(
      `SELECT slug, title, couple_names, event_date::text AS event_date, header_image
         FROM registries
        WHERE visibility = 'public' AND suspended_at IS NULL
          AND ($1 <% (couple_names || ' ' || title) OR (couple_names || ' ' || title) ILIKE $2)
          AND ($3::date IS NULL OR event_date = $3::date)
        ORDER BY word_similarity($1, couple_names || ' ' || title) DESC, event_date DESC NULLS LAST, id
        LIMIT $4 OFFSET $5`,
      [query.q, like, query.date ?? null, limit + 1, offset],
    )) as Row[];
    const next = offset + limit;
    return {
      results: rows.slice(0, limit).map((r) => ({
        slug: r.slug,
        title: r.title,
        coupleNames: r.couple_names,
        eventDate: r.event_date,
        headerImage: imageDto(r.header_image, this.config.mediaUrl),
      })),
      nextCursor: rows.length > limit && next <= SEARCH_MAX_OFFSET ? Buffer.from(String(next)).toString('base64url') : null,
    };
  }
}

/** A cursor is client input: only what `search` makes (an offset within the bound) is accepted. */
function decodeOffset(cursor: string): number {
  const offset = Number(Buffer.from(cursor, 'base64url').toString());
  if (Number.isInteger(offset) && offset > 0 && offset <= SEARCH_MAX_OFFSET) return offset;
  throw validationProblem([{ pointer: '#/cursor', code: 'invalid', detail: 'cursor must be a nextCursor value from a previous page' }]);
}
