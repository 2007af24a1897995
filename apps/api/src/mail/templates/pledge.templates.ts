import { localeOf } from '@whispergifts/i18n';
import { friendlyFormatIBAN } from 'ibantools';
import type { DataSource } from 'typeorm';
import { derivedToken } from '../../common/crypto/tokens';
import { guestPageUrl } from '../../guests/guest-links';
import { paymentFor } from '../../pledges/payment';
import type { Giving } from '../../registries/registry.entity';
import { surpriseHidden } from '../../registries/guest-access';
import { html } from '../html';
import { button } from '../layout';
import { registryLook } from '../look';
import { mailHtml, mailText } from '../i18n';
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
}

async function loadPledge(payload: Record<string, unknown>, db: DataSource): Promise<PledgeRow | undefined> {
  const [row] = (await db.query(
    `SELECT p.id, p.amount::text AS amount, p.guest_name, p.guest_email, p.message, p.status, p.reference, i.name AS item_name,
            g.couple_names, g.slug, g.id AS registry_id, g.currency, g.surprise_mode, g.reveal_date::text AS reveal_date, g.giving,
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
  const amount = formatMoney(Number(p.amount), p.currency);
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
    ...(holder ? [['Account holder', holder] as [string, string]] : []),
    ...(iban ? [['IBAN', iban] as [string, string]] : []),
    ...(bic ? [['BIC', bic] as [string, string]] : []),
  ];
  const unsaid = !bank.length && !link && !instructions;
  return {
    to: [p.guest_email],
    guestMailFor: { registryId: p.registry_id },
    content: {
      ...(await guestFacing(p.registry_id, { db, config })),
      subject: `You pledged ${amount} towards ${p.item_name} for ${p.couple_names}`,
      text: [
        `Hello ${p.guest_name},`,
        '',
        `Thank you! You pledged ${amount} towards ${p.item_name} from ${p.couple_names}'s gift list.`,
        'WhisperGifts never holds money: please give it to the couple directly.',
        '',
        `Your reference: ${p.reference}`,
        `Please quote it with your payment, so ${p.couple_names} know it is from you.`,
        ...(bank.length ? ['', 'Bank transfer', ...bank.map(([label, value]) => `${label}: ${value}`), `Amount: ${amount}`, `Reference: ${p.reference}`] : []),
        ...(qr ? ['', 'The HTML version of this e-mail has a QR code that banking apps scan to fill in the transfer.'] : []),
        ...(link ? ['', `Or pay with ${p.couple_names}'s payment link: ${link}`] : []),
        ...(instructions ? ['', `${p.couple_names} say: ${instructions}`] : []),
        ...(unsaid ? ['', `How to give it: see the gift list, or ask ${p.couple_names}: ${listUrl}`] : []),
        '',
        `Sent it? Say so, change the amount or leave an address for the thank-you card on your page: ${myGiftsUrl}`,
        `Changed your mind? Undo the pledge: ${undoUrl}`,
        `The gift list: ${listUrl}`,
      ].join('\n'),
      body: html`<p>Hello ${p.guest_name},</p>
        <p>Thank you! You pledged <strong>${amount}</strong> towards <strong>${p.item_name}</strong> from ${p.couple_names}'s gift list.</p>
        <p>WhisperGifts never holds money: please give it to the couple directly, with your reference.</p>
        <p class="wg-muted" style="margin:24px 0 4px">Your reference</p>
        <p style="margin:0 0 24px;font-family:Menlo,Consolas,monospace;font-size:32px;font-weight:bold;letter-spacing:3px">${p.reference}</p>
        ${
          qr
            ? html`<p style="margin:24px 0 8px">Scan this code with your banking app to fill in the transfer:</p>
                <p style="margin:0 0 24px;text-align:center">
                  <img
                    src="cid:${EPC_QR_CID}"
                    width="240"
                    height="240"
                    alt="QR code for a bank transfer of ${amount} to ${holder ?? p.couple_names}"
                    style="display:inline-block;width:240px;max-width:100%;height:auto"
                  />
                </p>`
            : ''
        }
        ${
          bank.length
            ? html`<p style="margin:24px 0 8px"><strong>Bank transfer</strong></p>
                <table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:15px">
                  ${bank.map(([label, value]) => detailRow(label, value))} ${detailRow('Amount', amount)} ${detailRow('Reference', p.reference)}
                </table>`
            : ''
        }
        ${link ? html`${button(link, `Pay ${amount} with ${p.couple_names}'s link`)}` : ''}
        ${
          instructions
            ? html`<p style="margin:24px 0 8px">${p.couple_names} say:</p>
                <blockquote class="wg-quote">${instructions}</blockquote>`
            : ''
        }
        ${unsaid ? html`<p>How to give it: see <a href="${listUrl}">the gift list</a>, or ask ${p.couple_names}.</p>` : ''}
        <p style="margin-top:32px">Sent it? Say so, change the amount or leave an address for the thank-you card on your page.</p>
        ${button(myGiftsUrl, 'Open my gifts')}
        <p>Changed your mind? <a href="${undoUrl}">Undo the pledge</a>.</p>
        <p><a href="${listUrl}">See the gift list</a></p>`,
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
