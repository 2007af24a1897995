import type { EntityManager } from 'typeorm';
import type { Registry } from '../registries/registry.entity';
import type { EntryKind, Stage, TrackerEntryDto } from './dto/tracker-entry.dto';
import type { TrackerCountsDto } from './dto/tracker.dto';

/**
 * The tracker is one list over three tables. Each row is shaped alike here, its stage worked out in SQL (the one
 * place that defines the stages), so filters, counts, pages and exports all agree.
 */
const ENTRIES = `
  SELECT 'r-' || r.id AS entry_id, r.id, 'reservation' AS kind, r.item_id, i.name AS gift, i.category,
         r.quantity, NULL::bigint AS amount, NULL::bigint AS received_amount,
         r.guest_name, r.guest_email, r.guest_address, r.message,
         CASE WHEN r.status IN ('held', 'lapsed', 'cancelled') THEN r.status
              WHEN r.thanked_at IS NOT NULL THEN 'thanked' WHEN r.received_at IS NOT NULL THEN 'received'
              WHEN r.bought_at IS NOT NULL THEN 'bought' ELSE 'reserved' END AS stage,
         r.created_at, r.bought_at, r.received_at, r.thanked_at, r.thank_note, r.personal_data_erased_at
    FROM reservations r JOIN items i ON i.id = r.item_id WHERE r.registry_id = $1
  UNION ALL
  SELECT 'p-' || p.id, p.id, 'pledge', p.item_id, i.name, i.category,
         NULL, p.amount, p.received_amount,
         p.guest_name, p.guest_email, p.guest_address, p.message,
         CASE WHEN p.status = 'cancelled' THEN 'cancelled' WHEN p.thanked_at IS NOT NULL THEN 'thanked'
              WHEN p.status = 'received' THEN 'received' WHEN p.bought_at IS NOT NULL THEN 'bought' ELSE 'pledged' END,
         p.created_at, p.bought_at, p.received_at, p.thanked_at, p.thank_note, p.personal_data_erased_at
    FROM pledges p JOIN items i ON i.id = p.item_id WHERE p.registry_id = $1
  UNION ALL
  SELECT 'o-' || o.id, o.id, 'offline', NULL, o.description, NULL,
         NULL, o.amount, o.amount,
         o.giver, NULL, NULL, o.note,
         CASE WHEN o.thanked_at IS NOT NULL THEN 'thanked' ELSE 'received' END,
         o.created_at, NULL, o.received_at, o.thanked_at, o.thank_note, o.personal_data_erased_at
    FROM offline_gifts o WHERE o.registry_id = $1`;

export interface EntryRow {
  entry_id: string;
  id: string;
  kind: EntryKind;
  item_id: string | null;
  gift: string;
  category: string | null;
  quantity: number | null;
  amount: string | null;
  received_amount: string | null;
  guest_name: string;
  guest_email: string | null;
  guest_address: string | null;
  message: string;
  stage: Stage;
  created_at: Date;
  bought_at: Date | null;
  received_at: Date | null;
  thanked_at: Date | null;
  thank_note: string;
  personal_data_erased_at: Date | null;
}

export interface EntryFilter {
  ids?: string[];
  stage?: Stage;
  category?: string;
  guest?: string;
  q?: string;
  /** Keyset: entries older than this (created_at, id), newest first. */
  before?: [string, string];
  limit?: number;
  /** Surprise mode: guest fields are not searched (a match would tell who gave what), except the couple's own offline entries. */
  guestsHidden?: boolean;
}

export async function entryRows(manager: EntityManager, registryId: string, filter: EntryFilter): Promise<EntryRow[]> {
  const params: unknown[] = [registryId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  // Hidden guests are searchable only where the couple wrote the name down themselves.
  const guestKnown = filter.guestsHidden ? "kind = 'offline' AND " : '';
  if (filter.ids) where.push(`entry_id = ANY(${param(filter.ids)}::text[])`);
  if (filter.stage) where.push(`stage = ${param(filter.stage)}`);
  if (filter.category !== undefined) where.push(`category = ${param(filter.category)}`);
  if (filter.guest !== undefined) {
    const g = param(filter.guest.trim().toLowerCase());
    where.push(`(${guestKnown}(lower(guest_name) = ${g} OR lower(guest_email) = ${g}))`);
  }
  if (filter.q?.trim()) {
    const q = param(`%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(
      `(gift ILIKE ${q} OR thank_note ILIKE ${q} OR (${guestKnown}(guest_name ILIKE ${q} OR guest_email ILIKE ${q} OR message ILIKE ${q} OR guest_address ILIKE ${q})))`,
    );
  }
  if (filter.before) where.push(`(created_at, id) < (${param(filter.before[0])}::timestamptz, ${param(filter.before[1])}::uuid)`);
  const limit = filter.limit ? ` LIMIT ${param(filter.limit)}` : '';
  return (await manager.query(
    `SELECT * FROM (${ENTRIES}) e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC${limit}`,
    params,
  )) as EntryRow[];
}

/** Entries per stage over the whole registry. `active` leaves out what ended (cancelled, lapsed). */
export async function stageCounts(manager: EntityManager, registryId: string): Promise<TrackerCountsDto> {
  const rows = (await manager.query(`SELECT stage, count(*)::int AS n FROM (${ENTRIES}) e GROUP BY stage`, [registryId])) as { stage: Stage; n: number }[];
  const by = Object.fromEntries(rows.map((r) => [r.stage, r.n])) as Partial<Record<Stage, number>>;
  const n = (stage: Stage) => by[stage] ?? 0;
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  return {
    total,
    active: total - n('cancelled') - n('lapsed'),
    held: n('held'),
    reserved: n('reserved'),
    pledged: n('pledged'),
    bought: n('bought'),
    received: n('received'),
    thanked: n('thanked'),
    cancelled: n('cancelled'),
    lapsed: n('lapsed'),
  };
}

/** A row as the couple sees it; `guestsHidden` (surprise mode) hides the guest of reservations and pledges, not the couple's own entries. */
export function toEntry(row: EntryRow, registry: Pick<Registry, 'currency'>, guestsHidden: boolean): TrackerEntryDto {
  const hidden = guestsHidden && row.kind !== 'offline';
  return {
    id: row.entry_id,
    kind: row.kind,
    itemId: row.item_id,
    gift: row.gift,
    category: row.category,
    quantity: row.quantity,
    amount: row.amount === null ? null : Number(row.amount),
    receivedAmount: row.received_amount === null ? null : Number(row.received_amount),
    currency: registry.currency.trim(),
    guest: hidden ? null : { name: row.guest_name, email: row.guest_email, address: row.guest_address, message: row.message },
    stage: row.stage,
    createdAt: row.created_at.toISOString(),
    boughtAt: row.bought_at?.toISOString() ?? null,
    receivedAt: row.received_at?.toISOString() ?? null,
    thankedAt: row.thanked_at?.toISOString() ?? null,
    thankNote: row.thank_note,
    personalDataErased: row.personal_data_erased_at !== null,
  };
}
