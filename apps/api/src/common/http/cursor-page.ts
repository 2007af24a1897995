import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { validationProblem } from '../problem/problem';
import { Optional } from './dto-helpers';

/**
 * Cursor paging, the same for every list (reservations, pledges, the tracker, invitations sent, the admin lists):
 * newest first, and a page's `nextCursor` (its last row's time and id) is the next request's `cursor`.
 */
export function CursorPageQuery(max = 500, fallback = 100) {
  class CursorPage {
    @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: max, default: fallback })
    @Optional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(max)
    limit?: number;

    @ApiPropertyOptional({ description: 'From `nextCursor` of the previous page.' })
    @IsOptional()
    @IsString()
    @MaxLength(200)
    cursor?: string;
  }
  return CursorPage;
}

export function encodeCursor(r: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([r.createdAt.toISOString(), r.id])).toString('base64url');
}

/** A cursor is client input: only what encodeCursor makes (an ISO instant PostgreSQL can hold, a UUID) is passed to SQL. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(value) && value.length === 2 && isIsoInstant(value[0]) && isUuid(value[1])) return [value[0], value[1]];
  } catch {
    // fall through
  }
  throw validationProblem([{ pointer: '#/cursor', code: 'invalid', detail: 'cursor must be a nextCursor value from a previous page' }]);
}

function isIsoInstant(value: unknown): value is string {
  // Years 0001-9999 only: PostgreSQL has no year 0, and toISOString() writes other years with a sign.
  return (
    typeof value === 'string' &&
    /^(?!0000)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString() === value
  );
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
