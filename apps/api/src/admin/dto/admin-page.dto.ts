import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';

export const ADMIN_PAGE_MAX = 100;

/** Search and paging shared by the admin lists: newest first, `nextCursor` for the next page. */
export class AdminListQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of a name, e-mail address, title or address (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: ADMIN_PAGE_MAX, default: 50 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ADMIN_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'From `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** `ILIKE` pattern for a search term, with its own wildcards escaped. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
