import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { NormalizeEmail, Optional, Trim } from '../../common/http/dto-helpers';
import { GUEST_ADDRESS_MAX } from '../../common/http/guest-contact.dto';
import { GiftListItemDto } from '../../gift-list/dto/gift-list.dto';
import { MAX_AMOUNT } from '../../pledges/dto/money';
import { PLEDGE_STATUSES } from '../../pledges/pledge.entity';
import type { PledgeStatus } from '../../pledges/pledge.entity';
import { MAX_RESERVATION_QUANTITY } from '../../reservations/dto/reservation.dto';
import { RESERVATION_STATUSES } from '../../reservations/reservation.entity';
import { THEMES } from '../../registries/registry.entity';
import type { Theme } from '../../registries/registry.entity';
import type { ReservationStatus } from '../../reservations/reservation.entity';

export class GuestLinkRequestDto {
  @ApiProperty({ example: 'may@example.com', maxLength: 254, description: 'The address you reserved or chipped in with.' })
  @NormalizeEmail()
  @IsString()
  @MaxLength(254)
  email!: string;
}

export class GuestLinkAcceptedDto {
  @ApiProperty({ example: 'If this address has reserved a gift or chipped in on this list, we have e-mailed it a link to your gifts.' })
  detail!: string;
}

export class GuestPageRegistryDto {
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) eventDate!: string | null;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: THEMES, description: "The list's theme, so the guest's page looks like the list." }) theme!: Theme;
}

export class GuestPageGuestDto {
  @ApiProperty({ description: 'The name on their newest reservation or pledge.' }) name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The postal address they left for the thank-you card (only the couple and they see it).' })
  address!: string | null;
}

export class GuestPageReservationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: GiftListItemDto, description: 'The gift as it is now.' }) item!: GiftListItemDto;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ type: 'integer', description: 'The most units this reservation can be changed to now (what is left, and the per-reservation bound).' })
  maxQuantity!: number;
  @ApiProperty({ enum: RESERVATION_STATUSES, description: 'Only `active` and `held` reservations are listed.' }) status!: ReservationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While `held`: confirm with the e-mailed link before then.' })
  heldUntil!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the guest said they bought it.' }) boughtAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the couple said it arrived; then it can no longer be changed here.' })
  receivedAt!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class GuestPagePledgeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: GiftListItemDto, description: 'The fund or group gift as it is now.' }) item!: GiftListItemDto;
  @ApiProperty({ type: 'integer', description: 'Minor units.' }) amount!: number;
  @ApiProperty({ type: 'integer', description: 'The smallest amount this pledge can be changed to, minor units.' }) minAmount!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The largest amount this pledge can be changed to; null when open-ended.' })
  maxAmount!: number | null;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: PLEDGE_STATUSES, description: 'Only `pledged` and `received` pledges are listed; a received one can no longer be changed here.' })
  status!: PledgeStatus;
  @ApiProperty({ example: 'WG-7K3F', description: 'Write it on the transfer.' }) reference!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the guest said the money is on its way.' }) boughtAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt!: string | null;
  @ApiProperty() message!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** "My gifts for Ana & Ben": one guest's live reservations and pledges on one registry, newest first. */
export class GuestPageDto {
  @ApiProperty({ type: GuestPageRegistryDto }) registry!: GuestPageRegistryDto;
  @ApiProperty({ type: GuestPageGuestDto }) guest!: GuestPageGuestDto;
  @ApiProperty({ type: [GuestPageReservationDto] }) reservations!: GuestPageReservationDto[];
  @ApiProperty({ type: [GuestPagePledgeDto] }) pledges!: GuestPagePledgeDto[];
  @ApiProperty({ format: 'date-time', description: 'When this link stops working; ask for a new one on the gift list ("find my gifts").' })
  linkExpiresAt!: string;
}

export class UpdateGuestReservationDto {
  @ApiPropertyOptional({ description: 'true: "I bought it" (the time is recorded); false: not yet.' })
  @Optional()
  @IsBoolean()
  bought?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_RESERVATION_QUANTITY, description: 'At most `maxQuantity`.' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_RESERVATION_QUANTITY)
  quantity?: number;
}

export class UpdateGuestPledgeDto {
  @ApiPropertyOptional({ description: 'true: "I sent it" (the time is recorded); false: not yet.' })
  @Optional()
  @IsBoolean()
  bought?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_AMOUNT, description: 'Minor units, from `minAmount` to `maxAmount`.' })
  @Optional()
  @IsInt({ message: 'amount must be a whole number of minor units (cents), e.g. 5000 for 50.00' })
  @Min(1)
  @Max(MAX_AMOUNT)
  amount?: number;
}

export class GuestAddressDto {
  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: GUEST_ADDRESS_MAX,
    description: 'The postal address for the thank-you card, on every one of your reservations and pledges on this list; empty or null removes it.',
  })
  @Trim()
  // Present, and a string or null: an empty body is a mistake, not a removal.
  @ValidateIf((_: object, value: unknown) => value !== null)
  @IsString()
  @MaxLength(GUEST_ADDRESS_MAX)
  address!: string | null;
}
