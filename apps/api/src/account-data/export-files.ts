import type { Item } from '../items/item.entity';
import type { Pledge } from '../pledges/pledge.entity';
import type { Reservation } from '../reservations/reservation.entity';
import { IMPORT_COLUMNS, itemCells } from '../item-imports/item-columns';
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

/**
 * The list's gifts as a spreadsheet in the import's own columns (item-imports), so the file opens on another list with
 * "Import a spreadsheet". Archived gifts are left out, as the import would add them back as live ones; items.json
 * has every item and field, tracker.csv who gave what.
 */
export function itemsCsv(currency: string, items: Item[]): string {
  const live = items.filter((item) => !item.archived);
  return csvText(
    IMPORT_COLUMNS,
    live.map((item) => itemCells(item, currency.trim())),
  );
}
