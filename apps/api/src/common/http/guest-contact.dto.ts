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
    example: '12 Rua das Flores, 1200-195 Lisboa, Portugal',
    description:
      'A postal address for the thank-you card, if you like. Only the couple sees it (their tracker and exports); it is never in a ' +
      'public response or a shared cache, and it is erased with your other details. Empty or null: no address.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(GUEST_ADDRESS_MAX)
  address?: string | null;
}

/** The address's part of an Idempotency-Key's request hash: none when absent, so hashes of requests without one stay as they were. */
export function addressPart(address: string | null | undefined): string[] {
  return address ? [address] : [];
}

/** What the address field stores: the trimmed text, or null for none (`''` and null both clear it). */
export function storedAddress(address: string | null | undefined): string | null {
  return address ? address : null;
}
