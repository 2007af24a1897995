import { verifyPassword } from '../../accounts/passwords';
import { partnerInvitationUrl } from '../../registries/partner-invitation-token';
import type { DataSource } from 'typeorm';
import { html } from '../html';
import { button } from '../layout';
import { registryLook } from '../look';
import { formatMoney } from '../money';
import { guestFacing } from './registry-mail';
import type { Template } from './template';

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

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
}

/** To the partner: the link to become the registry's second owner. Not sent once accepted or expired. */
export const partnerInvitation: Template = async (payload, { db, config }) => {
  const [p] = (await db.query(
    `SELECT p.id, p.registry_id, p.email, p.expires_at, r.title, r.couple_names, u.display_name AS inviter
       FROM partner_invitations p JOIN registries r ON r.id = p.registry_id JOIN users u ON u.id = p.invited_by
      WHERE p.id = $1 AND p.accepted_at IS NULL AND p.expires_at > now()`,
    [payload.invitationId],
  )) as PartnerInvitationRow[];
  if (!p) return null;
  const url = partnerInvitationUrl(config, p.id);
  const look = await registryLook(db, config, p.registry_id);
  const until = longDate.format(p.expires_at);
  return {
    to: [p.email],
    content: {
      look,
      subject: `${p.inviter} invited you to run your gift list together`,
      text: [
        `${p.inviter} invited you to co-own the gift list "${p.title}" (${p.couple_names}) on WhisperGifts.`,
        '',
        `Accept the invitation (sign in with ${p.email}, or create an account with it and confirm it, first): ${url}`,
        '',
        `The invitation works until ${until}.`,
      ].join('\n'),
      body: html`<p><strong>${p.inviter}</strong> invited you to co-own the gift list <strong>${p.title}</strong> (${p.couple_names}) on WhisperGifts.</p>
        ${button(url, 'Accept the invitation')}
        <p>Sign in with ${p.email}, or create an account with it and confirm it, first.</p>
        <p class="wg-muted">The invitation works until ${until}.</p>`,
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
}

/** To a guest: the gift list link and the couple's own words. */
export const shareInvitation: Template = async (payload, { db, config }) => {
  const [s] = (await db.query(
    `SELECT r.id AS registry_id, r.currency, s.email, s.message, s.list_password, r.slug, r.title, r.couple_names, r.visibility, r.password_hash
       FROM share_invitations s JOIN registries r ON r.id = s.registry_id
      WHERE s.id = $1`,
    [payload.invitationId],
  )) as ShareInvitationRow[];
  if (!s) return null;
  const url = `${config.publicUrl}/r/${s.slug}`;
  const gifts = await giftsToShow(db, s.registry_id);
  // The password the couple chose to include, only while it still opens the list (they may have changed it since).
  const password = await currentListPassword(s);
  const locked =
    s.visibility !== 'password'
      ? ''
      : password
        ? `The list is protected by a password. Type this one when it asks: ${password}`
        : `The list is protected by a password; ${s.couple_names} will tell you what it is.`;
  return {
    to: [s.email],
    content: {
      ...(await guestFacing(s.registry_id, { db, config })),
      subject: `${s.couple_names} shared their gift list with you`,
      text: [
        `${s.couple_names} shared their wedding gift list with you: "${s.title}".`,
        ...(s.message ? ['', s.message] : []),
        ...(gifts.length
          ? ['', 'A few of the gifts on it:', ...gifts.map((g) => `- ${g.name}${priceText(g, s.currency) ? ` (${priceText(g, s.currency)})` : ''}`)]
          : []),
        '',
        `See the list and reserve a gift: ${url}`,
        ...(locked ? [locked] : []),
      ].join('\n'),
      body: html`<p>${s.couple_names} shared their wedding gift list with you: <strong>${s.title}</strong>.</p>
        ${s.message ? html`<blockquote class="wg-quote">${s.message}</blockquote>` : ''} ${giftsShown(gifts, s.currency)}
        ${button(url, 'See the list and reserve a gift')}
        ${password ? html`<p>The list is protected by a password. Type this one when it asks: <strong style="font-family:monospace;font-size:18px">${password}</strong></p>` : locked ? html`<p>${locked}</p>` : ''}`,
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

function priceText(gift: GiftShown, currency: string): string | null {
  if (gift.kind === 'fund') return 'a fund: any amount';
  const { price_min: min, price_max: max } = gift;
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return formatMoney(Number(max ?? min), currency);
  return `${formatMoney(Number(min), currency)} – ${formatMoney(Number(max), currency)}`;
}

function giftsShown(gifts: GiftShown[], currency: string) {
  if (!gifts.length) return '';
  return html`<p style="margin:24px 0 4px"><strong>A few of the gifts on it</strong></p>
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" class="wg-gift" style="border-collapse:collapse">
      ${gifts.map(
        (g) =>
          html`<tr>
            <td>${g.name}</td>
            <td class="wg-muted" align="right" style="white-space:nowrap;padding-left:12px">${priceText(g, currency) ?? ''}</td>
          </tr>`,
      )}
    </table>`;
}

async function currentListPassword(s: ShareInvitationRow): Promise<string | null> {
  if (s.visibility !== 'password' || !s.list_password || !s.password_hash) return null;
  return (await verifyPassword(s.password_hash, s.list_password)) ? s.list_password : null;
}
