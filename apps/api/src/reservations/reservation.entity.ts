import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReservationStatus = 'active' | 'cancelled';

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
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
}
