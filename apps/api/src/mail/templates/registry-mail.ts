import { coupleReplyTo, registryLook } from '../look';
import type { TemplateContext } from './template';

/** What every message about one registry shares: where its links lead, how it looks (who hears of it: owners-language.ts). */

/** What a guest-facing message of this registry carries: the couple's look, and Reply-To the couple. */
export async function guestFacing(registryId: string, { db, config }: TemplateContext) {
  return { look: await registryLook(db, config, registryId), replyTo: await coupleReplyTo(db, registryId) };
}

/** The reservations page of the couple's dashboard, where every notice about a reservation leads. */
export const reservationsPageUrl = (config: TemplateContext['config'], registryId: string) =>
  `${config.publicUrl}/dashboard/registries/${registryId}/reservations`;
