import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintArrayAsNumbers, bigintAsNumber } from '../database/column-transformers';
import type { StoredImage } from '../images/stored-image';

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
/** `gift`: counted units, reserved; `group-gift`: one pricey gift guests chip in for (its target is its price); `fund`: a cash fund. */
export const ITEM_KINDS = ['gift', 'group-gift', 'fund'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

@Entity('items')
export class Item {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'registry_id' }) registryId!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('text', { nullable: true }) url!: string | null;
  /** Price hint in minor units of the registry's currency. */
  @Column('integer', { name: 'price_min', nullable: true }) priceMin!: number | null;
  @Column('integer', { name: 'price_max', nullable: true }) priceMax!: number | null;
  /** null means unlimited (e.g. "contributions to the honeymoon"). */
  @Column('integer', { nullable: true }) quantity!: number | null;
  /** Sum of active reservations, maintained in the reservation transaction; the database refuses reserved > quantity. */
  @Column({ type: 'integer', name: 'reserved_quantity', insert: false }) reservedQuantity!: number;
  @Column('text') kind!: ItemKind;
  /** Money gifts: the target in minor units (required for a group gift; a fund without one is open-ended). */
  @Column({ type: 'bigint', name: 'target_amount', nullable: true, transformer: bigintAsNumber }) targetAmount!: number | null;
  @Column({ type: 'bigint', name: 'min_contribution', nullable: true, transformer: bigintAsNumber }) minContribution!: number | null;
  @Column({ type: 'bigint', name: 'suggested_amounts', array: true, transformer: bigintArrayAsNumbers }) suggestedAmounts!: number[];
  @Column('boolean', { name: 'allow_overfunding' }) allowOverfunding!: boolean;
  /** An open-ended fund whose totals guests do not see. */
  @Column('boolean', { name: 'hide_totals' }) hideTotals!: boolean;
  /** Sum of active pledges, maintained in the pledge transaction; the database refuses pledged > target unless overfunding is allowed. */
  @Column({ type: 'bigint', name: 'pledged_amount', insert: false, transformer: bigintAsNumber }) pledgedAmount!: number;
  @Column({ type: 'integer', name: 'pledge_count', insert: false }) pledgeCount!: number;
  @Column('text') priority!: Priority;
  @Column('text', { nullable: true }) category!: string | null;
  @Column('integer') position!: number;
  @Column('jsonb', { nullable: true }) image!: StoredImage | null;
  @Column('boolean') archived!: boolean;
  @Column({ type: 'bigint', transformer: bigintAsNumber, insert: false }) version!: number;
  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false }) createdAt!: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false }) updatedAt!: Date;
}
