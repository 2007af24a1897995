import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Optional } from '../../common/http/dto-helpers';
import { GuestContactDto } from '../../common/http/guest-contact.dto';
import { GiftListItemDto } from '../../gift-list/dto/gift-list.dto';
import { UndoPreviewRegistryDto } from '../../gift-list/dto/undo-preview.dto';
import { ReservationGuestDto } from '../../reservations/dto/reservation.dto';
import { PLEDGE_STATUSES } from '../pledge.entity';
import type { PledgeStatus } from '../pledge.entity';
import { MAX_AMOUNT } from './money';

/** The guest's name, e-mail and message come from GuestContactDto. */
export class CreatePledgeDto extends GuestContactDto {
  @ApiProperty({ format: 'uuid', description: 'A `fund` or `group-gift` item.' })
  @IsUUID('all')
  itemId!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_AMOUNT,
    example: 5000,
    description: "Minor units of the registry's currency (5000 = €50.00); at least the item's minContribution, at most its remainingAmount.",
  })
  @IsInt({ message: 'amount must be a whole number of minor units (cents), e.g. 5000 for 50.00' })
  @Min(1)
  @Max(MAX_AMOUNT)
  amount!: number;
}

/** How the guest pays: the couple's instructions, the reference for the transfer, a payment link, the EPC QR payload. */
export class PaymentDto {
  @ApiProperty({ example: 'WG-7K3F', description: 'Write it on the transfer, so the couple can match it to this pledge.' }) reference!: string;
  @ApiProperty({ type: String, nullable: true, description: "The couple's own instructions, if any." }) instructions!: string | null;
  @ApiProperty({ type: String, format: 'uri', nullable: true, description: "The couple's payment link with the amount filled in; null without a template." })
  link!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The EPC QR code (SEPA credit transfer, EPC069-12) payload to render as a QR code; null unless the registry is in EUR and has an IBAN.',
  })
  epcPayload!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Account holder, for a manual transfer.' }) accountHolder!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'IBAN in electronic format, for a manual transfer.' }) iban!: string | null;
  @ApiProperty({ type: String, nullable: true }) bic!: string | null;
}

export class GuestPledgeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ type: 'integer', description: 'Minor units.' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty() guestName!: string;
  @ApiProperty({ enum: PLEDGE_STATUSES, description: 'A retried request (same Idempotency-Key) shows whether it was undone or received since.' })
  status!: PledgeStatus;
  @ApiProperty({ example: 'WG-7K3F' }) reference!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PledgeCreatedDto {
  @ApiProperty({ type: GuestPledgeDto }) pledge!: GuestPledgeDto;
  @ApiProperty({ description: 'Keep it: it is the only way to undo this pledge. Also sent by e-mail.' }) undoToken!: string;
  @ApiProperty({ format: 'uri' }) undoUrl!: string;
  @ApiProperty({ type: GiftListItemDto, description: 'The item as it is now, with this pledge counted.' }) item!: GiftListItemDto;
  @ApiProperty({ type: PaymentDto }) payment!: PaymentDto;
}

export class PledgeUndoneDto {
  @ApiProperty({ type: GiftListItemDto, description: 'The item as it is now, with the pledge withdrawn.' }) item!: GiftListItemDto;
  @ApiProperty({ description: 'True when it had been undone before this request: nothing changed now.' }) alreadyUndone!: boolean;
}

/** What a pledge's undo link is about, shown before the guest clicks. */
export class PledgeUndoPreviewDto {
  @ApiProperty({ example: 'Honeymoon fund' }) itemName!: string;
  @ApiProperty({ type: 'integer', description: 'In minor units of `currency`.' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: PLEDGE_STATUSES, description: 'cancelled: undone already; received: the couple has the money, so it cannot be undone here.' })
  status!: PledgeStatus;
  @ApiProperty({ type: UndoPreviewRegistryDto }) registry!: UndoPreviewRegistryDto;
}

/** A pledge as the couple sees it. In surprise mode, before the reveal date, `guest` is null. */
export class OwnerPledgeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ type: 'integer', description: 'Minor units.' }) amount!: number;
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ enum: PLEDGE_STATUSES }) status!: PledgeStatus;
  @ApiProperty({ type: 'integer', nullable: true, description: 'What arrived, minor units; set when marked received.' }) receivedAmount!: number | null;
  @ApiProperty({ example: 'WG-7K3F', description: 'The reference on the transfer.' }) reference!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) receivedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: ReservationGuestDto, nullable: true }) guest!: ReservationGuestDto | null;
}

export class PledgeItemTotalDto {
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ type: 'integer', description: 'Sum of active pledges, minor units: what was pledged, or for a received pledge what arrived.' })
  pledgedAmount!: number;
  @ApiProperty({ type: 'integer', description: 'Sum of the amounts marked received, minor units.' }) receivedAmount!: number;
  @ApiProperty({ type: 'integer', description: 'Active pledges.' }) count!: number;
}

export class PledgeTotalsDto {
  @ApiProperty({ type: 'integer' }) pledgedAmount!: number;
  @ApiProperty({ type: 'integer' }) receivedAmount!: number;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: [PledgeItemTotalDto], description: 'One row per item with active pledges.' }) items!: PledgeItemTotalDto[];
}

export class OwnerPledgesDto {
  @ApiProperty({ description: 'True while surprise mode hides who pledged.' }) surpriseHidden!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) revealDate!: string | null;
  @ApiProperty({ type: [OwnerPledgeDto], description: 'Newest first.' }) pledges!: OwnerPledgeDto[];
  @ApiProperty({ type: PledgeTotalsDto, description: 'Over the whole registry, whatever the page or filter.' }) totals!: PledgeTotalsDto;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

export class ListPledgesQuery extends CursorPageQuery() {
  @ApiPropertyOptional({ enum: [...PLEDGE_STATUSES, 'active', 'all'], default: 'active', description: '`active`: pledged or received.' })
  @Optional()
  @IsIn([...PLEDGE_STATUSES, 'active', 'all'])
  status?: PledgeStatus | 'active' | 'all';
}

export class UpdatePledgeDto {
  @ApiProperty({ enum: ['received'], description: 'The couple marks a pledge received when the money arrived.' })
  @Equals('received', { message: "status must be 'received'" })
  status!: 'received';

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_AMOUNT, description: 'What arrived, minor units; defaults to the pledged amount.' })
  @Optional()
  @IsInt({ message: 'receivedAmount must be a whole number of minor units' })
  @Min(0)
  @Max(MAX_AMOUNT)
  receivedAmount?: number;
}
