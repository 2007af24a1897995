import type { EntityManager } from 'typeorm';

/**
 * Erases guests' personal data on one registry: their name, e-mail, postal address and message become empty
 * and the row is marked `personal_data_erased_at`. The reservation or pledge itself stays, with its item,
 * quantity or amount and its stage, so the couple's counts and the list's "reserved" stay right; it is only
 * anonymous from then on.
 *
 * With `email`: that guest only ("forget me" on the guest's page). Without: every guest of the registry and the
 * givers and notes of the gifts given outside the list (the retention job). Rows erased before are left alone,
 * so their erasure date stays the first one. The caller runs it inside a RegistryWrites transaction, which bumps
 * the registry's version (cached owner views hold names). Returns how many rows it erased.
 */
export async function eraseGuestData(manager: EntityManager, where: { registryId: string; email?: string }, now: Date): Promise<number> {
  const byGuest = where.email !== undefined;
  const params: unknown[] = byGuest ? [where.registryId, now, where.email!.trim().toLowerCase()] : [where.registryId, now];
  const guestClause = byGuest ? 'AND lower(guest_email) = $3' : '';
  let erased = 0;
  for (const table of ['reservations', 'pledges']) {
    const [, count] = (await manager.query(
      `UPDATE ${table} SET guest_name = '', guest_email = '', message = '', guest_address = NULL, personal_data_erased_at = $2
        WHERE registry_id = $1 AND personal_data_erased_at IS NULL ${guestClause}`,
      params,
    )) as [unknown[], number];
    erased += count;
  }
  if (!byGuest) {
    // The giver's name is required by the table; a dash keeps the row readable ("a gift from —") and says nothing.
    const [, count] = (await manager.query(
      `UPDATE offline_gifts SET giver = '—', note = '', personal_data_erased_at = $2 WHERE registry_id = $1 AND personal_data_erased_at IS NULL`,
      params,
    )) as [unknown[], number];
    erased += count;
  }
  return erased;
}
