import { type Language, localeOf } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
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
  /** The buyer's language, else the first owner's: one message, one language. */
  language: Language;
}

async function loadOrder(db: DataSource, orderId: unknown): Promise<OrderRow | undefined> {
  const [row] = (await db.query(
    `SELECT o.id, o.registry_id, r.title, r.couple_names, o.plan, o.status, o.amount, o.currency, o.paid_at, o.refunded_at, r.plan AS registry_plan,
            (SELECT email FROM users WHERE id = o.user_id) AS buyer,
            ARRAY(SELECT u.email FROM registry_owners ro JOIN users u ON u.id = ro.user_id WHERE ro.registry_id = r.id ORDER BY ro.created_at) AS owners,
            COALESCE((SELECT language FROM users WHERE id = o.user_id),
                     (SELECT u.language FROM registry_owners ro JOIN users u ON u.id = ro.user_id WHERE ro.registry_id = r.id ORDER BY ro.created_at LIMIT 1),
                     'en') AS language
       FROM orders o JOIN registries r ON r.id = o.registry_id WHERE o.id = $1`,
    [orderId],
  )) as OrderRow[];
  return row;
}

const longDate = (date: Date, language: Language) =>
  date.toLocaleDateString(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const wordsIn = (language: Language) => {
  const t = translator();
  return (key: Parameters<typeof t.t>[1], values?: Parameters<typeof t.t>[2]) => t.t(language, key, values);
};

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
  const amount = formatMoney(o.amount, o.currency.trim(), localeOf(o.language));
  const url = `${config.publicUrl}/dashboard/registries/${o.registry_id}/plan`;
  const say = wordsIn(o.language);
  const lines: [string, string][] = [
    [say('couple-mail:receipt.plan'), say('couple-mail:receipt.plan-for', { plan, title: o.title })],
    [say('couple-mail:receipt.paid'), say('couple-mail:receipt.paid-once', { amount })],
    [say('couple-mail:receipt.date'), longDate(o.paid_at, o.language)],
    [say('couple-mail:receipt.order'), o.id],
  ];
  return {
    to: o.buyer ? [o.buyer] : o.owners,
    content: {
      language: o.language,
      subject: say('couple-mail:receipt.subject', { plan, names: o.couple_names }),
      text: [
        say('couple-mail:receipt.thanks', { plan, title: o.title }),
        '',
        ...lines.map(([label, value]) => `${label}: ${value}`),
        '',
        `${say('couple-mail:plan.your-plan')} ${url}`,
        '',
        say('couple-mail:receipt.keep'),
      ].join('\n'),
      body: html`<p>${say('couple-mail:receipt.thanks', { plan, title: o.title })}</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
          ${lines.map(([label, value]) => detailRow(label, value))}
        </table>
        ${button(url, say('couple-mail:plan.button'))}
        <p style="font-size:14px;color:#8a7378">${say('couple-mail:receipt.keep')}</p>`,
    },
  };
};

/** To the couple: a payment was refunded in full, so the list is back on a smaller plan (its gifts all stay). */
export const planRefunded: Template = async (payload, { db, config }) => {
  const o = await loadOrder(db, payload.orderId);
  if (!o || o.status !== 'refunded' || !o.refunded_at) return null;
  const bought = planOf(o.plan).name;
  const now = planOf(typeof payload.plan === 'string' ? payload.plan : o.registry_plan);
  const amount = formatMoney(o.amount, o.currency.trim(), localeOf(o.language));
  const url = `${config.publicUrl}/dashboard/registries/${o.registry_id}/plan`;
  const limit = now.limits.items;
  const say = wordsIn(o.language);
  const keeps = limit === null ? say('couple-mail:refund.keeps-all') : say('couple-mail:refund.keeps-limit', { plan: now.name, limit });
  const refunded = say('couple-mail:refund.intro', { amount, plan: bought, title: o.title, date: longDate(o.refunded_at, o.language) });
  const nowOn = `${say('couple-mail:refund.now-on', { plan: now.name })} ${keeps}`;
  return {
    to: o.owners,
    content: {
      language: o.language,
      subject: say('couple-mail:refund.subject', { title: o.title }),
      text: [refunded, nowOn, '', `${say('couple-mail:plan.your-plan')} ${url}`, '', say('couple-mail:refund.bank')].join('\n'),
      body: html`<p>${refunded}</p>
        <p>${nowOn}</p>
        ${button(url, say('couple-mail:plan.button'))}
        <p style="font-size:14px;color:#8a7378">${say('couple-mail:refund.bank')}</p>`,
    },
  };
};
