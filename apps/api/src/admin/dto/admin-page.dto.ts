import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/http/dto-helpers';

export const ADMIN_PAGE_MAX = 100;

/** Search and paging shared by the admin lists: newest first, `nextCursor` for the next page. */
export class AdminListQuery extends CursorPageQuery(ADMIN_PAGE_MAX, 50) {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of a name, e-mail address, title or address (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** `ILIKE` pattern for a search term, with its own wildcards escaped. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
