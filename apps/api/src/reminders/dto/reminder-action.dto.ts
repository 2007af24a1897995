import { ApiProperty } from '@nestjs/swagger';
import { RESERVATION_STATUSES } from '../../reservations/reservation.entity';
import type { ReservationStatus } from '../../reservations/reservation.entity';

/** What a reminder's link acted on, as its guest may see it (no e-mail address, no message). */
export class ReminderReservationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() itemName!: string;
  @ApiProperty({ type: 'integer' }) quantity!: number;
  @ApiProperty({ enum: RESERVATION_STATUSES }) status!: ReservationStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the guest said they bought it.' }) boughtAt!: string | null;
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ format: 'uri', description: 'Where guests open the gift list.' }) giftListUrl!: string;
}

export class ReminderUnsubscribedDto {
  @ApiProperty() coupleNames!: string;
  @ApiProperty({ description: 'No more reminders go to this address from this gift list.' }) unsubscribed!: boolean;
}
