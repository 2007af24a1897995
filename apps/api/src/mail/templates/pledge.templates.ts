import { friendlyFormatIBAN } from 'ibantools';
import { type Language, localeOf } from '@whispergifts/i18n';
import type { DataSource } from 'typeorm';
import { derivedToken } from '../../common/crypto/tokens';
import { guestPageUrl } from '../../guests/guest-links';
import { paymentFor } from '../../pledges/payment';
import type { Giving } from '../../registries/registry.entity';
import { surpriseHidden } from '../../registries/guest-access';
import { html } from '../html';
import { mailHtml, mailText } from '../i18n';
import { button } from '../layout';
import { registryLook } from '../look';
import { readableDateIn } from '../localized-dates';
import { ownersToTellIn } from './owners-language';
import { formatMoney } from '../money';
import { qrCodePng } from '../qr-code';
import { guestFacing } from './registry-mail';
import type { Template } from './template';

export const EPC_QR_CID = 'epc-qr@whispergifts';

interface PledgeRow {
  id: string;
  amount: string;
  guest_name: string;
  guest_email: string;
  message: string;
  status: string;
  reference: string;
  item_name: string;
  couple_names: string;
  slug: string;
  registry_id: string;
  currency: string;
  surprise_mode: boolean;
  reveal_date: string | null;
  giving: Giving | null;
  /** Every owner has verified their e-mail: only then may guests' e-mails carry links the couple typed. */
  owners_verified: boolean;
  language: Language;
}

async function loadPledge(payload: Record<string, unknown>, db: DataSource): Promise<PledgeRow | undefined> {
  const [row] = (await db.query(
    `SELECT p.id, p.amount::text AS amount, p.guest_name, p.guest_email, p.message, p.status, p.reference, i.name AS item_name,
            g.couple_names, g.slug, g.id AS registry_id, g.currency, g.surprise_mode, g.reveal_date::text AS reveal_date, g.giving, g.language,
            NOT EXISTS (SELECT 1 FROM registry_owners o JOIN users u ON u.id = o.user_id
                         WHERE o.registry_id = g.id AND u.email_verified_at IS NULL) AS owners_verified
       FROM pledges p JOIN items i ON i.id = p.item_id JOIN registries g ON g.id = p.registry_id
      WHERE p.id = $1`,
    [payload.pledgeId],
  )) as PledgeRow[];
  return row;
}

const detailRow = (label: string, value: string) =>
  html`<tr>
    <td class="wg-muted" style="padding:6px 12px 6px 0;white-space:nowrap;vertical-align:top">${label}</td>
    <td style="padding:6px 0;font-family:Menlo,Consolas,monospace;word-break:break-all"><strong>${value}</strong></td>
  </tr>`;

/**
 * To the guest: what they pledged, and how to give it (WhisperGifts never holds money): the reference to quote,
 * the couple's bank details with the EPC ("GiroCode") QR code that banking apps scan for a EUR account, the
 * couple's payment link, and the undo link. It goes to whatever address the guest typed, so it is capped
 * (guestMailFor). The payment link and the free-text instructions are the couple's own words and links, so they
 * follow the rule for shop links: only once every owner has verified their address, otherwise anyone could make us
 * mail their link to anyone; the guest then finds them on the gift list. Bank details are data a banking app
 * checks, not links, and they are what the guest needs to give at all, so they are always included.
 */
export const pledgeConfirmation: Template = async (payload, { db, config }) => {
  const p = await loadPledge(payload, db);
  // Undone before the worker got to it: nothing to pay.
  if (!p || p.status === 'cancelled') return null;
  // In the registry's language, and its money in that language's locale: the couple chose it for their guests.
  const lang = p.language;
  const amount = formatMoney(Number(p.amount), p.currency, localeOf(lang));
  const payment = paymentFor(p.giving, p.currency, Number(p.amount), p.reference);
  const link = p.owners_verified ? payment.link : null;
  const instructions = p.owners_verified ? payment.instructions : null;
  const holder = payment.accountHolder;
  const iban = payment.iban ? friendlyFormatIBAN(payment.iban) : null;
  const bic = payment.bic;
  // The same derivation as the API's undoUrl (PledgesService), so the link is the one the guest was shown.
  const undoToken = derivedToken(config.sessionSecret, 'pledge-undo', p.id, 'wgp_');
  const undoUrl = `${config.publicUrl}/pledges/undo/${undoToken}`;
  const listUrl = `${config.publicUrl}/r/${p.slug}`;
  const myGiftsUrl = guestPageUrl(config, p.registry_id, p.guest_email);
  const qr = payment.epcPayload ? await qrCodePng(payment.epcPayload) : null;
  const bank: [string, string][] = [
    ...(holder ? [[mailText(lang, 'mail:pledge.account-holder'), holder] as [string, string]] : []),
    ...(iban ? [['IBAN', iban] as [string, string]] : []),
    ...(bic ? [['BIC', bic] as [string, string]] : []),
  ];
  const amountLabel = mailText(lang, 'mail:pledge.amount');
  const referenceLabel = mailText(lang, 'mail:pledge.reference');
  const unsaid = !bank.length && !link && !instructions;
  const values = { name: p.guest_name, amount, item: p.item_name, couple: p.couple_names, reference: p.reference };
  return {
    to: [p.guest_email],
    guestMailFor: { registryId: p.registry_id },
    content: {
      ...(await guestFacing(p.registry_id, { db, config })),
      language: lang,
      subject: mailText(lang, 'mail:pledge.subject', values),
      text: [
        mailText(lang, 'mail:common.hello', values),
        '',
        mailText(lang, 'mail:pledge.thanks', values),
        mailText(lang, 'mail:pledge.direct'),
        '',
        mailText(lang, 'mail:pledge.reference-line', values),
        mailText(lang, 'mail:pledge.quote', values),
        ...(bank.length
          ? [
              '',
              mailText(lang, 'mail:pledge.bank'),
              ...bank.map(([label, value]) => `${label}: ${value}`),
              `${amountLabel}: ${amount}`,
              `${referenceLabel}: ${p.reference}`,
            ]
          : []),
        ...(qr ? ['', mailText(lang, 'mail:pledge.qr-text')] : []),
        ...(link ? ['', mailText(lang, 'mail:pledge.link-text', { couple: p.couple_names, link })] : []),
        ...(instructions ? ['', `${mailText(lang, 'mail:pledge.instructions', values)} ${instructions}`] : []),
        ...(unsaid ? ['', mailText(lang, 'mail:pledge.unsaid-text', { couple: p.couple_names, url: listUrl })] : []),
        '',
        `${mailText(lang, 'mail:pledge.my-gifts')} ${myGiftsUrl}`,
        `${mailText(lang, 'mail:pledge.undo')} ${undoUrl}`,
        `${mailText(lang, 'mail:reservation.list')} ${listUrl}`,
      ].join('\n'),
      body: html`<p>${mailText(lang, 'mail:common.hello', values)}</p>
        <p>${mailHtml(lang, 'mail:pledge.thanks', values)}</p>
        <p>${mailText(lang, 'mail:pledge.direct')}</p>
        <p class="wg-muted" style="margin:24px 0 4px">${mailText(lang, 'mail:pledge.your-reference')}</p>
        <p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:32px;font-weight:bold;letter-spacing:3px">${p.reference}</p>
        ${
          qr
            ? html`<p style="margin:24px 0 8px">${mailText(lang, 'mail:pledge.qr-scan')}</p>
                <p style="margin:0 0 24px;text-align:center">
                  <img
                    src="cid:${EPC_QR_CID}"
                    width="240"
                    height="240"
                    alt="${mailText(lang, 'mail:pledge.qr-alt', { amount, holder: holder ?? p.couple_names })}"
                    style="display:inline-block;width:240px;max-width:100%;height:auto"
                  />
                </p>`
            : ''
        }
        ${
          bank.length
            ? html`<p style="margin:24px 0 8px"><strong>${mailText(lang, 'mail:pledge.bank')}</strong></p>
                <table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:15px">
                  ${bank.map(([label, value]) => detailRow(label, value))} ${detailRow(amountLabel, amount)} ${detailRow(referenceLabel, p.reference)}
                </table>`
            : ''
        }
        ${link ? html`${button(link, mailText(lang, 'mail:pledge.link-button', values))}` : ''}
        ${
          instructions
            ? html`<p style="margin:24px 0 8px">${mailText(lang, 'mail:pledge.instructions', values)}</p>
                <blockquote class="wg-quote">${instructions}</blockquote>`
            : ''
        }
        ${unsaid ? html`<p>${mailHtml(lang, 'mail:pledge.unsaid', { couple: p.couple_names }, listUrl)}</p>` : ''}
        <p style="margin-top:32px">${mailText(lang, 'mail:pledge.my-gifts')}</p>
        ${button(myGiftsUrl, mailText(lang, 'mail:reservation.open-my-gifts'))}
        <p>${mailHtml(lang, 'mail:pledge.undo', {}, undoUrl)}</p>
        <p><a href="${listUrl}">${mailText(lang, 'mail:reservation.see-list')}</a></p>`,
      inline: qr ? [{ filename: 'bank-transfer-qr.png', content: qr, cid: EPC_QR_CID, contentType: 'image/png' }] : [],
    },
  };
};

/** To the owners who chose to hear of each one (notify 'each'): a guest pledged money. In surprise mode it names the item and amount but not the guest, nor their message. */
export const pledgeNotice: Template = async (payload, { db, config }) => {
  const p = await loadPledge(payload, db);
  if (!p || p.status === 'cancelled') return null;
  // In the owners' own language, like every e-mail to the couple.
  const { to: owners, language: lang } = await ownersToTellIn(db, p.registry_id);
  if (!owners.length) return null;
  const hidden = surpriseHidden({ surpriseMode: p.surprise_mode, revealDate: p.reveal_date });
  const amount = formatMoney(Number(p.amount), p.currency, localeOf(lang));
  const dashboard = `${config.publicUrl}/dashboard/registries/${p.registry_id}/pledges`;
  const values = { amount, item: p.item_name, guest: p.guest_name, message: p.message, reference: p.reference, url: dashboard };
  const surprise = p.reveal_date
    ? mailText(lang, 'couple-mail:notice.surprise-until', { date: readableDateIn(lang, p.reveal_date) })
    : mailText(lang, 'couple-mail:notice.surprise-off');
  const reference = mailText(lang, 'couple-mail:notice.pledge.reference', values);
  const seeThem = mailText(lang, 'couple-mail:notice.pledges-text', values);
  return {
    to: owners,
    content: {
      look: await registryLook(db, config, p.registry_id),
      language: lang,
      subject: mailText(lang, 'couple-mail:notice.pledge.subject', values),
      text: hidden
        ? `${mailText(lang, 'couple-mail:notice.pledge.someone', values)} ${surprise}\n\n${reference}\n\n${seeThem}`
        : `${mailText(lang, 'couple-mail:notice.pledge.by', values)}${p.message ? `\n\n${mailText(lang, 'couple-mail:notice.message-text', values)}` : ''}\n\n${reference}\n\n${seeThem}`,
      body: hidden
        ? html`<p>${mailHtml(lang, 'couple-mail:notice.pledge.someone', values)}</p>
            <p>${surprise}</p>
            <p>${reference}</p>
            ${button(dashboard, mailText(lang, 'couple-mail:notice.pledges'))}`
        : html`<p>${mailHtml(lang, 'couple-mail:notice.pledge.by', values)}</p>
            ${p.message ? html`<blockquote class="wg-quote">${p.message}</blockquote>` : ''}
            <p>${reference}</p>
            ${button(dashboard, mailText(lang, 'couple-mail:notice.pledges'))}`,
    },
  };
};
