import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, MaxLength } from 'class-validator';
import { Trim } from '../../common/http/dto-helpers';

export const AVAILABILITIES = ['in-stock', 'out-of-stock', 'preorder'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export class ShopLinkDto {
  @ApiProperty({ format: 'uri', maxLength: 2000, example: 'https://shop.example/toaster' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) address' })
  url!: string;
}

/** What the shop page says, for the couple to review in the add-gift form; nothing is saved. */
export class SuggestionDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 200, example: 'Crumpet toaster, 2 slots' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, maxLength: 4000 }) description!: string | null;
  @ApiProperty({ format: 'uri', description: "The product's address: the page's canonical address, or the one that answered after redirects." })
  url!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Lowest price, in minor units of `currency`.' }) priceMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Highest price, in minor units of `currency` (equal to priceMin for one price).' })
  priceMax!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'EUR', description: "ISO 4217; may differ from the registry's currency." }) currency!: string | null;
  @ApiProperty({
    type: String,
    format: 'uri',
    nullable: true,
    description: "The product photo's address; `PUT …/items/{itemId}/image/from-url` fetches it into the item.",
  })
  imageUrl!: string | null;
  @ApiProperty({ enum: AVAILABILITIES, nullable: true, description: 'From schema.org availability, when the page says.' })
  availability!: Availability | null;
}

export class SuggestionResponseDto {
  @ApiProperty({ type: SuggestionDto }) suggestion!: SuggestionDto;
}
