import { Column, Entity, PrimaryColumn } from 'typeorm';

export const OWNER_NOTIFY = ['each', 'digest', 'none'] as const;
export type OwnerNotify = (typeof OWNER_NOTIFY)[number];

/** A registry has one or two owners: the couple. */
@Entity('registry_owners')
export class RegistryOwner {
  @PrimaryColumn('uuid', { name: 'registry_id' }) registryId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  /** How this owner hears of new reservations and pledges: each one, a daily digest, or not at all. */
  @Column('text') notify!: OwnerNotify;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}
