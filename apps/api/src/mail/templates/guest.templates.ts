import type { Language } from '@whispergifts/i18n';
import type { DataSource } from 'typeorm';
import { guestPageUrl } from '../../guests/guest-links';
import { html } from '../html';
import { mailText } from '../i18n';
import { button } from '../layout';
import { guestFacing } from './registry-mail';
import type { Template } from './template';

interface GuestRow {
  guest_name: string;
  guest_email: string;
  couple_names: string;
  registry_id: string;
  slug: string;
  language: Language;
}

/** The guest of the reservation or pledge the job names (the outbox carries ids, never addresses). */
async function loadGuest(payload: Record<string, unknown>, db: DataSource): Promise<GuestRow | undefined> {
  const table = typeof payload.pledgeId === 'string' ? 'pledges' : 'reservations';
  const [row] = (await db.query(
    `SELECT x.guest_name, x.guest_email, g.couple_names, g.id AS registry_id, g.slug, g.language
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
  // In the registry's language: the couple chose it for their guests.
  const lang = g.language;
  const values = { name: g.guest_name, couple: g.couple_names, days: config.guestPageLinkDays };
  return {
    to: [g.guest_email],
    guestMailFor: { registryId: g.registry_id },
    content: {
      ...(await guestFacing(g.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:guest.subject', values),
      text: [
        mailText(lang, 'mail:common.hello', values),
        '',
        mailText(lang, 'mail:guest.intro', values),
        '',
        url,
        '',
        mailText(lang, 'mail:guest.expiry', values),
        `${mailText(lang, 'mail:reservation.list')} ${listUrl}`,
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', values)}</p>
        <p>${mailText(lang, 'mail:guest.intro', values)}</p>
        ${button(url, mailText(lang, 'mail:reservation.open-my-gifts'))}
        <p>${mailText(lang, 'mail:guest.expiry', values)}</p>
        <p><a href="${listUrl}">${mailText(lang, 'mail:reservation.see-list')}</a></p>`,
    },
  };
};
