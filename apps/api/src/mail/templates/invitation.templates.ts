import { type Language, localeOf } from '@whispergifts/i18n';
import { verifyPassword } from '../../accounts/passwords';
import { partnerInvitationUrl } from '../../registries/partner-invitation-token';
import type { DataSource } from 'typeorm';
import { html } from '../html';
import { mailHtml, mailText } from '../i18n';
import { longDateIn } from '../localized-dates';
import { button } from '../layout';
import { registryLook } from '../look';
import { formatMoney } from '../money';
import { guestFacing } from './registry-mail';
import type { Template } from './template';

/** How many gifts an invitation shows: a taste of the list, not the list. */
const GIFTS_SHOWN = 4;

interface PartnerInvitationRow {
  id: string;
  registry_id: string;
  email: string;
  expires_at: Date;
  title: string;
  couple_names: string;
  inviter: string;
  /** The inviter's language: the partner is invited in the words of the one who asks. */
  language: Language;
}

/** To the partner: the link to become the registry's second owner. Not sent once accepted or expired. */
export const partnerInvitation: Template = async (payload, { db, config }) => {
  const [p] = (await db.query(
    `SELECT p.id, p.registry_id, p.email, p.expires_at, r.title, r.couple_names, u.display_name AS inviter, u.language
       FROM partner_invitations p JOIN registries r ON r.id = p.registry_id JOIN users u ON u.id = p.invited_by
      WHERE p.id = $1 AND p.accepted_at IS NULL AND p.expires_at > now()`,
    [payload.invitationId],
  )) as PartnerInvitationRow[];
  if (!p) return null;
  const url = partnerInvitationUrl(config, p.id);
  const look = await registryLook(db, config, p.registry_id);
  const lang = p.language;
  const values = { inviter: p.inviter, title: p.title, couple: p.couple_names, email: p.email, date: longDateIn(lang, p.expires_at) };
  return {
    to: [p.email],
    content: {
      look,
      language: lang,
      subject: mailText(lang, 'couple-mail:invitation.subject', values),
      text: [
        mailText(lang, 'couple-mail:invitation.intro', values),
        '',
        `${mailText(lang, 'couple-mail:invitation.accept-text', values)} ${url}`,
        '',
        mailText(lang, 'couple-mail:invitation.until', values),
      ].join('\n'),
      body: html`<p>${mailHtml(lang, 'couple-mail:invitation.intro', values)}</p>
        ${button(url, mailText(lang, 'couple-mail:invitation.accept'))}
        <p>${mailText(lang, 'couple-mail:invitation.sign-in', values)}</p>
        <p class="wg-muted">${mailText(lang, 'couple-mail:invitation.until', values)}</p>`,
    },
  };
};

interface ShareInvitationRow {
  registry_id: string;
  currency: string;
  email: string;
  message: string;
  slug: string;
  title: string;
  couple_names: string;
  visibility: string;
  list_password: string | null;
  password_hash: string | null;
  /** The registry's language: the couple chose it for their guests. */
  language: Language;
}

/** To a guest: the gift list link and the couple's own words. */
export const shareInvitation: Template = async (payload, { db, config }) => {
  const [s] = (await db.query(
    `SELECT r.id AS registry_id, r.currency, s.email, s.message, s.list_password, r.slug, r.title, r.couple_names, r.visibility, r.password_hash, r.language
       FROM share_invitations s JOIN registries r ON r.id = s.registry_id
      WHERE s.id = $1`,
    [payload.invitationId],
  )) as ShareInvitationRow[];
  if (!s) return null;
  const url = `${config.publicUrl}/r/${s.slug}`;
  const gifts = await giftsToShow(db, s.registry_id);
  // The password the couple chose to include, only while it still opens the list (they may have changed it since).
  const password = await currentListPassword(s);
  const lang = s.language;
  const values = { couple: s.couple_names, title: s.title, url };
  const price = (g: GiftShown) => priceText(g, s.currency, lang);
  const locked =
    s.visibility !== 'password'
      ? ''
      : password
        ? `${mailText(lang, 'mail:invitation.password')} ${password}`
        : mailText(lang, 'mail:invitation.password-ask', values);
  return {
    to: [s.email],
    content: {
      ...(await guestFacing(s.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:invitation.subject', values),
      text: [
        mailText(lang, 'mail:invitation.shared', values),
        ...(s.message ? ['', s.message] : []),
        ...(gifts.length ? ['', mailText(lang, 'mail:invitation.some-gifts-text'), ...gifts.map((g) => `- ${g.name}${price(g) ? ` (${price(g)})` : ''}`)] : []),
        '',
        mailText(lang, 'mail:invitation.see-text', values),
        ...(locked ? [locked] : []),
      ].join('\n'),
      body: html`<p>${mailHtml(lang, 'mail:invitation.shared', values)}</p>
        ${s.message ? html`<blockquote class="wg-quote">${s.message}</blockquote>` : ''} ${giftsShown(gifts, s.currency, lang)}
        ${button(url, mailText(lang, 'mail:invitation.see'))}
        ${password ? html`<p>${mailText(lang, 'mail:invitation.password')} <strong style="font-family:monospace;font-size:18px">${password}</strong></p>` : locked ? html`<p>${locked}</p>` : ''}`,
    },
  };
};

interface GiftShown {
  name: string;
  kind: string;
  price_min: number | null;
  price_max: number | null;
}

/** A few gifts guests can still choose, most wanted first, in the couple's order. */
async function giftsToShow(db: DataSource, registryId: string): Promise<GiftShown[]> {
  return (await db.query(
    `SELECT name, kind, price_min, price_max FROM items
      WHERE registry_id = $1 AND NOT archived AND (kind <> 'gift' OR quantity IS NULL OR reserved_quantity < quantity)
      ORDER BY (priority = 'high') DESC, position, id LIMIT $2`,
    [registryId, GIFTS_SHOWN],
  )) as GiftShown[];
}

function priceText(gift: GiftShown, currency: string, lang: Language): string | null {
  if (gift.kind === 'fund') return mailText(lang, 'mail:invitation.fund');
  const { price_min: min, price_max: max } = gift;
  const money = (minor: number) => formatMoney(minor, currency, localeOf(lang));
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return money(Number(max ?? min));
  return mailText(lang, 'mail:invitation.price-range', { min: money(Number(min)), max: money(Number(max)) });
}

function giftsShown(gifts: GiftShown[], currency: string, lang: Language) {
  if (!gifts.length) return '';
  return html`<p style="margin:24px 0 4px"><strong>${mailText(lang, 'mail:invitation.some-gifts')}</strong></p>
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" class="wg-gift" style="border-collapse:collapse">
      ${gifts.map(
        (g) =>
          html`<tr>
            <td>${g.name}</td>
            <td class="wg-muted" align="right" style="white-space:nowrap;padding-left:12px">${priceText(g, currency, lang) ?? ''}</td>
          </tr>`,
      )}
    </table>`;
}

async function currentListPassword(s: ShareInvitationRow): Promise<string | null> {
  if (s.visibility !== 'password' || !s.list_password || !s.password_hash) return null;
  return (await verifyPassword(s.password_hash, s.list_password)) ? s.list_password : null;
}
