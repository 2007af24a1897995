import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job that must follow a data change, written in the same transaction as the change and relayed to its queue after. */
@Entity('outbox_events')
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') queue!: string;
  @Column('text') name!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'relayed_at', nullable: true }) relayedAt!: Date | null;
  /** The request that caused the job (logs and error reports only). */
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
}
