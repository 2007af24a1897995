import type { Language } from '@whispergifts/i18n';
import { derivedToken } from '../../common/crypto/tokens';
import { guestPageUrl } from '../../guests/guest-links';
import { surpriseHidden } from '../../registries/guest-access';
import { html } from '../html';
import { mailHtml, mailText } from '../i18n';
import { button } from '../layout';
import { readableDateIn, readableDateTimeIn } from '../localized-dates';
import { registryLook } from '../look';
import { ownersToTellIn } from './owners-language';
import { guestFacing, reservationsPageUrl } from './registry-mail';
import type { DataSource } from 'typeorm';
import type { Template } from './template';

interface ReservationRow {
  id: string;
  quantity: number;
  guest_name: string;
  guest_email: string;
  message: string;
  item_name: string;
  item_url: string | null;
  couple_names: string;
  slug: string;
  registry_id: string;
  surprise_mode: boolean;
  reveal_date: string | null;
  /** Every owner has verified their e-mail: only then may guests' e-mails carry the couple's shop links. */
  owners_verified: boolean;
  status: string;
  held_until: Date | null;
  time_zone: string;
  language: Language;
}

async function loadReservation(payload: Record<string, unknown>, db: DataSource): Promise<ReservationRow | undefined> {
  const [row] = (await db.query(
    `SELECT r.id, r.quantity, r.guest_name, r.guest_email, r.message, i.name AS item_name, i.url AS item_url,
            g.couple_names, g.slug, g.id AS registry_id, g.surprise_mode, g.reveal_date::text AS reveal_date, r.status, r.held_until, g.time_zone, g.language,
            NOT EXISTS (SELECT 1 FROM registry_owners o JOIN users u ON u.id = o.user_id
                         WHERE o.registry_id = g.id AND u.email_verified_at IS NULL) AS owners_verified
       FROM reservations r JOIN items i ON i.id = r.item_id JOIN registries g ON g.id = r.registry_id
      WHERE r.id = $1`,
    [payload.reservationId],
  )) as ReservationRow[];
  return row;
}

/**
 * To the guest: what they reserved, where to buy it, and the undo link. It goes to whatever address the guest
 * typed, so it is capped (guestMailFor), and it carries the shop link only when the couple have verified their
 * addresses: otherwise anyone could make us mail their link to anyone.
 */
export const reservationConfirmation: Template = async (payload, { db, config }) => {
  const r = await loadReservation(payload, db);
  if (!r) return null;
  const shopUrl = r.owners_verified ? r.item_url : null;
  const undoToken = derivedToken(config.sessionSecret, 'reservation-undo', r.id, 'wgu_');
  const undoUrl = `${config.publicUrl}/reservations/undo/${undoToken}`;
  const listUrl = `${config.publicUrl}/r/${r.slug}`;
  const myGiftsUrl = guestPageUrl(config, r.registry_id, r.guest_email);
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  // In the registry's language: the couple chose it for their guests.
  const lang = r.language;
  const values = { name: r.guest_name, what, couple: r.couple_names };
  return {
    to: [r.guest_email],
    guestMailFor: { registryId: r.registry_id },
    content: {
      ...(await guestFacing(r.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:reservation.subject', values),
      text: [
        mailText(lang, 'mail:common.hello', values),
        '',
        mailText(lang, 'mail:reservation.reserved', values),
        shopUrl
          ? mailText(lang, 'mail:reservation.shop-text', { url: shopUrl })
          : r.item_url
            ? mailText(lang, 'mail:reservation.shop-listed')
            : mailText(lang, 'mail:reservation.anywhere'),
        '',
        `${mailText(lang, 'mail:reservation.my-gifts')} ${myGiftsUrl}`,
        `${mailText(lang, 'mail:reservation.undo')} ${undoUrl}`,
        `${mailText(lang, 'mail:reservation.list')} ${listUrl}`,
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', values)}</p>
        <p>${mailHtml(lang, 'mail:reservation.reserved', values)}</p>
        <p>
          ${
            shopUrl
              ? mailHtml(lang, 'mail:reservation.shop', {}, shopUrl)
              : r.item_url
                ? mailHtml(lang, 'mail:reservation.shop-listed', {}, listUrl)
                : mailHtml(lang, 'mail:reservation.anywhere')
          }
        </p>
        <p>${mailText(lang, 'mail:reservation.my-gifts')}</p>
        ${button(myGiftsUrl, mailText(lang, 'mail:reservation.open-my-gifts'))}
        <p>${mailHtml(lang, 'mail:reservation.undo', {}, undoUrl)}</p>
        <p><a href="${listUrl}">${mailText(lang, 'mail:reservation.see-list')}</a></p>`,
    },
  };
};

/** "Surprise mode is on, so we won’t say who until …", in the owners' language. */
const surpriseNote = (lang: Language, r: Pick<ReservationRow, 'reveal_date'>) =>
  r.reveal_date
    ? mailText(lang, 'couple-mail:notice.surprise-until', { date: readableDateIn(lang, r.reveal_date) })
    : mailText(lang, 'couple-mail:notice.surprise-off');

/**
 * To the owners who chose to hear of each one (notify 'each'): a gift was reserved. Read when the worker sends it:
 * a reservation undone (or lapsed) before then is not announced, since there is nothing left to say. In surprise
 * mode it names the gift but not the guest.
 */
export const giftReservedNotice: Template = async (payload, context) => {
  const { db, config } = context;
  const r = await loadReservation(payload, db);
  if (!r || r.status !== 'active') return null;
  const { to: owners, language: lang } = await ownersToTellIn(db, r.registry_id);
  if (!owners.length) return null;
  const hidden = surpriseHidden({ surpriseMode: r.surprise_mode, revealDate: r.reveal_date });
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  const page = reservationsPageUrl(config, r.registry_id);
  const values = { what, guest: r.guest_name, message: r.message, url: page };
  const seeThem = mailText(lang, 'couple-mail:notice.reservations-text', values);
  return {
    to: owners,
    content: {
      look: await registryLook(db, config, r.registry_id),
      language: lang,
      subject: mailText(lang, 'couple-mail:notice.reserved.subject', values),
      text: hidden
        ? `${mailText(lang, 'couple-mail:notice.reserved.someone', values)} ${surpriseNote(lang, r)}\n\n${seeThem}`
        : `${mailText(lang, 'couple-mail:notice.reserved.by', values)}${r.message ? `\n\n${mailText(lang, 'couple-mail:notice.message-text', values)}` : ''}\n\n${seeThem}`,
      body: hidden
        ? html`<p>${mailHtml(lang, 'couple-mail:notice.reserved.someone', values)}</p>
            <p>${surpriseNote(lang, r)}</p>
            ${button(page, mailText(lang, 'couple-mail:notice.reservations'))}`
        : html`<p>${mailHtml(lang, 'couple-mail:notice.reserved.by', values)}</p>
            ${r.message ? html`<blockquote class="wg-quote">${r.message}</blockquote>` : ''} ${button(page, mailText(lang, 'couple-mail:notice.reservations'))}`,
    },
  };
};

/**
 * To the owners who were told of a reservation the guest has since undone: the gift is free again. Only when the
 * "reserved" notice went out; while it is still on its way this job waits for it (a retry), so the two arrive in
 * order. One that never went out (undone first, or nobody wanted notices then) leaves nothing to say.
 */
export const giftUnreservedNotice: Template = async (payload, context) => {
  const { db, config } = context;
  const r = await loadReservation(payload, db);
  if (!r || r.status !== 'cancelled') return null;
  const [told] = (await db.query(
    `SELECT d.job_id IS NOT NULL AS decided, d.suppressed FROM outbox_events e LEFT JOIN email_deliveries d ON d.job_id = e.id::text
      WHERE e.name = 'gift-reserved-notice' AND e.payload->>'reservationId' = $1`,
    [r.id],
  )) as { decided: boolean; suppressed: string | null }[];
  if (!told) return null;
  if (!told.decided) throw new Error('the notice of this reservation has not been sent yet; the undo follows it');
  if (told.suppressed !== null) return null;
  const { to: owners, language: lang } = await ownersToTellIn(db, r.registry_id);
  if (!owners.length) return null;
  const hidden = surpriseHidden({ surpriseMode: r.surprise_mode, revealDate: r.reveal_date });
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  const page = reservationsPageUrl(config, r.registry_id);
  const values = { what, guest: r.guest_name, url: page };
  const undone = hidden ? 'couple-mail:notice.unreserved.someone' : 'couple-mail:notice.unreserved.by';
  return {
    to: owners,
    content: {
      look: await registryLook(db, config, r.registry_id),
      language: lang,
      subject: mailText(lang, 'couple-mail:notice.unreserved.subject', values),
      text: `${mailText(lang, undone, values)}\n\n${mailText(lang, 'couple-mail:notice.reservations-text', values)}`,
      body: html`<p>${mailHtml(lang, undone, values)}</p>
        ${button(page, mailText(lang, 'couple-mail:notice.reservations'))}`,
    },
  };
};

/** To the guest: the couple released their reservation. It names neither the guest to the couple nor why; capped like every guest e-mail. */
export const reservationReleased: Template = async (payload, { db, config }) => {
  const r = await loadReservation(payload, db);
  if (!r) return null;
  // In the registry's language, as every e-mail to its guests.
  const lang = r.language;
  const listUrl = `${config.publicUrl}/r/${r.slug}`;
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  const values = { what, couple: r.couple_names };
  return {
    to: [r.guest_email],
    guestMailFor: { registryId: r.registry_id },
    content: {
      ...(await guestFacing(r.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:released.subject', values),
      text: [
        mailText(lang, 'mail:common.hello', { name: r.guest_name }),
        '',
        mailText(lang, 'mail:released.text', values),
        mailText(lang, 'mail:released.bought'),
        '',
        `${mailText(lang, 'mail:reservation.list')} ${listUrl}`,
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', { name: r.guest_name })}</p>
        <p>${mailHtml(lang, 'mail:released.text', values)}</p>
        <p>${mailText(lang, 'mail:released.bought')}</p>
        ${button(listUrl, mailText(lang, 'mail:reservation.see-list'))}`,
    },
  };
};

/** To the guest of a held reservation: confirm with the link before the hold lapses, or the gift is free again (capped like every guest e-mail). */
export const reservationHold: Template = async (payload, { db, config }) => {
  const r = await loadReservation(payload, db);
  // Confirmed, undone or lapsed before the worker got to it: the link would only disappoint.
  if (!r || r.status !== 'held' || !r.held_until) return null;
  const lang = r.language;
  const confirmToken = derivedToken(config.sessionSecret, 'reservation-confirm', r.id, 'wgc_');
  const confirmUrl = `${config.publicUrl}/reservations/confirm/${confirmToken}`;
  const minutes = Math.max(1, Math.round((r.held_until.getTime() - Date.now()) / 60_000));
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  const values = { what, couple: r.couple_names, minutes, deadline: readableDateTimeIn(lang, r.held_until, r.time_zone), url: confirmUrl };
  return {
    to: [r.guest_email],
    guestMailFor: { registryId: r.registry_id },
    content: {
      ...(await guestFacing(r.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:hold.subject', values),
      text: [
        mailText(lang, 'mail:common.hello', { name: r.guest_name }),
        '',
        mailText(lang, 'mail:hold.asked', values),
        mailText(lang, 'mail:hold.confirm-text', values),
        '',
        mailText(lang, 'mail:hold.lapse'),
        mailText(lang, 'mail:hold.ignore'),
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', { name: r.guest_name })}</p>
        <p>${mailHtml(lang, 'mail:hold.asked', values)}</p>
        ${button(confirmUrl, mailText(lang, 'mail:hold.button'))}
        <p>${mailText(lang, 'mail:hold.lapse')} ${mailText(lang, 'mail:hold.ignore')}</p>`,
    },
  };
};
