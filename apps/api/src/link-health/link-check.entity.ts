import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LINK_STATUSES = ['ok', 'dead', 'out-of-stock', 'unknown'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** The last weekly check of one item's shop link; for the couple only (see the migration for why it is not on items). */
@Entity('item_link_checks')
export class ItemLinkCheck {
  @PrimaryColumn('uuid', { name: 'item_id' }) itemId!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  /** The address that was checked. */
  @Column('text') url!: string;
  @Column('text') status!: LinkStatus;
  /** Why, for a dead or unknown link: `http-404`, `http-410`, `dns`, `home-page`, `timeout`, … */
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('timestamptz', { name: 'checked_at' }) checkedAt!: Date;
  /** The status the couple was last e-mailed about, so each change is told once. */
  @Column('text', { name: 'notified_status', nullable: true }) notifiedStatus!: LinkStatus | null;
}
