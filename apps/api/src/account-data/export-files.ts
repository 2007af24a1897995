import type { Item } from '../items/item.entity';
import type { Pledge } from '../pledges/pledge.entity';
import type { Reservation } from '../reservations/reservation.entity';
import { csvText } from '../tracker/exports/csv-writer';

/** The pure part of the account export: stages for the JSON files and the items' CSV (the ZIP itself is account-export.service.ts; its tracker.csv is the tracker's own). */

export type TrackerStage = 'held' | 'reserved' | 'pledged' | 'bought' | 'received' | 'thanked' | 'cancelled' | 'lapsed';

export function reservationStage(r: Pick<Reservation, 'status' | 'boughtAt' | 'receivedAt' | 'thankedAt'>): TrackerStage {
  if (r.status === 'cancelled' || r.status === 'lapsed' || r.status === 'held') return r.status;
  if (r.thankedAt) return 'thanked';
  if (r.receivedAt) return 'received';
  return r.boughtAt ? 'bought' : 'reserved';
}

export function pledgeStage(p: Pick<Pledge, 'status' | 'boughtAt' | 'thankedAt'>): TrackerStage {
  if (p.status === 'cancelled') return 'cancelled';
  if (p.thankedAt) return 'thanked';
  if (p.status === 'received') return 'received';
  return p.boughtAt ? 'bought' : 'pledged';
}

/** RFC 4180 with formulas defused and a BOM, by the tracker's CSV writer (one writer for every CSV we hand out). */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return csvText(header, rows);
}

/** Minor units as a decimal in the currency's own precision (5000 EUR → "50.00", 5000 JPY → "5000"). */
export function majorUnits(amount: number | null, currency: string): string | null {
  if (amount === null) return null;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (amount / 10 ** digits).toFixed(digits);
}

/** The items as a spreadsheet (the JSON beside it has every field). */
export function itemsCsv(currency: string, items: Item[]): string {
  return toCsv(
    [
      'name',
      'kind',
      'category',
      'description',
      'shop link',
      `price from (${currency})`,
      `price to (${currency})`,
      'quantity',
      'reserved',
      `target (${currency})`,
      `pledged (${currency})`,
      'archived',
    ],
    items.map((i) => [
      i.name,
      i.kind,
      i.category,
      i.description,
      i.url,
      majorUnits(i.priceMin, currency),
      majorUnits(i.priceMax, currency),
      i.quantity,
      i.reservedQuantity,
      majorUnits(i.targetAmount, currency),
      majorUnits(i.pledgedAmount, currency),
      i.archived ? 'yes' : 'no',
    ]),
  );
}
