import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `held`: waits for the guest to confirm by e-mail until `heldUntil`, its units set aside; then `active` or `lapsed`. */
export const RESERVATION_STATUSES = ['active', 'held', 'lapsed', 'cancelled'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

@Entity('reservations')
export class Reservation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('uuid', { name: 'item_id' }) itemId!: string;
  @Column('integer') quantity!: number;
  @Column('text', { name: 'guest_name' }) guestName!: string;
  @Column('text', { name: 'guest_email' }) guestEmail!: string;
  @Column('text') message!: string;
  @Column('text', { name: 'undo_token_hash', select: false }) undoTokenHash!: string;
  @Column('text') status!: ReservationStatus;
  @Column('timestamptz', { name: 'held_until', nullable: true }) heldUntil!: Date | null;
  @Column('text', { name: 'confirm_token_hash', nullable: true, select: false }) confirmTokenHash!: string | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
}
