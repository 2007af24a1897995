import { verifyPassword } from '../../accounts/passwords';
import { partnerInvitationUrl } from '../../registries/partner-invitation-token';
import { html } from '../html';
import type { Template } from './template';

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

interface PartnerInvitationRow {
  id: string;
  email: string;
  expires_at: Date;
  title: string;
  couple_names: string;
  inviter: string;
}

/** To the partner: the link to become the registry's second owner. Not sent once accepted or expired. */
export const partnerInvitation: Template = async (payload, { db, config }) => {
  const [p] = (await db.query(
    `SELECT p.id, p.email, p.expires_at, r.title, r.couple_names, u.display_name AS inviter
       FROM partner_invitations p JOIN registries r ON r.id = p.registry_id JOIN users u ON u.id = p.invited_by
      WHERE p.id = $1 AND p.accepted_at IS NULL AND p.expires_at > now()`,
    [payload.invitationId],
  )) as PartnerInvitationRow[];
  if (!p) return null;
  const url = partnerInvitationUrl(config, p.id);
  const until = longDate.format(p.expires_at);
  return {
    to: [p.email],
    content: {
      subject: `${p.inviter} invited you to run your gift list together`,
      text: [
        `${p.inviter} invited you to co-own the gift list "${p.title}" (${p.couple_names}) on WhisperGifts.`,
        '',
        `Accept the invitation (sign in with ${p.email}, or create an account with it and confirm it, first): ${url}`,
        '',
        `The invitation works until ${until}.`,
      ].join('\n'),
      body: html`<p><strong>${p.inviter}</strong> invited you to co-own the gift list <strong>${p.title}</strong> (${p.couple_names}) on WhisperGifts.</p>
        <p><a href="${url}">Accept the invitation</a> (sign in with ${p.email}, or create an account with it and confirm it, first).</p>
        <p style="font-size:14px;color:#8a7378">The invitation works until ${until}.</p>`,
    },
  };
};

interface ShareInvitationRow {
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
    `SELECT s.email, s.message, s.list_password, r.slug, r.title, r.couple_names, r.visibility, r.password_hash
       FROM share_invitations s JOIN registries r ON r.id = s.registry_id
      WHERE s.id = $1`,
    [payload.invitationId],
  )) as ShareInvitationRow[];
  if (!s) return null;
  const url = `${config.publicUrl}/r/${s.slug}`;
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
      subject: `${s.couple_names} shared their gift list with you`,
      text: [
        `${s.couple_names} shared their wedding gift list with you: "${s.title}".`,
        ...(s.message ? ['', s.message] : []),
        '',
        `See the list and reserve a gift: ${url}`,
        ...(locked ? [locked] : []),
      ].join('\n'),
      body: html`<p>${s.couple_names} shared their wedding gift list with you: <strong>${s.title}</strong>.</p>
        ${s.message ? html`<blockquote style="border-left:3px solid #e9d3cc;margin:0;padding-left:12px;white-space:pre-line">${s.message}</blockquote>` : ''}
        <p><a href="${url}">See the list and reserve a gift</a></p>
        ${password ? html`<p>The list is protected by a password. Type this one when it asks: <strong style="font-family:monospace;font-size:18px">${password}</strong></p>` : locked ? html`<p>${locked}</p>` : ''}`,
    },
  };
};

async function currentListPassword(s: ShareInvitationRow): Promise<string | null> {
  if (s.visibility !== 'password' || !s.list_password || !s.password_hash) return null;
  return (await verifyPassword(s.password_hash, s.list_password)) ? s.list_password : null;
}
