import type { DataSource } from 'typeorm';
import { guestPageUrl } from '../../guests/guest-links';
import { html } from '../html';
import { button } from '../layout';
import { guestFacing } from './registry-mail';
import type { Template } from './template';

interface GuestRow {
  guest_name: string;
  guest_email: string;
  couple_names: string;
  registry_id: string;
  slug: string;
}

/** The guest of the reservation or pledge the job names (the outbox carries ids, never addresses). */
async function loadGuest(payload: Record<string, unknown>, db: DataSource): Promise<GuestRow | undefined> {
  const table = typeof payload.pledgeId === 'string' ? 'pledges' : 'reservations';
  const [row] = (await db.query(
    `SELECT x.guest_name, x.guest_email, g.couple_names, g.id AS registry_id, g.slug
       FROM ${table} x JOIN registries g ON g.id = x.registry_id WHERE x.id = $1`,
    [payload.pledgeId ?? payload.reservationId],
  )) as GuestRow[];
  return row;
}

/**
 * To a guest who asked for their gifts ("find my gifts" on the gift list): the link to their own page. Sent only
 * when the address has something on that list, capped like every guest e-mail; nothing when the guest asked to be
 * forgotten before the worker got to it (the address on the row is gone).
 */
export const guestLink: Template = async (payload, { db, config }) => {
  const g = await loadGuest(payload, db);
  if (!g?.guest_email) return null;
  const url = guestPageUrl(config, g.registry_id, g.guest_email);
  const listUrl = `${config.publicUrl}/r/${g.slug}`;
  return {
    to: [g.guest_email],
    guestMailFor: { registryId: g.registry_id },
    content: {
      ...(await guestFacing(g.registry_id, { db, config })),
      subject: `Your gifts for ${g.couple_names}`,
      text: [
        `Hello ${g.guest_name},`,
        '',
        `Here is your page on ${g.couple_names}'s gift list: what you reserved or chipped in, where you can mark a gift bought,`,
        'change or release it, leave an address for the thank-you card, or ask us to forget you.',
        '',
        url,
        '',
        `The link works for ${config.guestPageLinkDays} days. Didn't ask for it? Ignore this message; nothing changes.`,
        `The gift list: ${listUrl}`,
      ].join('\n'),
      body: html`<p>Hello ${g.guest_name},</p>
        <p>
          Here is your page on ${g.couple_names}'s gift list: what you reserved or chipped in, where you can mark a gift bought, change or release it, leave an
          address for the thank-you card, or ask us to forget you.
        </p>
        ${button(url, 'Open my gifts')}
        <p>The link works for ${String(config.guestPageLinkDays)} days. Didn't ask for it? Ignore this message; nothing changes.</p>
        <p><a href="${listUrl}">See the gift list</a></p>`,
    },
  };
};
