import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why the last check did not verify a claim (null once verified, or before any check). */
export const DOMAIN_FAILURES = ['txt-missing', 'txt-mismatch', 'dns-error', 'taken-over'] as const;
export type DomainFailure = (typeof DOMAIN_FAILURES)[number];

/**
 * A couple's claim on a host name, one per registry. It routes nothing by itself: once the DNS check finds the
 * token, the host is written to `registries.custom_domain` (unique), which is what the edge and the guest page use.
 */
@Entity('custom_domains')
export class CustomDomain {
  @PrimaryColumn('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('text') host!: string;
  /** Not secret (it is published in DNS): it only ties the TXT record to this claim. */
  @Column('text') token!: string;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt!: Date | null;
  @Column('timestamptz', { name: 'checked_at', nullable: true }) checkedAt!: Date | null;
  @Column('text', { nullable: true }) failure!: DomainFailure | null;
}
