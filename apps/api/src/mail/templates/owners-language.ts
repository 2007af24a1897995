import type { Language } from '@whispergifts/i18n';
import type { DataSource } from 'typeorm';

/**
 * The owners who hear of each reservation and pledge (notify 'each'), and the language of the one message they
 * share: the first of them's own (`users.language`), as a plan refund does. English when nobody is told.
 */
export async function ownersToTellIn(db: DataSource, registryId: string): Promise<{ to: string[]; language: Language }> {
  const owners = (await db.query(
    "SELECT u.email, u.language FROM registry_owners o JOIN users u ON u.id = o.user_id WHERE o.registry_id = $1 AND o.notify = 'each' ORDER BY o.created_at",
    [registryId],
  )) as { email: string; language: Language }[];
  return { to: owners.map((o) => o.email), language: owners[0]?.language ?? 'en' };
}
