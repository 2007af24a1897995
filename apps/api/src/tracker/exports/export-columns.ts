import type { Registry } from '../../registries/registry.entity';
import { majorUnits, minorDigits } from '../../pledges/dto/money';
import type { EntryRow } from '../tracker-rows';

/** The exports' columns, in order; the CSV's header line and the XLSX's first row. */
export const EXPORT_COLUMNS = [
  'Gift',
  'Kind',
  'Quantity',
  'Amount',
  'Giver',
  'E-mail',
  'Address',
  'Message',
  'Stage',
  'Reserved/pledged at',
  'Bought at',
  'Received at',
  'Thanked at',
  'Thank-you note',
] as const;

export const DATE_COLUMNS = ['Reserved/pledged at', 'Bought at', 'Received at', 'Thanked at'] as const;

const KIND_LABELS = { reservation: 'reservation', pledge: 'pledge', offline: 'outside the list' } as const;

/** An amount in major units of the registry's currency, exactly as text (`50.00`) and with its number of decimals. */
export class Money {
  constructor(
    readonly text: string,
    readonly digits: number,
  ) {}
}

/** One export line: text, counts, amounts and instants, or empty (null). */
export type ExportCell = string | number | Money | Date | null;

/** A tracker row as an export line. Surprise mode empties the guest columns of reservations and pledges, as the tracker view does. */
export function exportCells(row: EntryRow, registry: Pick<Registry, 'currency'>, guestsHidden: boolean): ExportCell[] {
  const hidden = guestsHidden && row.kind !== 'offline';
  const currency = registry.currency.trim();
  const amount = row.amount === null ? null : new Money(majorUnits(Number(row.amount), currency), minorDigits(currency));
  return [
    row.gift,
    KIND_LABELS[row.kind],
    row.quantity,
    amount,
    hidden ? null : row.guest_name,
    hidden ? null : row.guest_email,
    hidden ? null : row.guest_address,
    hidden ? null : row.message,
    row.stage,
    row.created_at,
    row.bought_at,
    row.received_at,
    row.thanked_at,
    row.thank_note,
  ];
}
