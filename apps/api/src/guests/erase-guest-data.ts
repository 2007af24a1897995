import type { EntityManager } from 'typeorm';

/**
 * Erases guests' personal data on one registry (issue 13, the one definition every stream uses): name, e-mail,
 * message and postal address go, `personal_data_erased_at` records when. The reservation or pledge itself stays,
 * anonymous, with its quantity or amount and its stage, so the item's counts and the couple's tracker stay right.
 *
 * With `email`, only that guest's rows ("forget me"); without, every guest of the registry and the givers and notes
 * of the gifts given outside the list (the retention job). Rows erased before are left alone, so a repeat is a no-op.
 * Callers run it inside RegistryWrites, whose version bump makes every cached owner view stale.
 *
 * Returns how many rows it erased.
 */
export async function eraseGuestData(manager: EntityManager, where: { registryId: string; email?: string }, now: Date): Promise<number> {
  const guest = where.email === undefined ? '' : 'AND lower(guest_email) = lower($3)';
  const parameters = where.email === undefined ? [where.registryId, now] : [where.registryId, now, where.email.trim()];
  let erased = 0;
  for (const table of ['reservations', 'pledges']) {
    const [, count] = (await manager.query(
      `UPDATE ${table} SET guest_name = '', guest_email = '', message = '', guest_address = NULL, personal_data_erased_at = $2
        WHERE registry_id = $1 AND personal_data_erased_at IS NULL ${guest}`,
      parameters,
    )) as [unknown, number];
    erased += count;
  }
  if (where.email === undefined) {
    // The giver's name is required while a gift is on record; migration 1764940000000 lets an erased row go without.
    const [, count] = (await manager.query(
      `UPDATE offline_gifts SET giver = '', note = '', personal_data_erased_at = $2 WHERE registry_id = $1 AND personal_data_erased_at IS NULL`,
      [where.registryId, now],
    )) as [unknown, number];
    erased += count;
  }
  return erased;
}
