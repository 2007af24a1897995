import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ITEM_KINDS } from '../../items/item.entity';
import type { Item, ItemKind } from '../../items/item.entity';

/** 999,999,999.99 in a two-decimal currency: the EPC QR code's ceiling, and far below 2^53. */
export const MAX_AMOUNT = 99_999_999_999;
export const MAX_SUGGESTED_AMOUNTS = 4;

/** How an item takes gifts, and for money gifts how far it is: shared by the owner's and the guests' item DTOs. */
export class ItemMoneyDto {
  @ApiProperty({ enum: ITEM_KINDS, description: '`gift`: reserved in units; `group-gift` and `fund`: pledged in money.' }) kind!: ItemKind;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Minor units. A group gift always has one; a fund without one is open-ended.' })
  targetAmount!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Smallest pledge in minor units (money gifts; null for a gift).' })
  minContribution!: number | null;
  @ApiProperty({ type: [Number], description: 'Up to 4 amounts in minor units the page offers as buttons.' }) suggestedAmounts!: number[];
  @ApiProperty({ description: 'Whether pledges may pass the target.' }) allowOverfunding!: boolean;
  @ApiProperty({ type: 'integer', description: 'Sum of the active pledges, minor units: what was pledged, or for a received pledge what arrived.' })
  pledgedAmount!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'What a pledge may still add, minor units; null when open-ended (no target, or overfunding allowed).',
  })
  remainingAmount!: number | null;
  @ApiProperty({ type: 'integer', description: 'Number of active pledges (givers).' }) pledgeCount!: number;
  @ApiProperty({ description: 'An open-ended fund whose totals guests do not see.' }) hideTotals!: boolean;
}

/** The money fields as guests see them: an open-ended fund can hide what was given and by how many. */
export class GuestItemMoneyDto extends OmitType(ItemMoneyDto, ['pledgedAmount', 'pledgeCount'] as const) {
  @ApiProperty({ type: 'integer', nullable: true, description: 'Sum of the active pledges, minor units; null when the couple hides the totals.' })
  pledgedAmount!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Number of active pledges (givers); null when the couple hides the totals.' })
  pledgeCount!: number | null;
}

export function moneyOf(item: Item): ItemMoneyDto {
  return {
    kind: item.kind,
    targetAmount: item.targetAmount,
    minContribution: item.minContribution,
    suggestedAmounts: item.suggestedAmounts,
    allowOverfunding: item.allowOverfunding,
    pledgedAmount: item.pledgedAmount,
    remainingAmount: remainingAmount(item),
    pledgeCount: item.pledgeCount,
    hideTotals: item.hideTotals,
  };
}

export function guestMoneyOf(item: Item): GuestItemMoneyDto {
  const money = moneyOf(item);
  return item.hideTotals ? { ...money, pledgedAmount: null, pledgeCount: null } : money;
}

export function remainingAmount(item: Pick<Item, 'targetAmount' | 'allowOverfunding' | 'pledgedAmount'>): number | null {
  return item.targetAmount === null || item.allowOverfunding ? null : Math.max(0, item.targetAmount - item.pledgedAmount);
}

/** The minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, BHD 3), as Intl knows them. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The default smallest pledge: 5 units of the currency (500 cents, 5 yen). */
export function defaultMinContribution(currency: string): number {
  return 5 * 10 ** minorDigits(currency);
}

/** An amount in minor units written in major units with the currency's digits: 5000 EUR → `50.00`, 5000 JPY → `5000`. */
export function majorUnits(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
