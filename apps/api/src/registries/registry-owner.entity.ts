import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A registry has one or two owners: the couple. */
@Entity('registry_owners')
export class RegistryOwner {
  @PrimaryColumn('uuid', { name: 'registry_id' }) registryId!: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
}
