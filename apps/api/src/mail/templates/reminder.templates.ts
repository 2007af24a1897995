import type { DataSource } from 'typeorm';
import { guestPageUrl } from '../../guests/guest-links';
import { surpriseHidden } from '../../registries/guest-access';
import { OPT_OUT_EMAIL_HASH_SQL, oneClickUnsubscribeUrl, reminderPageUrl, reminderToken } from '../../reminders/reminder-links';
import type { ReminderPeriod } from '../../reminders/reminders.jobs';
import { readableDate } from '../dates';
import { html } from '../html';
import { button } from '../layout';
import { formatMoney } from '../money';
import { guestFacing, reservationsPageUrl } from './registry-mail';
import { registryLook } from '../look';
import type { Template } from './template';

interface ReminderRow {
  id: string;
  quantity: number;
  guest_name: string;
  guest_email: string;
  status: string;
  bought: boolean;
  erased: boolean;
  created_at: Date;
  item_name: string;
  registry_id: string;
  slug: string;
  couple_names: string;
  event_date: string | null;
  time_zone: string;
  reminders_enabled: boolean;
  opted_out: boolean;
  days_left: number | null;
}

/**
 * To the guest whose reservation is not marked bought: "did you get it?", with one-click links to say so or to
 * release it, and List-Unsubscribe (RFC 2369) with One-Click (RFC 8058). Everything is checked again here, at
 * the sweep's clock: a guest who marked it bought, released it or unsubscribed after the sweep, a couple who
 * switched reminders off, or an event that has come, gets nothing. Capped like every guest e-mail.
 */
export const reservationReminder: Template = async (payload, { db, config }) => {
  const at = typeof payload.at === 'string' ? new Date(payload.at) : new Date();
  const period = payload.period as ReminderPeriod;
  const r = await loadReminder(db, payload.reservationId, at);
  if (!r || r.status !== 'active' || r.bought || r.erased || !r.guest_email || !r.reminders_enabled || r.opted_out) return null;
  if (r.days_left !== null && r.days_left <= 0) return null;

  const token = reminderToken(config.sessionSecret, r.id);
  const boughtUrl = reminderPageUrl(config.publicUrl, 'bought', token);
  const releaseUrl = reminderPageUrl(config.publicUrl, 'release', token);
  const unsubscribeUrl = reminderPageUrl(config.publicUrl, 'unsubscribe', token);
  const listUrl = `${config.publicUrl}/r/${r.slug}`;
  // The guest's own page, with all their gifts on this list (and "forget me").
  const myGiftsUrl = guestPageUrl(config, r.registry_id, r.guest_email, at);
  const what = r.quantity > 1 ? `${r.quantity} × ${r.item_name}` : r.item_name;
  const reservedOn = readableDate(r.created_at, r.time_zone);
  const eventOn = r.event_date ? readableDate(r.event_date, r.time_zone) : null;
  const soon = period === 'before-event' && r.days_left !== null && eventOn;
  const days = `${r.days_left} day${r.days_left === 1 ? '' : 's'}`;
  const subject = soon ? `${r.couple_names}'s wedding is in ${days}: did you get ${what}?` : `Did you get ${what} for ${r.couple_names}?`;
  const opening = soon
    ? `${r.couple_names}'s wedding is on ${eventOn}, in ${days}. You reserved ${what} from their gift list on ${reservedOn}.`
    : `You reserved ${what} from ${r.couple_names}'s gift list on ${reservedOn}.`;
  const openingHtml = soon
    ? html`${r.couple_names}'s wedding is on <strong>${eventOn}</strong>, in ${days}. You reserved <strong>${what}</strong> from their gift list on
        ${reservedOn}.`
    : html`You reserved <strong>${what}</strong> from ${r.couple_names}'s gift list on ${reservedOn}.`;
  const ask = "Did you get it? Mark it bought, so the couple's list stays right. Or, if you won't get it after all, release it for someone else.";

  return {
    to: [r.guest_email],
    guestMailFor: { registryId: r.registry_id },
    content: {
      ...(await guestFacing(r.registry_id, { db, config })),
      subject,
      headers: {
        'List-Unsubscribe': `<${oneClickUnsubscribeUrl(config.publicUrl, token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      text: [
        `Hello ${r.guest_name},`,
        '',
        opening,
        ask,
        '',
        `I bought it: ${boughtUrl}`,
        `Release it for someone else: ${releaseUrl}`,
        `All your gifts on this list: ${myGiftsUrl}`,
        `The gift list: ${listUrl}`,
        '',
        `We remind you at most twice. No more reminders from this list: ${unsubscribeUrl}`,
      ].join('\n'),
      body: html`<p>Hello ${r.guest_name},</p>
        <p>${openingHtml}</p>
        <p>${ask}</p>
        ${button(boughtUrl, 'I bought it')}
        <p>
          <a href="${releaseUrl}">Release it for someone else</a> · <a href="${myGiftsUrl}">All your gifts on this list</a> ·
          <a href="${listUrl}">See the gift list</a>
        </p>
        <p class="wg-muted">We remind you at most twice. <a href="${unsubscribeUrl}" class="wg-muted">No more reminders from this list</a>.</p>`,
    },
  };
};

async function loadReminder(db: DataSource, reservationId: unknown, at: Date): Promise<ReminderRow | undefined> {
  const [row] = (await db.query(
    `SELECT r.id, r.quantity, r.guest_name, r.guest_email, r.status, r.bought_at IS NOT NULL AS bought,
            r.personal_data_erased_at IS NOT NULL AS erased, r.created_at, i.name AS item_name,
            g.id AS registry_id, g.slug, g.couple_names, g.event_date::text AS event_date, g.time_zone, g.reminders_enabled,
            EXISTS (SELECT 1 FROM reminder_opt_outs o WHERE o.registry_id = g.id AND o.email_hash = ${OPT_OUT_EMAIL_HASH_SQL('r.guest_email')}) AS opted_out,
            g.event_date - ($2::timestamptz AT TIME ZONE g.time_zone)::date AS days_left
       FROM reservations r JOIN items i ON i.id = r.item_id JOIN registries g ON g.id = r.registry_id
      WHERE r.id = $1`,
    [reservationId, at],
  )) as ReminderRow[];
  return row;
}

interface DigestOwner {
  email: string;
  display_name: string;
  notify: string;
  couple_names: string;
  title: string;
  surprise_mode: boolean;
  reveal_date: string | null;
  time_zone: string;
  currency: string;
}

interface DigestLine {
  item_name: string;
  guest_name: string;
  message: string;
  quantity: number | null;
  amount: string | null;
}

/** Lines of one kind in a digest; beyond this, "and N more" (the dashboard has them all). */
const DIGEST_MAX_LINES = 50;

/**
 * To an owner who chose the daily digest: the new reservations and pledges of one local day of the registry.
 * Sent only if they still want the digest. Surprise mode hides the guests, as in every notice.
 */
export const ownerDigest: Template = async (payload, { db, config }) => {
  const [owner] = (await db.query(
    `SELECT u.email, u.display_name, o.notify, g.couple_names, g.title, g.surprise_mode, g.reveal_date::text AS reveal_date, g.time_zone, g.currency
       FROM registry_owners o JOIN users u ON u.id = o.user_id JOIN registries g ON g.id = o.registry_id
      WHERE o.registry_id = $1 AND o.user_id = $2`,
    [payload.registryId, payload.userId],
  )) as DigestOwner[];
  if (!owner || owner.notify !== 'digest') return null;
  const window = `r.registry_id = $1 AND r.created_at >= ($2::date::timestamp AT TIME ZONE $3) AND r.created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)`;
  const args = [payload.registryId, payload.day, owner.time_zone, DIGEST_MAX_LINES + 1];
  const reservations = (await db.query(
    `SELECT i.name AS item_name, r.guest_name, r.message, r.quantity, NULL AS amount FROM reservations r JOIN items i ON i.id = r.item_id
      WHERE ${window} AND r.status = 'active' ORDER BY r.created_at, r.id LIMIT $4`,
    args,
  )) as DigestLine[];
  const pledges = (await db.query(
    `SELECT i.name AS item_name, r.guest_name, r.message, NULL AS quantity, r.amount::text AS amount FROM pledges r JOIN items i ON i.id = r.item_id
      WHERE ${window} AND r.status <> 'cancelled' ORDER BY r.created_at, r.id LIMIT $4`,
    args,
  )) as DigestLine[];
  if (!reservations.length && !pledges.length) return null;

  const hidden = surpriseHidden({ surpriseMode: owner.surprise_mode, revealDate: owner.reveal_date });
  const day = readableDate(String(payload.day), owner.time_zone);
  const dashboard = reservationsPageUrl(config, String(payload.registryId));
  const until = owner.reveal_date ? readableDate(owner.reveal_date) : 'you turn it off';
  const describe = (line: DigestLine) => {
    const what =
      line.amount !== null
        ? `${formatMoney(Number(line.amount), owner.currency)} towards ${line.item_name}`
        : `${line.quantity && line.quantity > 1 ? `${line.quantity} × ` : ''}${line.item_name}`;
    return hidden ? what : `${what}, from ${line.guest_name}${line.message ? `: "${line.message}"` : ''}`;
  };
  const sections: [string, DigestLine[]][] = [
    ['Reserved', reservations],
    ['Pledged', pledges],
  ];
  const shown = sections.filter(([, lines]) => lines.length);
  const more = (lines: DigestLine[]) => (lines.length > DIGEST_MAX_LINES ? `…and more on your dashboard` : null);
  const count = (lines: DigestLine[], word: string) =>
    `${lines.length > DIGEST_MAX_LINES ? `${DIGEST_MAX_LINES}+` : lines.length} ${word}${lines.length === 1 ? '' : 's'}`;
  const summary = [reservations.length ? count(reservations, 'reservation') : null, pledges.length ? count(pledges, 'pledge') : null]
    .filter(Boolean)
    .join(' and ');

  return {
    to: [owner.email],
    content: {
      look: await registryLook(db, config, String(payload.registryId)),
      subject: `${owner.title}: ${summary} on ${payload.day as string}`,
      text: [
        `Hello ${owner.display_name},`,
        '',
        `What happened on your gift list on ${day}:`,
        ...shown.flatMap(([label, lines]) => [
          '',
          `${label}:`,
          ...lines.slice(0, DIGEST_MAX_LINES).map((l) => `- ${describe(l)}`),
          ...(more(lines) ? [more(lines)!] : []),
        ]),
        ...(hidden ? ['', `Surprise mode is on, so we won't say who until ${until}.`] : []),
        '',
        `Your reservations: ${dashboard}`,
        'You get one e-mail a day at most, because you chose the daily digest. Change it in the gift list settings.',
      ].join('\n'),
      body: html`<p>Hello ${owner.display_name},</p>
        <p>What happened on your gift list on <strong>${day}</strong>:</p>
        ${shown.map(
          ([label, lines]) =>
            html`<h3 style="margin:16px 0 4px;font-size:16px">${label}</h3>
              <ul style="margin:0;padding-left:20px">
                ${lines.slice(0, DIGEST_MAX_LINES).map((l) => html`<li>${describe(l)}</li>`)}
              </ul>
              ${more(lines) ? html`<p>${more(lines)}</p>` : ''}`,
        )}
        ${hidden ? html`<p>Surprise mode is on, so we won't say who until ${until}.</p>` : ''} ${button(dashboard, 'See your reservations')}
        <p class="wg-muted">You get one e-mail a day at most, because you chose the daily digest. Change it in the gift list settings.</p>`,
    },
  };
};
