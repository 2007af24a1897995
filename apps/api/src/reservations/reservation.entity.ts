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
  /** The tracker's stages (the guest says bought; the couple says received, then thanked). */
  @Column('timestamptz', { name: 'bought_at', nullable: true }) boughtAt!: Date | null;
  @Column('timestamptz', { name: 'received_at', nullable: true }) receivedAt!: Date | null;
  @Column('timestamptz', { name: 'thanked_at', nullable: true }) thankedAt!: Date | null;
  @Column('text', { name: 'thank_note' }) thankNote!: string;
  /** For the thank-you card; never in a public response or a shared cache. */
  @Column('text', { name: 'guest_address', nullable: true }) guestAddress!: string | null;
  /** Name, e-mail, address and message erased ("forget me" or retention); the row stays, anonymous. */
  @Column('timestamptz', { name: 'personal_data_erased_at', nullable: true }) personalDataErasedAt!: Date | null;
}
