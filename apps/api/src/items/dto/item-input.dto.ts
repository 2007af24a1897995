import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Optional, Trim } from '../../common/http/dto-helpers';
import { PRIORITIES, Priority } from '../item.entity';

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
