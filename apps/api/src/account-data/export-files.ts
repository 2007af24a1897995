import type { Item } from '../items/item.entity';
import type { Pledge } from '../pledges/pledge.entity';
import type { Reservation } from '../reservations/reservation.entity';
import { defuseFormula } from '../tracker/exports/defuse-formula';
import type { OfflineGift } from '../tracker/offline-gift.entity';

/** The pure part of the account export: tracker stages and the CSV files (the ZIP itself is account-export.service.ts). */

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

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends; formulas defused; a BOM so spreadsheets read UTF-8. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const line = (fields: (string | number | null)[]) =>
    fields.map((field) => `"${defuseFormula(field === null ? '' : String(field)).replace(/"/g, '""')}"`).join(',');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** Minor units as a decimal in the currency's own precision (5000 EUR → "50.00", 5000 JPY → "5000"). */
export function majorUnits(amount: number | null, currency: string): string | null {
  if (amount === null) return null;
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (amount / 10 ** digits).toFixed(digits);
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export interface GuestView {
  /** Surprise mode hides who gave what until the reveal date: then the guest columns are empty. */
  hidden: boolean;
}

/** One row per reservation, pledge and gift given outside the list, as the tracker shows them. */
export function trackerCsv(
  currency: string,
  items: Pick<Item, 'id' | 'name'>[],
  reservations: Reservation[],
  pledges: Pledge[],
  offline: OfflineGift[],
  view: GuestView,
): string {
  const names = new Map(items.map((item) => [item.id, item.name]));
  const guest = (row: { guestName: string; guestEmail: string; guestAddress: string | null; message: string }) =>
    view.hidden ? [null, null, null, null] : [row.guestName, row.guestEmail, row.guestAddress, row.message];
  const rows = [
    ...reservations.map((r) => [
      names.get(r.itemId) ?? '',
      'reservation',
      r.quantity,
      null,
      ...guest(r),
      reservationStage(r),
      iso(r.createdAt),
      iso(r.boughtAt),
      iso(r.receivedAt),
      iso(r.thankedAt),
      r.thankNote,
    ]),
    ...pledges.map((p) => [
      names.get(p.itemId) ?? '',
      'pledge',
      null,
      majorUnits(p.amount, currency),
      ...guest(p),
      pledgeStage(p),
      iso(p.createdAt),
      iso(p.boughtAt),
      iso(p.receivedAt),
      iso(p.thankedAt),
      p.thankNote,
    ]),
    ...offline.map((o) => [
      o.description,
      'offline',
      null,
      majorUnits(o.amount, currency),
      o.giver,
      null,
      null,
      o.note,
      o.thankedAt ? 'thanked' : 'received',
      iso(o.createdAt),
      null,
      iso(o.receivedAt),
      iso(o.thankedAt),
      o.thankNote,
    ]),
  ];
  const header = ['gift', 'kind', 'quantity', `amount (${currency})`, 'giver', 'e-mail', 'address', 'message', 'stage'];
  return toCsv([...header, 'reserved/pledged at', 'bought at', 'received at', 'thanked at', 'thank-you note'], rows);
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
