import type { EntityManager } from 'typeorm';
import type { TrackerCategoryDto, TrackerDayDto, TrackerFundDto } from './dto/tracker-summary.dto';
import { zonedDate } from './zoned-time';

/**
 * Reservations and pledges per day in the registry's time zone. The days are cut in JavaScript, not SQL: the zone is
 * validated against this runtime's ICU, which PostgreSQL's zone database need not match name for name.
 * Still-standing ones only (held counts: it is waiting for the guest), so the chart adds up to what is reserved.
 */
export async function dailyCounts(manager: EntityManager, registryId: string, timeZone: string): Promise<TrackerDayDto[]> {
  const rows = (await manager.query(
    `SELECT 'reservation' AS kind, created_at FROM reservations WHERE registry_id = $1 AND status IN ('active', 'held')
     UNION ALL SELECT 'pledge', created_at FROM pledges WHERE registry_id = $1 AND status <> 'cancelled'`,
    [registryId],
  )) as { kind: 'reservation' | 'pledge'; created_at: Date }[];
  const days = new Map<string, TrackerDayDto>();
  for (const row of rows) {
    const date = zonedDate(row.created_at, timeZone);
    const day = days.get(date) ?? { date, reservations: 0, pledges: 0 };
    if (row.kind === 'reservation') day.reservations++;
    else day.pledges++;
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Counted gifts per category: units wanted against units reserved. */
export async function categoryTotals(manager: EntityManager, registryId: string): Promise<TrackerCategoryDto[]> {
  return (await manager.query(
    `SELECT category, sum(coalesce(quantity, reserved_quantity))::int AS wanted, sum(reserved_quantity)::int AS reserved
       FROM items WHERE registry_id = $1 AND kind = 'gift' AND NOT archived
      GROUP BY category ORDER BY category NULLS LAST`,
    [registryId],
  )) as TrackerCategoryDto[];
}

/** Each fund and group gift: its target, what is pledged and what the couple marked received. */
export async function fundTotals(manager: EntityManager, registryId: string): Promise<TrackerFundDto[]> {
  const rows = (await manager.query(
    `SELECT i.id, i.name, i.kind, i.target_amount::float8 AS target, i.pledged_amount::float8 AS pledged,
            coalesce((SELECT sum(received_amount) FROM pledges p WHERE p.item_id = i.id AND p.status = 'received'), 0)::float8 AS received
       FROM items i WHERE i.registry_id = $1 AND i.kind <> 'gift' AND NOT i.archived ORDER BY i.position, i.id`,
    [registryId],
  )) as { id: string; name: string; kind: 'fund' | 'group-gift'; target: number | null; pledged: number; received: number }[];
  return rows.map((r) => ({ itemId: r.id, title: r.name, kind: r.kind, targetAmount: r.target, pledgedAmount: r.pledged, receivedAmount: r.received }));
}
