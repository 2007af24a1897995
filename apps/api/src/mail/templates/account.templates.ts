import type { DataSource } from 'typeorm';
import type { AccountTokenPurpose } from '../../accounts/account-token.entity';
import { accountTokenUrl } from '../../accounts/account-tokens';
import { html } from '../html';
import { button } from '../layout';
import type { Template } from './template';

interface TokenRow {
  id: string;
  email: string;
  display_name: string;
  email_verified_at: Date | null;
}

/** The token and its person, if the link could still be used: a spent or expired token is not worth a message. */
async function liveToken(db: DataSource, tokenId: unknown, purpose: AccountTokenPurpose): Promise<TokenRow | undefined> {
  const [row] = (await db.query(
    `SELECT t.id, u.email, u.display_name, u.email_verified_at
       FROM account_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.id = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()`,
    [tokenId, purpose],
  )) as TokenRow[];
  return row;
}

/** After signup (or on request): the link that proves the address is theirs. */
export const verifyEmail: Template = async (payload, { db, config }) => {
  const t = await liveToken(db, payload.tokenId, 'verify-email');
  if (!t || t.email_verified_at) return null;
  const url = accountTokenUrl(config.publicUrl, config.sessionSecret, 'verify-email', t.id);
  return {
    to: [t.email],
    content: {
      subject: 'Confirm your e-mail address for WhisperGifts',
      text: [
        `Hello ${t.display_name},`,
        '',
        'Welcome to WhisperGifts! Please confirm that this is your e-mail address by opening this link:',
        url,
        '',
        'The link works for 48 hours. If you did not sign up, ignore this message.',
      ].join('\n'),
      body: html`<p>Hello ${t.display_name},</p>
        <p>Welcome to WhisperGifts! Please confirm that this is your e-mail address.</p>
        ${button(url, 'Confirm my address')}
        <p class="wg-muted">Or paste this link into your browser: ${url}<br />It works for 48 hours. If you did not sign up, ignore this message.</p>`,
    },
  };
};

/** On request: the link to choose a new password. */
export const passwordReset: Template = async (payload, { db, config }) => {
  const t = await liveToken(db, payload.tokenId, 'password-reset');
  if (!t) return null;
  const url = accountTokenUrl(config.publicUrl, config.sessionSecret, 'password-reset', t.id);
  return {
    to: [t.email],
    content: {
      subject: 'Choose a new WhisperGifts password',
      text: [
        `Hello ${t.display_name},`,
        '',
        'Someone (we hope you) asked to reset the password of your WhisperGifts account. Choose a new one here:',
        url,
        '',
        'The link works for one hour, once. Choosing a new password signs you out everywhere and revokes all your personal access tokens',
        '(scripts and services using them must get new ones). If you did not ask, ignore this message: your password stays as it is.',
      ].join('\n'),
      body: html`<p>Hello ${t.display_name},</p>
        <p>Someone (we hope you) asked to reset the password of your WhisperGifts account.</p>
        ${button(url, 'Choose a new password')}
        <p>Choosing a new password signs you out everywhere and revokes all your personal access tokens: scripts and services using them must get new ones.</p>
        <p class="wg-muted">
          Or paste this link into your browser: ${url}<br />It works for one hour, once. If you did not ask, ignore this message: your password stays as it is.
        </p>`,
    },
  };
};

/** Someone signed up with an address that has an account: tell its owner (signup answers the same either way). */
export const signupAttempt: Template = async (payload, { db, config }) => {
  const [owner] = (await db.query('SELECT email, display_name FROM users WHERE id = $1', [payload.userId])) as { email: string; display_name: string }[];
  if (!owner) return null;
  const resetUrl = `${config.publicUrl}/forgot-password`;
  const loginUrl = `${config.publicUrl}/login`;
  return {
    to: [owner.email],
    content: {
      subject: 'Someone tried to sign up with your e-mail address',
      text: [
        `Hello ${owner.display_name},`,
        '',
        'Someone (perhaps you) tried to create a WhisperGifts account with this e-mail address. You have an account already, so nothing was created',
        'and nothing about your account changed.',
        '',
        `If it was you: log in at ${loginUrl}, or if you have forgotten your password, choose a new one at ${resetUrl}`,
        'If it was not you, you need not do anything.',
      ].join('\n'),
      body: html`<p>Hello ${owner.display_name},</p>
        <p>
          Someone (perhaps you) tried to create a WhisperGifts account with this e-mail address. You have an account already, so nothing was created and nothing
          about your account changed.
        </p>
        <p>If it was you, <a href="${loginUrl}">log in</a>, or if you have forgotten your password, choose a new one:</p>
        ${button(resetUrl, 'Reset my password')}
        <p class="wg-muted">Or paste this link into your browser: ${resetUrl}<br />If it was not you, you need not do anything.</p>`,
    },
  };
};
