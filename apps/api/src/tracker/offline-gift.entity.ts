import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintAsNumber } from '../database/column-transformers';

/** A gift given outside the list (a cheque at the reception, a family heirloom), added to the tracker by the couple. */
@Entity('offline_gifts')
export class OfflineGift {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('text') giver!: string;
  @Column('text') description!: string;
  /** Minor units of the registry's currency, when it was money. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintAsNumber }) amount!: number | null;
  @Column('text') note!: string;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'thanked_at', nullable: true }) thankedAt!: Date | null;
  @Column('text', { name: 'thank_note' }) thankNote!: string;
  @Column('timestamptz', { name: 'personal_data_erased_at', nullable: true }) personalDataErasedAt!: Date | null;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}
