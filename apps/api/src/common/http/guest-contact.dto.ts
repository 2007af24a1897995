import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NormalizeEmail, Optional, Trim } from './dto-helpers';
import { IsDeliverableEmail } from './validators';

/** The longest postal address a guest may leave (the database's CHECK agrees). */
export const GUEST_ADDRESS_MAX = 500;

/** Who a guest is and what they tell the couple: the same fields, rules and limits for a reservation and a pledge. */
export class GuestContactDto {
  @ApiProperty({ maxLength: 100, example: 'Aunt May', description: 'Your name, as the couple will see it.' })
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ maxLength: 254, example: 'may@example.com', description: 'For the confirmation e-mail, with the undo link.' })
  @NormalizeEmail()
  @IsDeliverableEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A message to the couple.' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  message?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: GUEST_ADDRESS_MAX,
    description:
      'A postal address for the thank-you card, if the guest wants to leave one. Only the couple sees it (their tracker and exports); ' +
      'it is never in a public response or a shared cache, and the guest can change or remove it on their own page. Empty or null: none.',
  })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(GUEST_ADDRESS_MAX)
  address?: string | null;
}

/** What the address field stores: the trimmed text, or null for none (`''` and null both clear it). */
export function storedAddress(address: string | null | undefined): string | null {
  return address ? address : null;
}
