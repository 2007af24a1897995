import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { ItemMoneyDto, moneyOf } from '../../pledges/dto/money';
import { ImageDto, imageDto } from '../../images/dto/image.dto';
import { PRIORITIES } from '../item.entity';
import type { Item, Priority } from '../item.entity';

/** An item as its owners see it. */
class ItemFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) url!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Minor units of the registry currency.' }) priceMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) priceMax!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: unlimited.' }) quantity!: number | null;
  @ApiProperty({ type: 'integer', description: 'Reserved by guests so far.' }) reserved!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Still wanted; null when unlimited.' }) remaining!: number | null;
  @ApiProperty({ enum: PRIORITIES }) priority!: Priority;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ type: ImageDto, nullable: true }) image!: ImageDto | null;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send as If-Match when changing or deleting the item: a change by someone else in between then gives 412.' })
  etag!: string;
}

export class ItemDto extends IntersectionType(ItemFieldsDto, ItemMoneyDto) {
  static from(item: Item, mediaUrl: string): Omit<ItemDto, 'etag'> {
    return {
      id: item.id,
      name: item.name,
      description: item.description,
      url: item.url,
      priceMin: item.priceMin,
      priceMax: item.priceMax,
      quantity: item.quantity,
      reserved: item.reservedQuantity,
      remaining: remaining(item),
      priority: item.priority,
      category: item.category,
      position: item.position,
      image: imageDto(item.image, mediaUrl),
      archived: item.archived,
      version: item.version,
      createdAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
      ...moneyOf(item),
    };
  }
}

export function remaining(item: Pick<Item, 'quantity' | 'reservedQuantity'>): number | null {
  return item.quantity === null ? null : item.quantity - item.reservedQuantity;
}
