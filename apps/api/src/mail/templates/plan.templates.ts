import type { DataSource } from 'typeorm';
import { planOf } from '../../plans/plans';
import { html } from '../html';
import { button } from '../layout';
import { formatMoney } from '../money';
import type { Template } from './template';

interface OrderRow {
  id: string;
  registry_id: string;
  title: string;
  couple_names: string;
  plan: string;
  status: string;
  amount: number;
  currency: string;
  paid_at: Date | null;
  refunded_at: Date | null;
  registry_plan: string;
  buyer: string | null;
  owners: string[];
}

async function loadOrder(db: DataSource, orderId: unknown): Promise<OrderRow | undefined> {
  const [row] = (await db.query(
    `SELECT o.id, o.registry_id, r.title, r.couple_names, o.plan, o.status, o.amount, o.currency, o.paid_at, o.refunded_at, r.plan AS registry_plan,
            (SELECT email FROM users WHERE id = o.user_id) AS buyer,
            ARRAY(SELECT u.email FROM registry_owners ro JOIN users u ON u.id = ro.user_id WHERE ro.registry_id = r.id ORDER BY ro.created_at) AS owners
       FROM orders o JOIN registries r ON r.id = o.registry_id WHERE o.id = $1`,
    [orderId],
  )) as OrderRow[];
  return row;
}

const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const detailRow = (label: string, value: string) =>
  html`<tr>
    <td style="padding:6px 12px 6px 0;color:#8a7378;white-space:nowrap;vertical-align:top">${label}</td>
    <td style="padding:6px 0"><strong>${value}</strong></td>
  </tr>`;

/** To whoever bought the plan (or the owners, if that account is gone): the receipt, once Stripe confirmed the payment. */
export const planReceipt: Template = async (payload, { db, config }) => {
  const o = await loadOrder(db, payload.orderId);
  if (!o || o.status !== 'paid' || !o.paid_at) return null;
  const plan = planOf(o.plan).name;
  const amount = formatMoney(o.amount, o.currency.trim());
  const url = `${config.publicUrl}/dashboard/registries/${o.registry_id}/plan`;
  const lines: [string, string][] = [
    ['Plan', `${plan}, for “${o.title}”`],
    ['Paid', `${amount}, once (no subscription)`],
    ['Date', longDate(o.paid_at)],
    ['Order', o.id],
  ];
  return {
    to: o.buyer ? [o.buyer] : o.owners,
    content: {
      subject: `Your WhisperGifts receipt: ${plan} for ${o.couple_names}`,
      text: [
        `Thank you! Your gift list “${o.title}” is now on ${plan}.`,
        '',
        ...lines.map(([label, value]) => `${label}: ${value}`),
        '',
        `Your plan: ${url}`,
        '',
        'The payment was taken by Stripe; keep this e-mail as your receipt.',
      ].join('\n'),
      body: html`<p>Thank you! Your gift list <strong>${o.title}</strong> is now on ${plan}.</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
          ${lines.map(([label, value]) => detailRow(label, value))}
        </table>
        ${button(url, 'See your plan')}
        <p style="font-size:14px;color:#8a7378">The payment was taken by Stripe; keep this e-mail as your receipt.</p>`,
    },
  };
};

/** To the couple: a payment was refunded in full, so the list is back on a smaller plan (its gifts all stay). */
export const planRefunded: Template = async (payload, { db, config }) => {
  const o = await loadOrder(db, payload.orderId);
  if (!o || o.status !== 'refunded' || !o.refunded_at) return null;
  const bought = planOf(o.plan).name;
  const now = planOf(typeof payload.plan === 'string' ? payload.plan : o.registry_plan);
  const amount = formatMoney(o.amount, o.currency.trim());
  const url = `${config.publicUrl}/dashboard/registries/${o.registry_id}/plan`;
  const limit = now.limits.items;
  const keeps =
    limit === null
      ? 'Everything on your list stays as it is.'
      : `Every gift on your list stays; ${now.name} lists hold ${limit} gifts, so a list with more cannot take new ones until it is upgraded again.`;
  return {
    to: o.owners,
    content: {
      subject: `Your WhisperGifts payment for “${o.title}” was refunded`,
      text: [
        `Your payment of ${amount} for ${bought} on “${o.title}” was refunded in full on ${longDate(o.refunded_at)}.`,
        `The list is now on ${now.name}. ${keeps}`,
        '',
        `Your plan: ${url}`,
        '',
        'Stripe returns the money to the card or account it came from; banks take a few days to show it.',
      ].join('\n'),
      body: html`<p>
          Your payment of <strong>${amount}</strong> for ${bought} on <strong>${o.title}</strong> was refunded in full on ${longDate(o.refunded_at)}.
        </p>
        <p>The list is now on ${now.name}. ${keeps}</p>
        ${button(url, 'See your plan')}
        <p style="font-size:14px;color:#8a7378">Stripe returns the money to the card or account it came from; banks take a few days to show it.</p>`,
    },
  };
};
