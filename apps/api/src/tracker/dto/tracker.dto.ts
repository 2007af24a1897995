import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { MAX_AMOUNT } from '../../pledges/dto/money';
import { STAGES, TrackerEntryDto } from './tracker-entry.dto';
import type { Stage } from './tracker-entry.dto';

export const ENTRY_ID = /^[rpo]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_BULK_ENTRIES = 500;
export const MAX_THANK_NOTE = 500;

export class TrackerCountsDto {
  @ApiProperty({ type: 'integer', description: 'Every entry, whatever its stage.' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'All but the cancelled and lapsed: the "41" of "23 of 41 thanked".' }) active!: number;
  @ApiProperty({ type: 'integer' }) held!: number;
  @ApiProperty({ type: 'integer' }) reserved!: number;
  @ApiProperty({ type: 'integer' }) pledged!: number;
  @ApiProperty({ type: 'integer' }) bought!: number;
  @ApiProperty({ type: 'integer' }) received!: number;
  @ApiProperty({ type: 'integer' }) thanked!: number;
  @ApiProperty({ type: 'integer' }) cancelled!: number;
  @ApiProperty({ type: 'integer' }) lapsed!: number;
}

export class TrackerPageDto {
  @ApiProperty({ type: [TrackerEntryDto], description: 'Newest first.' }) entries!: TrackerEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
  @ApiProperty({ type: TrackerCountsDto, description: 'Entries per stage over the whole registry, whatever the filter or page.' })
  counts!: TrackerCountsDto;
  @ApiProperty({ description: 'True while surprise mode hides who gave what.' }) surpriseHidden!: boolean;
}

export class TrackerEntriesDto {
  @ApiProperty({ type: [TrackerEntryDto] }) entries!: TrackerEntryDto[];
}

export class ListTrackerQuery extends CursorPageQuery() {
  @ApiPropertyOptional({ enum: STAGES }) @Optional() @IsIn(STAGES) stage?: Stage;

  @ApiPropertyOptional({ maxLength: 100, description: "The items' category (exact)." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({
    maxLength: 254,
    description: "A guest's name or e-mail address (exact, any case). In surprise mode only gifts given outside the list match.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  guest?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Search the gift, and (unless surprise mode hides them) the guest, message and notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class UpdateTrackerEntryDto {
  @ApiPropertyOptional({
    description: 'true: the couple has it (the server records when); false clears that. A pledge received gets receivedAmount = amount unless set.',
  })
  @Optional()
  @IsBoolean()
  received?: boolean;

  @ApiPropertyOptional({ description: 'true: thanked (the server records when); false clears that.' })
  @Optional()
  @IsBoolean()
  thanked?: boolean;

  @ApiPropertyOptional({ maxLength: MAX_THANK_NOTE, description: 'The thank-you note, e.g. "card sent"; empty clears it.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(MAX_THANK_NOTE)
  note?: string;
}

export class BulkThankedDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_BULK_ENTRIES, example: ['r-6f1c9a3e-2d4b-4c1a-9e8f-0a1b2c3d4e5f'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ENTRIES)
  @Matches(ENTRY_ID, { each: true, message: 'each of entryIds must be a tracker entry id (r-, p- or o- and a UUID)' })
  entryIds!: string[];

  @ApiPropertyOptional({ maxLength: MAX_THANK_NOTE, description: 'Set as the note of every entry; left out, each keeps its own.' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(MAX_THANK_NOTE)
  note?: string;
}

export class CreateOfflineGiftDto {
  @ApiProperty({ maxLength: 200, example: 'Grandma Rose' })
  @Trim()
  @IsString()
  @Length(1, 200)
  giver!: string;

  @ApiProperty({ maxLength: 500, example: 'A quilt she made' })
  @Trim()
  @IsString()
  @Length(1, 500)
  description!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_AMOUNT,
    nullable: true,
    description: 'When it was money: minor units of the registry currency.',
  })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of minor units (cents), e.g. 5000 for 50.00' })
  @Min(1)
  @Max(MAX_AMOUNT)
  amount?: number | null;

  @ApiPropertyOptional({ maxLength: 500, description: "The couple's own note." })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}
