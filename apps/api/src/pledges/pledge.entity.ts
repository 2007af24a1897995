import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../database/column-transformers';

/** `pledged`: promised by the guest; `received`: the couple says the money arrived; `cancelled`: undone by the guest. */
export const PLEDGE_STATUSES = ['pledged', 'received', 'cancelled'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

@Entity('pledges')
export class Pledge {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('uuid', { name: 'item_id' }) itemId!: string;
  /** Minor units of the registry's currency. */
  @Column({ type: 'bigint', transformer: bigintAsNumber }) amount!: number;
  @Column('text', { name: 'guest_name' }) guestName!: string;
  @Column('text', { name: 'guest_email' }) guestEmail!: string;
  @Column('text') message!: string;
  @Column('text') status!: PledgeStatus;
  @Column({ type: 'bigint', name: 'received_amount', nullable: true, transformer: bigintAsNumber }) receivedAmount!: number | null;
  /** What the guest writes on the transfer, e.g. `WG-7K3F`. */
  @Column('text') reference!: string;
  @Column('text', { name: 'undo_token_hash', select: false }) undoTokenHash!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'received_at', nullable: true }) receivedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  /** The tracker's stages beyond `received` (the guest says the money is sent; the couple thanks). */
  @Column('timestamptz', { name: 'bought_at', nullable: true }) boughtAt!: Date | null;
  @Column('timestamptz', { name: 'thanked_at', nullable: true }) thankedAt!: Date | null;
  @Column('text', { name: 'thank_note' }) thankNote!: string;
  /** For the thank-you card; never in a public response or a shared cache. */
  @Column('text', { name: 'guest_address', nullable: true }) guestAddress!: string | null;
  /** Name, e-mail, address and message erased ("forget me" or retention); the row stays, anonymous. */
  @Column('timestamptz', { name: 'personal_data_erased_at', nullable: true }) personalDataErasedAt!: Date | null;
}
