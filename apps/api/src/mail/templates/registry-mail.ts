import type { DataSource } from 'typeorm';
import { coupleReplyTo, registryLook } from '../look';
import type { TemplateContext } from './template';

/** What every message about one registry shares: who hears of it, where its links lead, how it looks. */

/** What a guest-facing message of this registry carries: the couple's look, and Reply-To the couple. */
export async function guestFacing(registryId: string, { db, config }: TemplateContext) {
  return { look: await registryLook(db, config, registryId), replyTo: await coupleReplyTo(db, registryId) };
}

/** The owners who hear of each reservation and pledge (notify 'each': the owners' notice preference). */
export async function ownersToTell(db: DataSource, registryId: string): Promise<string[]> {
  const owners = (await db.query(
    "SELECT u.email FROM registry_owners o JOIN users u ON u.id = o.user_id WHERE o.registry_id = $1 AND o.notify = 'each' ORDER BY o.created_at",
    [registryId],
  )) as { email: string }[];
  return owners.map((o) => o.email);
}

/** The reservations page of the couple's dashboard, where every notice about a reservation leads. */
export const reservationsPageUrl = (config: TemplateContext['config'], registryId: string) =>
  `${config.publicUrl}/dashboard/registries/${registryId}/reservations`;
