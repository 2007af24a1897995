import { LANGUAGE_CODES, type Language } from '@whispergifts/i18n';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { GuestItemMoneyDto, guestMoneyOf } from '../../pledges/dto/money';
import { IsString, Length } from 'class-validator';
import { ImageDto, imageDto } from '../../images/dto/image.dto';
import { PRIORITIES } from '../../items/item.entity';
import type { Item, Priority } from '../../items/item.entity';
import { remaining } from '../../items/dto/item.dto';
import { THEMES } from '../../registries/registry.entity';
import type { Giving, Registry, Theme } from '../../registries/registry.entity';

/**
 * How guests give money, as they see it. All of it is meant for guests (it goes on a transfer); the payment link
 * template itself is left out: each pledge's `payment.link` carries it rendered with the amount.
 */
export class GiftListGivingDto {
  @ApiProperty({ type: String, nullable: true }) instructions!: string | null;
  @ApiProperty({ type: String, nullable: true }) accountHolder!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Electronic format (no spaces).' }) iban!: string | null;
  @ApiProperty({ type: String, nullable: true }) bic!: string | null;
  @ApiProperty({ description: 'Whether a pledge comes with a payment link.' }) hasPaymentLink!: boolean;

  static from(giving: Giving | null): GiftListGivingDto | null {
    if (!giving) return null;
    return {
      instructions: giving.instructions ?? null,
      accountHolder: giving.accountHolder ?? null,
      iban: giving.iban ?? null,
      bic: giving.bic ?? null,
      hasPaymentLink: Boolean(giving.paymentLinkTemplate),
    };
  }
}

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
  @ApiProperty({ enum: LANGUAGE_CODES, enumName: 'Language', description: 'ISO 639-1: the language the couple chose for the guest page; a guest may switch.' })
  language!: Language;
  @ApiProperty({ type: GiftListGivingDto, nullable: true, description: 'How to give money (funds, group gifts); null when the couple has not set it up.' })
  giving!: GiftListGivingDto | null;

  static from(r: Registry, mediaUrl: string): GiftListRegistryDto {
    const { slug, title, coupleNames, eventDate, welcomeMessage, currency, theme, language } = r;
    const headerImage = imageDto(r.headerImage, mediaUrl);
    return { slug, title, coupleNames, eventDate, welcomeMessage, headerImage, currency, theme, language, giving: GiftListGivingDto.from(r.giving) };
  }
}

/** One gift as guests see it: what it is, and how many are still wanted. */
class GiftListItemFieldsDto {
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
}

/** One gift as guests see it: what it is, how many are still wanted, and for money gifts how far it is. */
export class GiftListItemDto extends IntersectionType(GiftListItemFieldsDto, GuestItemMoneyDto) {
  /** The cached fragment of an item (GiftListService), so image URLs are computed here. */
  static from(item: Item, mediaUrl: string): GiftListItemDto {
    const { id, name, description, url, priceMin, priceMax, quantity, priority, category } = item;
    const image = imageDto(item.image, mediaUrl);
    const reserved = item.reservedQuantity;
    return { id, name, description, url, priceMin, priceMax, quantity, reserved, remaining: remaining(item), priority, category, image, ...guestMoneyOf(item) };
  }
}

/** Why an administrator suspended the list; guests are shown it instead of the gifts. */
export class GiftListSuspensionDto {
  @ApiProperty({ example: 'This list was reported as a scam and is under review.' }) reason!: string;
}

export class GiftListDto {
  @ApiProperty({ type: GiftListRegistryDto }) registry!: GiftListRegistryDto;
  @ApiPropertyOptional({
    type: GiftListSuspensionDto,
    description:
      'Present only while an administrator has suspended the list: `items` is then empty, and reservations and pledges are refused (403 `registry-suspended`).',
  })
  suspension?: GiftListSuspensionDto;
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
