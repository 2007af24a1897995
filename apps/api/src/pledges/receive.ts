import type { EntityManager } from 'typeorm';

/**
 * The couple says a pledge's money arrived (the pledges PATCH and the tracker share this). What arrived is the
 * amount given, else what was recorded before, else the pledged amount; the first time received is kept.
 * Runs inside a RegistryWrites transaction; the caller has checked the pledge is not cancelled.
 */
export async function markPledgeReceived(tx: EntityManager, pledgeId: string, receivedAmount?: number): Promise<void> {
  const [rows] = (await tx.query(
    `UPDATE pledges SET status = 'received', received_amount = coalesce($2, received_amount, amount), received_at = coalesce(received_at, clock_timestamp())
      WHERE id = $1 AND status <> 'cancelled' RETURNING item_id`,
    [pledgeId, receivedAmount ?? null],
  )) as [{ item_id: string }[], number];
  await touchPledgedItem(tx, rows[0]?.item_id);
}

/** Takes back "received" (marked by mistake): the pledge is pledged again, and the guest's undo link works again. */
export async function unmarkPledgeReceived(tx: EntityManager, pledgeId: string): Promise<void> {
  const [rows] = (await tx.query(
    `UPDATE pledges SET status = 'pledged', received_amount = NULL, received_at = NULL WHERE id = $1 AND status = 'received' RETURNING item_id`,
    [pledgeId],
  )) as [{ item_id: string }[], number];
  await touchPledgedItem(tx, rows[0]?.item_id);
}

// The item's cached fragment carries no received amounts, but its version moves with every change to it.
async function touchPledgedItem(tx: EntityManager, itemId: string | undefined): Promise<void> {
  if (itemId) await tx.query('UPDATE items SET version = version + 1, updated_at = clock_timestamp() WHERE id = $1', [itemId]);
}
