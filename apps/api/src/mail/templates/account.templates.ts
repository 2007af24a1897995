import type { Language } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
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
  language: Language;
}

/** The token and its person, if the link could still be used: a spent or expired token is not worth a message. */
async function liveToken(db: DataSource, tokenId: unknown, purpose: AccountTokenPurpose): Promise<TokenRow | undefined> {
  const [row] = (await db.query(
    `SELECT t.id, u.email, u.display_name, u.email_verified_at, u.language
       FROM account_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.id = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()`,
    [tokenId, purpose],
  )) as TokenRow[];
  return row;
}

/** After signup (or on request): the link that proves the address is theirs, in the account's language. */
export const verifyEmail: Template = async (payload, { db, config }) => {
  const t = await liveToken(db, payload.tokenId, 'verify-email');
  if (!t || t.email_verified_at) return null;
  const url = accountTokenUrl(config.publicUrl, config.sessionSecret, 'verify-email', t.id);
  const say = words(t.language);
  return {
    to: [t.email],
    content: {
      language: t.language,
      subject: say('couple-mail:verify.subject'),
      text: [say('couple-mail:hello', { name: t.display_name }), '', say('couple-mail:verify.intro'), url, '', say('couple-mail:verify.expiry')].join('\n'),
      body: html`<p>${say('couple-mail:hello', { name: t.display_name })}</p>
        <p>${say('couple-mail:verify.intro')}</p>
        ${button(url, say('couple-mail:verify.button'))}
        <p class="wg-muted">${say('couple-mail:paste-link')} ${url}<br />${say('couple-mail:verify.expiry')}</p>`,
    },
  };
};

/** On request: the link to choose a new password. */
export const passwordReset: Template = async (payload, { db, config }) => {
  const t = await liveToken(db, payload.tokenId, 'password-reset');
  if (!t) return null;
  const url = accountTokenUrl(config.publicUrl, config.sessionSecret, 'password-reset', t.id);
  const say = words(t.language);
  return {
    to: [t.email],
    content: {
      language: t.language,
      subject: say('couple-mail:reset.subject'),
      text: [
        say('couple-mail:hello', { name: t.display_name }),
        '',
        say('couple-mail:reset.intro'),
        url,
        '',
        say('couple-mail:reset.expiry'),
        say('couple-mail:reset.sign-out'),
        say('couple-mail:reset.not-you'),
      ].join('\n'),
      body: html`<p>${say('couple-mail:hello', { name: t.display_name })}</p>
        <p>${say('couple-mail:reset.intro')}</p>
        ${button(url, say('couple-mail:reset.button'))}
        <p>${say('couple-mail:reset.sign-out')}</p>
        <p class="wg-muted">${say('couple-mail:paste-link')} ${url}<br />${say('couple-mail:reset.expiry')} ${say('couple-mail:reset.not-you')}</p>`,
    },
  };
};

/** Someone signed up with an address that has an account: tell its owner (signup answers the same either way). */
export const signupAttempt: Template = async (payload, { db, config }) => {
  const [owner] = (await db.query('SELECT email, display_name, language FROM users WHERE id = $1', [payload.userId])) as {
    email: string;
    display_name: string;
    language: Language;
  }[];
  if (!owner) return null;
  const resetUrl = `${config.publicUrl}/forgot-password`;
  const loginUrl = `${config.publicUrl}/login`;
  const say = words(owner.language);
  return {
    to: [owner.email],
    content: {
      language: owner.language,
      subject: say('couple-mail:signup-attempt.subject'),
      text: [
        say('couple-mail:hello', { name: owner.display_name }),
        '',
        say('couple-mail:signup-attempt.intro'),
        '',
        say('couple-mail:signup-attempt.if-you', { loginUrl, resetUrl }),
        say('couple-mail:signup-attempt.not-you'),
      ].join('\n'),
      body: html`<p>${say('couple-mail:hello', { name: owner.display_name })}</p>
        <p>${say('couple-mail:signup-attempt.intro')}</p>
        <p><a href="${loginUrl}">${say('couple-mail:signup-attempt.log-in')}</a></p>
        ${button(resetUrl, say('couple-mail:signup-attempt.button'))}
        <p class="wg-muted">${say('couple-mail:paste-link')} ${resetUrl}<br />${say('couple-mail:signup-attempt.not-you')}</p>`,
    },
  };
};

/** The account's words: `say('couple-mail:…', values)` in one language. */
function words(language: Language) {
  const t = translator();
  return (key: Parameters<typeof t.t>[1], values?: Parameters<typeof t.t>[2]) => t.t(language, key, values);
}
