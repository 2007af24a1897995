import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Remembers which pledge an `Idempotency-Key` produced, so a retried POST returns it instead of pledging twice. */
@Entity('pledge_idempotency_keys')
export class PledgeIdempotencyKey {
  @PrimaryColumn('uuid', { name: 'registry_id' }) registryId!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text', { name: 'request_hash' }) requestHash!: string;
  @Column('uuid', { name: 'pledge_id' }) pledgeId!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}
