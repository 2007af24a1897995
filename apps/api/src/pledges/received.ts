import type { EntityManager } from 'typeorm';
import { ProblemException, msg } from '../common/problem/problem';
import { majorUnits } from './dto/money';
import type { Pledge } from './pledge.entity';

/**
 * What a pledge adds to its item's progress (`items.pledged_amount`): the promise until the couple says the money
 * arrived, then what arrived. So a guest who pledged €50 and sent €40 moves the bar by €40, and a capped gift's
 * CHECK keeps holding over what was really given.
 */
export function countedAmount(pledge: Pick<Pledge, 'status' | 'amount' | 'receivedAmount'>): number {
  return pledge.status === 'received' ? (pledge.receivedAmount ?? pledge.amount) : pledge.amount;
}

/**
 * Records a pledge as received with `receivedAmount` (null: not received, back to a promise), moving the item's
 * progress by the difference. Inside the registry's write transaction (RegistryWrites), which also bumps versions.
 * A capped gift that would pass its target answers 409 with what still fits, rather than tripping the CHECK.
 */
export async function recordReceived(tx: EntityManager, pledge: Pledge, receivedAmount: number | null, currency: string): Promise<void> {
  const next = { ...pledge, status: receivedAmount === null ? ('pledged' as const) : ('received' as const), receivedAmount };
  const delta = countedAmount(next) - countedAmount(pledge);
  // An UPDATE through TypeORM's pg driver answers [rows, count].
  const [moved] = (await tx.query(
    `UPDATE items SET pledged_amount = pledged_amount + $2, version = version + 1, updated_at = clock_timestamp()
      WHERE id = $1 AND (allow_overfunding OR target_amount IS NULL OR pledged_amount + $2 <= target_amount)
      RETURNING id`,
    [pledge.itemId, delta],
  )) as [{ id: string }[], number];
  if (!moved.length) {
    const [item] = (await tx.query('SELECT target_amount::float8 AS target, pledged_amount::float8 AS pledged FROM items WHERE id = $1', [pledge.itemId])) as {
      target: number;
      pledged: number;
    }[];
    const most = item.target - item.pledged + countedAmount(pledge);
    throw new ProblemException(409, 'pledge-exceeds-target', msg('problems:pledges.received-exceeds-target', { most: majorUnits(most, currency), currency }), {
      maxReceivedAmount: most,
    });
  }
  await tx.query(
    `UPDATE pledges SET status = $2, received_amount = $3,
            received_at = CASE WHEN $2 = 'received' THEN coalesce(received_at, clock_timestamp()) END
      WHERE id = $1`,
    [pledge.id, next.status, receivedAmount],
  );
}
