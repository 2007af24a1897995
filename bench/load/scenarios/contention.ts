import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile } from '../../cache/load';
import { addItem, reserve } from '../guests';
import type { World } from '../world';

/**
 * Scenario 4: the last unit. The couple adds an item with one unit left; 200 guests, each from an address of
 * their own, reserve it at the same moment through nginx. Exactly one may win, the others get 409, nobody 5xx;
 * the database must agree (one active reservation, reserved = 1).
 */
export interface ContentionResult {
  guests: number;
  created: number;
  conflicts: number;
  serverErrors: number;
  /** Any other status or a network error, by kind. */
  other: Record<string, number>;
  totalMs: number;
  p50Ms: number;
  maxMs: number;
  database: { reserved: number; activeReservations: number };
  /** Reservations beyond the unit there was: must be 0. */
  oversold: number;
}

export async function contention(world: World, guests: number, firstGuest: number): Promise<ContentionResult> {
  const registry = world.list('list-20');
  const added = await addItem(world.edge.url, registry, { name: `The last unit (${firstGuest})`, quantity: 1, priority: 'high' });
  if (added.status !== 201) throw new Error(`contention: adding the item answered ${added.status} ${added.body.slice(0, 200)}`);
  const itemId = (JSON.parse(added.body) as { id: string }).id;

  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: guests }, (_, i) =>
      reserve(world.edge.url, registry.slug, itemId, firstGuest + i).then(
        (answer) => ({ status: String(answer.status), ms: answer.ms }),
        (error: Error) => ({ status: `error: ${error.message.slice(0, 80)}`, ms: performance.now() - started }),
      ),
    ),
  );
  const totalMs = performance.now() - started;
  const count = (status: string) => answers.filter((a) => a.status === status).length;
  const other: Record<string, number> = {};
  for (const { status } of answers) if (status !== '201' && status !== '409' && !status.startsWith('5')) other[status] = (other[status] ?? 0) + 1;
  const times = answers.map((a) => a.ms).sort((a, b) => a - b);

  const client = new Client({ connectionString: world.scratch.databaseUrl });
  await client.connect();
  try {
    const {
      rows: [row],
    } = await client.query<{ reserved: number; active: number }>(
      `SELECT i.reserved_quantity AS reserved,
              (SELECT count(*)::int FROM reservations r WHERE r.item_id = i.id AND r.status = 'active') AS active
         FROM items i WHERE i.id = $1`,
      [itemId],
    );
    return {
      guests,
      created: count('201'),
      conflicts: count('409'),
      serverErrors: answers.filter((a) => a.status.startsWith('5')).length,
      other,
      totalMs,
      p50Ms: percentile(times, 0.5),
      maxMs: times[times.length - 1],
      database: { reserved: row.reserved, activeReservations: row.active },
      oversold: Math.max(0, row.active - 1, row.reserved - 1),
    };
  } finally {
    await client.end();
  }
}
