import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile } from '../../cache/load';
import { addItem, pledge } from '../guests';
import type { World } from '../world';

/**
 * Scenario 9: pledge contention. The couple adds a group gift with a target; 200 guests, each from an address of
 * their own, pledge random amounts at it at the same moment through nginx, together well beyond the target. Every
 * answer must be 201 or 409 (pledge-exceeds-target), nobody 5xx; the accepted amounts may not add up to more than
 * the target, and the database must agree (the item's pledged amount = the sum of its active pledges ≤ target).
 */
export interface PledgeContentionResult {
  guests: number;
  targetAmount: number;
  /** What the guests offered in all (minor units): the target is a fraction of it. */
  offeredAmount: number;
  created: number;
  conflicts: number;
  serverErrors: number;
  /** Any other status or a network error, by kind. */
  other: Record<string, number>;
  /** Sum of the 201s' amounts. */
  acceptedAmount: number;
  totalMs: number;
  p50Ms: number;
  maxMs: number;
  database: { pledgedAmount: number; activePledgesSum: number; activePledges: number };
  /** Pledged beyond the target, by the answers or the database (minor units): must be 0. */
  overpledged: number;
  /** The item's maintained amount differs from its pledges (or from the 201s): must be 0. */
  mismatches: number;
}

/** A group gift of €1,000 and pledges of €5–€20 in whole euros: about 200 × €12.50 offered, a quarter of it fits. */
const TARGET = 100_000;
const MIN_PLEDGE = 500;
const MAX_PLEDGE = 2_000;

export async function pledgeContention(world: World, guests: number, firstGuest: number): Promise<PledgeContentionResult> {
  const registry = world.list('list-20');
  const added = await addItem(world.edge.url, registry, {
    name: `The group gift (${firstGuest})`,
    kind: 'group-gift',
    targetAmount: TARGET,
    minContribution: MIN_PLEDGE,
    priority: 'high',
  });
  if (added.status !== 201) throw new Error(`pledge contention: adding the group gift answered ${added.status} ${added.body.slice(0, 200)}`);
  const itemId = (JSON.parse(added.body) as { id: string }).id;
  // Whole euros, deterministic per guest number (the run is comparable from one machine to the next).
  const amounts = Array.from({ length: guests }, (_, i) => MIN_PLEDGE + 100 * ((i * 7919 + firstGuest) % ((MAX_PLEDGE - MIN_PLEDGE) / 100 + 1)));

  const started = performance.now();
  const answers = await Promise.all(
    amounts.map((amount, i) =>
      pledge(world.edge.url, registry.slug, itemId, amount, firstGuest + i).then(
        (answer) => ({ status: String(answer.status), ms: answer.ms, amount, body: answer.body }),
        (error: Error) => ({ status: `error: ${error.message.slice(0, 80)}`, ms: performance.now() - started, amount, body: '' }),
      ),
    ),
  );
  const totalMs = performance.now() - started;
  const count = (status: string) => answers.filter((a) => a.status === status).length;
  const other: Record<string, number> = {};
  for (const { status, body } of answers) {
    const expected = status === '201' || (status === '409' && body.includes('pledge-exceeds-target'));
    if (!expected && !status.startsWith('5')) {
      const kind = status === '409' ? `409 ${body.slice(0, 60)}` : status;
      other[kind] = (other[kind] ?? 0) + 1;
    }
  }
  const acceptedAmount = answers.filter((a) => a.status === '201').reduce((sum, a) => sum + a.amount, 0);
  const times = answers.map((a) => a.ms).sort((a, b) => a - b);

  const client = new Client({ connectionString: world.scratch.databaseUrl });
  await client.connect();
  try {
    const {
      rows: [row],
    } = await client.query<{ pledged: string; sum: string; active: number }>(
      `SELECT i.pledged_amount::text AS pledged,
              (SELECT coalesce(sum(p.amount), 0)::text FROM pledges p WHERE p.item_id = i.id AND p.status <> 'cancelled') AS sum,
              (SELECT count(*)::int FROM pledges p WHERE p.item_id = i.id AND p.status <> 'cancelled') AS active
         FROM items i WHERE i.id = $1`,
      [itemId],
    );
    const database = { pledgedAmount: Number(row.pledged), activePledgesSum: Number(row.sum), activePledges: row.active };
    return {
      guests,
      targetAmount: TARGET,
      offeredAmount: amounts.reduce((a, b) => a + b, 0),
      created: count('201'),
      conflicts:
        count('409') -
        Object.entries(other)
          .filter(([k]) => k.startsWith('409'))
          .reduce((n, [, v]) => n + v, 0),
      serverErrors: answers.filter((a) => a.status.startsWith('5')).length,
      other,
      acceptedAmount,
      totalMs,
      p50Ms: percentile(times, 0.5),
      maxMs: times[times.length - 1],
      database,
      overpledged: Math.max(0, acceptedAmount - TARGET, database.pledgedAmount - TARGET, database.activePledgesSum - TARGET),
      mismatches:
        Number(database.pledgedAmount !== database.activePledgesSum) +
        Number(database.activePledgesSum !== acceptedAmount) +
        Number(database.activePledges !== count('201')),
    };
  } finally {
    await client.end();
  }
}

/** What fails the run: errors, unexpected answers, pledges beyond the target, amounts that disagree. */
export function pledgeContentionFailures(p: PledgeContentionResult): string[] {
  const failures: string[] = [];
  if (p.serverErrors) failures.push(`pledge contention: ${p.serverErrors} answers were 5xx`);
  if (Object.keys(p.other).length) failures.push(`pledge contention: unexpected answers ${JSON.stringify(p.other)}`);
  if (p.overpledged) failures.push(`pledge contention: pledged ${p.overpledged} (minor units) beyond the target`);
  if (p.mismatches)
    failures.push(`pledge contention: the item's pledged amount, its pledges and the 201s disagree (${JSON.stringify(p.database)}, 201s ${p.acceptedAmount})`);
  if (!p.created) failures.push('pledge contention: no pledge was accepted');
  return failures;
}
