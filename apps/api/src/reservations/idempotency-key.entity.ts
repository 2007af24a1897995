import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Remembers which reservation an `Idempotency-Key` produced, so a retried POST returns it instead of reserving twice. */
@Entity('idempotency_keys')
export class IdempotencyKey {
  @PrimaryColumn('uuid', { name: 'registry_id' }) registryId!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text', { name: 'request_hash' }) requestHash!: string;
  @Column('uuid', { name: 'reservation_id' }) reservationId!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}
