import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  Max as MaxValue,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { ITEM_KINDS, ItemKind, PRIORITIES, Priority } from '../item.entity';
import { MAX_AMOUNT, MAX_SUGGESTED_AMOUNTS } from '../../pledges/dto/money';

export const MAX_PRICE = 1_000_000_000;
export const MAX_QUANTITY = 1000;

export class CreateItemDto {
  @ApiProperty({ example: 'A toaster that cooks crumpets', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Optional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    nullable: true,
    example: 'https://shop.example/toaster',
    description: 'Where a guest can buy it, if anywhere in particular.',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(2000)
  url?: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_PRICE,
    description: 'Lowest price hint, in minor units of the registry currency.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE)
  priceMin?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: MAX_PRICE,
    description: 'Highest price hint, in minor units; at least priceMin.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PRICE)
  priceMax?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_QUANTITY,
    default: 1,
    description: 'How many are wanted; null means unlimited.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity?: number | null;

  @ApiPropertyOptional({
    enum: ITEM_KINDS,
    default: 'gift',
    description:
      '`gift`: reserved in units; `group-gift`: guests chip in for one pricey gift (targetAmount required); `fund`: a cash fund. Fixed once guests reserved or pledged.',
  })
  @Optional()
  @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_AMOUNT,
    description: 'Money gifts: the target in minor units. Required for a group gift (its price); optional for a fund (without one it is open-ended).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @MaxValue(MAX_AMOUNT)
  targetAmount?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_AMOUNT,
    description: "Money gifts: the smallest pledge in minor units; null or left out: 5 units of the registry's currency.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @MaxValue(MAX_AMOUNT)
  minContribution?: number | null;

  @ApiPropertyOptional({
    type: [Number],
    maxItems: MAX_SUGGESTED_AMOUNTS,
    description: 'Money gifts: up to 4 amounts in minor units offered as buttons, each at least minContribution.',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_SUGGESTED_AMOUNTS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @MaxValue(MAX_AMOUNT, { each: true })
  suggestedAmounts?: number[];

  @ApiPropertyOptional({ description: 'Money gifts: whether pledges may pass the target. Default: true for a fund, false for a group gift.' })
  @Optional()
  @IsBoolean()
  allowOverfunding?: boolean;

  @ApiPropertyOptional({
    description: 'An open-ended fund (no targetAmount): hide from guests how much was given and by how many. Default false.',
  })
  @Optional()
  @IsBoolean()
  hideTotals?: boolean;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'medium' })
  @Optional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60, example: 'Kitchen' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 60)
  category?: string | null;
}

export class UpdateItemDto extends PartialType(CreateItemDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ description: 'Archived items are hidden from guests but keep their reservations.' })
  @Optional()
  @IsBoolean()
  archived?: boolean;
}

export class ReorderItemsDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Every item id of the registry, in the new order.' })
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  itemIds!: string[];
}
