import { type Language, localeOf } from '@whispergifts/i18n';
import type { DataSource } from 'typeorm';
import { guestPageUrl } from '../../guests/guest-links';
import { surpriseHidden } from '../../registries/guest-access';
import { OPT_OUT_EMAIL_HASH_SQL, oneClickUnsubscribeUrl, reminderPageUrl, reminderToken } from '../../reminders/reminder-links';
import type { ReminderPeriod } from '../../reminders/reminders.jobs';
import { html } from '../html';
import { translator } from '@whispergifts/i18n/node';
import { mailHtml, mailText } from '../i18n';
import { readableDateIn } from '../localized-dates';
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
  language: Language;
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
  // In the registry's language: the couple chose it for their guests.
  const lang = r.language;
  const eventOn = r.event_date ? readableDateIn(lang, r.event_date, r.time_zone) : null;
  const soon = period === 'before-event' && r.days_left !== null && eventOn;
  const values = {
    name: r.guest_name,
    couple: r.couple_names,
    what,
    reserved: readableDateIn(lang, r.created_at, r.time_zone),
    date: eventOn ?? '',
    days: r.days_left ?? 0,
  };
  const subject = soon ? mailText(lang, 'mail:reminder.subject-soon', values) : mailText(lang, 'mail:reminder.subject', values);
  const opening = soon ? 'mail:reminder.opening-soon' : 'mail:reminder.opening';
  const ask = mailText(lang, 'mail:reminder.ask');

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
      language: lang,
      text: [
        mailText(lang, 'mail:common.hello', values),
        '',
        mailText(lang, opening, values),
        ask,
        '',
        mailText(lang, 'mail:reminder.bought-text', { url: boughtUrl }),
        mailText(lang, 'mail:reminder.release-text', { url: releaseUrl }),
        mailText(lang, 'mail:reminder.my-gifts-text', { url: myGiftsUrl }),
        `${mailText(lang, 'mail:reservation.list')} ${listUrl}`,
        '',
        mailText(lang, 'mail:reminder.at-most-text', { url: unsubscribeUrl }),
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', values)}</p>
        <p>${mailHtml(lang, opening, values)}</p>
        <p>${ask}</p>
        ${button(boughtUrl, mailText(lang, 'mail:reminder.bought'))}
        <p>
          <a href="${releaseUrl}">${mailText(lang, 'mail:reminder.release')}</a> · <a href="${myGiftsUrl}">${mailText(lang, 'mail:reminder.my-gifts')}</a> ·
          <a href="${listUrl}">${mailText(lang, 'mail:reservation.see-list')}</a>
        </p>
        <p class="wg-muted">${mailHtml(lang, 'mail:reminder.at-most', {}, unsubscribeUrl)}</p>`,
    },
  };
};

async function loadReminder(db: DataSource, reservationId: unknown, at: Date): Promise<ReminderRow | undefined> {
  const [row] = (await db.query(
    `SELECT r.id, r.quantity, r.guest_name, r.guest_email, r.status, r.bought_at IS NOT NULL AS bought,
            r.personal_data_erased_at IS NOT NULL AS erased, r.created_at, i.name AS item_name,
            g.id AS registry_id, g.slug, g.couple_names, g.event_date::text AS event_date, g.time_zone, g.reminders_enabled,
            EXISTS (SELECT 1 FROM reminder_opt_outs o WHERE o.registry_id = g.id AND o.email_hash = ${OPT_OUT_EMAIL_HASH_SQL('r.guest_email')}) AS opted_out,
            g.event_date - ($2::timestamptz AT TIME ZONE g.time_zone)::date AS days_left, g.language
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
  /** The owner's own language (their dashboard's). */
  language: Language;
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
    `SELECT u.email, u.display_name, u.language, o.notify, g.couple_names, g.title, g.surprise_mode, g.reveal_date::text AS reveal_date, g.time_zone, g.currency
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
  // In the owner's own language, like every e-mail to the couple.
  const lang = owner.language;
  const day = readableDateIn(lang, String(payload.day), owner.time_zone);
  const dashboard = reservationsPageUrl(config, String(payload.registryId));
  const surprise = owner.reveal_date
    ? mailText(lang, 'couple-mail:notice.surprise-until', { date: readableDateIn(lang, owner.reveal_date) })
    : mailText(lang, 'couple-mail:notice.surprise-off');
  const describe = (line: DigestLine) => {
    const what =
      line.amount !== null
        ? mailText(lang, 'couple-mail:summary.towards', { amount: formatMoney(Number(line.amount), owner.currency, localeOf(lang)), item: line.item_name })
        : `${line.quantity && line.quantity > 1 ? `${line.quantity} × ` : ''}${line.item_name}`;
    if (hidden) return what;
    return line.message
      ? mailText(lang, 'couple-mail:summary.from-message', { what, guest: line.guest_name, message: line.message })
      : mailText(lang, 'couple-mail:summary.from', { what, guest: line.guest_name });
  };
  const sections: [string, DigestLine[]][] = [
    [mailText(lang, 'couple-mail:summary.reserved'), reservations],
    [mailText(lang, 'couple-mail:summary.pledged'), pledges],
  ];
  const shown = sections.filter(([, lines]) => lines.length);
  const more = (lines: DigestLine[]) => (lines.length > DIGEST_MAX_LINES ? mailText(lang, 'couple-mail:summary.more') : null);
  // Up to DIGEST_MAX_LINES of each are read, and one more to know there are more: "50+ reservations".
  const counted = (lines: DigestLine[]) => ({ count: Math.min(lines.length, DIGEST_MAX_LINES), more: lines.length > DIGEST_MAX_LINES ? 'yes' : 'no' });
  // A select's value must reach the message as it is (mailText sets string values aside), so straight to the translator.
  const reserved = translator().t(lang, 'couple-mail:summary.reservations', counted(reservations));
  const pledged = translator().t(lang, 'couple-mail:summary.pledges', counted(pledges));
  const summary =
    reservations.length && pledges.length
      ? mailText(lang, 'couple-mail:summary.both', { reservations: reserved, pledges: pledged })
      : reservations.length
        ? reserved
        : pledged;
  const values = { name: owner.display_name, title: owner.title, summary, day, isoDay: String(payload.day), url: dashboard };

  return {
    to: [owner.email],
    content: {
      look: await registryLook(db, config, String(payload.registryId)),
      language: lang,
      subject: mailText(lang, 'couple-mail:summary.subject', values),
      text: [
        mailText(lang, 'couple-mail:hello', values),
        '',
        mailText(lang, 'couple-mail:summary.what-happened', values),
        ...shown.flatMap(([label, lines]) => [
          '',
          mailText(lang, 'couple-mail:summary.section', { label }),
          ...lines.slice(0, DIGEST_MAX_LINES).map((l) => `- ${describe(l)}`),
          ...(more(lines) ? [more(lines)!] : []),
        ]),
        ...(hidden ? ['', surprise] : []),
        '',
        mailText(lang, 'couple-mail:notice.reservations-text', values),
        mailText(lang, 'couple-mail:summary.why'),
      ].join('\n'),
      body: html`<p>${mailText(lang, 'couple-mail:hello', values)}</p>
        <p>${mailHtml(lang, 'couple-mail:summary.what-happened', values)}</p>
        ${shown.map(
          ([label, lines]) =>
            html`<h3 style="margin:16px 0 4px;font-size:16px">${label}</h3>
              <ul style="margin:0;padding-left:20px">
                ${lines.slice(0, DIGEST_MAX_LINES).map((l) => html`<li>${describe(l)}</li>`)}
              </ul>
              ${more(lines) ? html`<p>${more(lines)}</p>` : ''}`,
        )}
        ${hidden ? html`<p>${surprise}</p>` : ''} ${button(dashboard, mailText(lang, 'couple-mail:notice.reservations'))}
        <p class="wg-muted">${mailText(lang, 'couple-mail:summary.why')}</p>`,
    },
  };
};
