import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ImageDto, imageDto } from '../../images/dto/image.dto';
import { PRIORITIES } from '../../items/item.entity';
import type { Item, Priority } from '../../items/item.entity';
import { remaining } from '../../items/dto/item.dto';
import { THEMES } from '../../registries/registry.entity';
import type { Registry, Theme } from '../../registries/registry.entity';

/** The registry header as guests see it. */
export class GiftListRegistryDto {
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty() welcomeMessage!: string;
  @ApiProperty({ type: ImageDto, nullable: true }) headerImage!: ImageDto | null;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: THEMES }) theme!: Theme;

  static from(r: Registry, mediaUrl: string): GiftListRegistryDto {
    const { slug, title, coupleNames, eventDate, welcomeMessage, currency, theme } = r;
    return { slug, title, coupleNames, eventDate, welcomeMessage, headerImage: imageDto(r.headerImage, mediaUrl), currency, theme };
  }
}

/** One gift as guests see it: what it is, and how many are still wanted. */
export class GiftListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'uri', nullable: true }) url!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) priceMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) priceMax!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: unlimited.' }) quantity!: number | null;
  @ApiProperty({ type: 'integer' }) reserved!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Still wanted; null when unlimited.' }) remaining!: number | null;
  @ApiProperty({ enum: PRIORITIES }) priority!: Priority;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: ImageDto, nullable: true }) image!: ImageDto | null;

  /** The cached fragment of an item (GiftListService), so image URLs are computed here. */
  static from(item: Item, mediaUrl: string): GiftListItemDto {
    const { id, name, description, url, priceMin, priceMax, quantity, priority, category } = item;
    const image = imageDto(item.image, mediaUrl);
    return { id, name, description, url, priceMin, priceMax, quantity, reserved: item.reservedQuantity, remaining: remaining(item), priority, category, image };
  }
}

export class GiftListDto {
  @ApiProperty({ type: GiftListRegistryDto }) registry!: GiftListRegistryDto;
  @ApiProperty({ type: [GiftListItemDto], description: 'Items in the order the couple chose; archived items are left out.' }) items!: GiftListItemDto[];
  @ApiProperty({ type: 'integer', description: 'The registry version this list shows.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UnlockDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  password!: string;
}
