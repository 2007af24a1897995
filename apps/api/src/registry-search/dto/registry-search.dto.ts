import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { ImageDto } from '../../images/dto/image.dto';

export const SEARCH_MAX_LIMIT = 50;

export class RegistrySearchQuery {
  @ApiProperty({ minLength: 2, maxLength: 100, description: "The couple's names (or part of them, typos forgiven) or the list's title.", example: 'Ana Ben' })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q!: string;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'Only lists of a wedding on this day.' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: 20 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: 'From `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  cursor?: string;
}

/** What search shows of a public list: enough to recognise the couple, nothing a guest could not see on the list. */
export class RegistrySearchResultDto {
  @ApiProperty({ example: 'ana-and-ben' }) slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty({ type: ImageDto, nullable: true }) headerImage!: ImageDto | null;
}

export class RegistrySearchDto {
  @ApiProperty({ type: [RegistrySearchResultDto], description: 'Best match first. Only `public` lists; unlisted and password-protected ones never appear.' })
  results!: RegistrySearchResultDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}
