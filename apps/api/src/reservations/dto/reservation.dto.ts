import { CursorPageQuery } from '../../common/http/cursor-page';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Optional } from '../../common/http/dto-helpers';
import { GuestContactDto } from '../../common/http/guest-contact.dto';
import { GiftListItemDto } from '../../gift-list/dto/gift-list.dto';
import { UndoPreviewRegistryDto } from '../../gift-list/dto/undo-preview.dto';
import { RESERVATION_STATUSES } from '../reservation.entity';
import type { ReservationStatus } from '../reservation.entity';

export const MAX_RESERVATION_QUANTITY = 100;

/** The guest's name, e-mail and message come from GuestContactDto. */
export class CreateReservationDto extends GuestContactDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  itemId!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_RESERVATION_QUANTITY, default: 1 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_RESERVATION_QUANTITY)
  quantity?: number;
}

export class GuestReservationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty() guestName!: string;
  @ApiProperty({
    enum: RESERVATION_STATUSES,
    description:
      '`held`: the guest must confirm with the link e-mailed to them before `heldUntil`, or it lapses (the units stay set aside meanwhile). ' +
      'A retried request (same Idempotency-Key) shows whether it has been confirmed, undone or lapsed since.',
  })
  status!: ReservationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While `held`: when it lapses unless confirmed.' })
  heldUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ReservationConfirmedDto {
  @ApiProperty({ type: GuestReservationDto }) reservation!: GuestReservationDto;
  @ApiProperty({ type: GiftListItemDto, description: 'The item as it is now.' }) item!: GiftListItemDto;
}

export class ReservationCreatedDto {
  @ApiProperty({ type: GuestReservationDto }) reservation!: GuestReservationDto;
  @ApiProperty({ description: 'Keep it: it is the only way to undo this reservation. Also sent by e-mail.' }) undoToken!: string;
  @ApiProperty({ format: 'uri' }) undoUrl!: string;
  @ApiProperty({ type: GiftListItemDto, description: 'The item as it is now, with this reservation counted.' }) item!: GiftListItemDto;
}

export class ReservationUndoneDto {
  @ApiProperty({ type: GiftListItemDto, description: 'The item as it is now, with the reservation released.' }) item!: GiftListItemDto;
  @ApiProperty({ description: 'True when it had been undone (or had lapsed) before this request: nothing changed now.' }) alreadyUndone!: boolean;
}

/** After the couple took a reserved gift off the list: how many reservations were released (each guest e-mailed). */
export class ItemWithdrawnDto {
  @ApiProperty({ type: 'integer', description: 'Reservations released; each guest gets the "released" e-mail.' }) released!: number;
}

/** What an undo link is about, shown before the guest clicks: which gift, how many, and whether it is still reserved. */
export class ReservationUndoPreviewDto {
  @ApiProperty({ example: 'A toaster that cooks crumpets' }) itemName!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) quantity!: number;
  @ApiProperty({ enum: RESERVATION_STATUSES, description: 'cancelled: undone already (by the guest or the couple); lapsed: never confirmed.' })
  status!: ReservationStatus;
  @ApiProperty({ type: UndoPreviewRegistryDto }) registry!: UndoPreviewRegistryDto;
}

export class ReservationGuestDto {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The postal address the guest left for the thank-you card; only the couple sees it.' })
  address!: string | null;
}

/** A reservation as the couple sees it. In surprise mode, before the reveal date, `guest` is null. */
export class OwnerReservationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ enum: RESERVATION_STATUSES }) status!: ReservationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'While `held`: when it lapses unless the guest confirms.' })
  heldUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: ReservationGuestDto, nullable: true }) guest!: ReservationGuestDto | null;
}

export class OwnerReservationsDto {
  @ApiProperty({ description: 'True while surprise mode hides who reserved what.' }) surpriseHidden!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) revealDate!: string | null;
  @ApiProperty({ type: [OwnerReservationDto], description: 'Newest first.' }) reservations!: OwnerReservationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

export class ListReservationsQuery extends CursorPageQuery() {
  @ApiPropertyOptional({ enum: [...RESERVATION_STATUSES, 'all'], default: 'active' })
  @Optional()
  @IsIn([...RESERVATION_STATUSES, 'all'])
  status?: ReservationStatus | 'all';
}
