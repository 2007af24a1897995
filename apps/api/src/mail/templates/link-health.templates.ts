import { type Language, directionOf } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
import { html } from '../html';
import { mailHtml, mailText } from '../i18n';
import { button } from '../layout';
import type { Template } from './template';

interface CheckedItem {
  name: string;
  url: string;
  status: 'dead' | 'out-of-stock';
}

/**
 * To the couple, after the weekly link check: the gifts whose shop link has newly died or run out of stock, so they
 * can point guests elsewhere. Only what is still so when the e-mail goes (a link fixed meanwhile is left out). One
 * message to every owner, in the first owner's language (as the plan's e-mails: one message, one language).
 */
export const linkHealthSummary: Template = async (payload, { db, config }) => {
  const registryId = payload.registryId as string;
  const items = (await db.query(
    `SELECT i.name, i.url, c.status FROM item_link_checks c JOIN items i ON i.id = c.item_id AND i.url = c.url
      WHERE c.registry_id = $1 AND c.item_id = ANY($2::uuid[]) AND c.status IN ('dead', 'out-of-stock') ORDER BY i.position, i.name`,
    [registryId, payload.itemIds],
  )) as CheckedItem[];
  if (!items.length) return null;
  // One message to every owner, in the first owner's language (as a plan refund).
  const owners = (await db.query(
    `SELECT u.email, u.language, g.title FROM registry_owners o JOIN users u ON u.id = o.user_id JOIN registries g ON g.id = o.registry_id
      WHERE o.registry_id = $1 ORDER BY o.created_at`,
    [registryId],
  )) as { email: string; language: Language; title: string }[];
  if (!owners.length) return null;
  const { title, language } = owners[0];
  const dashboard = `${config.publicUrl}/dashboard/registries/${registryId}`;
  const count = items.length;
  // A select on the status: mailText sets string values aside, so this one is said directly (and escaped as a value).
  const says = (status: CheckedItem['status']) => translator().t(language, 'couple-mail:link-health.says', { status });
  return {
    to: owners.map((o) => o.email),
    content: {
      language,
      subject: mailText(language, 'couple-mail:link-health.subject', { title, count }),
      text: [
        mailText(language, 'couple-mail:link-health.hello'),
        '',
        mailText(language, 'couple-mail:link-health.intro', { title, count }),
        ...items.map((i) => `- ${mailText(language, 'couple-mail:link-health.line', { name: i.name, says: says(i.status) })} (${i.url})`),
        '',
        mailText(language, 'couple-mail:link-health.change', { url: dashboard }),
        '',
        mailText(language, 'couple-mail:link-health.guests-unaware'),
      ].join('\n'),
      body: html`<p>${mailText(language, 'couple-mail:link-health.hello')}</p>
        <p>${mailHtml(language, 'couple-mail:link-health.intro', { title, count })}</p>
        <ul style="margin:0;${directionOf(language) === 'rtl' ? 'padding-right' : 'padding-left'}:20px">
          ${items.map((i) => html`<li>${mailHtml(language, 'couple-mail:link-health.line', { name: i.name, says: says(i.status) })}</li>`)}
        </ul>
        ${button(dashboard, mailText(language, 'couple-mail:link-health.button'))}
        <p style="font-size:13px;color:#8a7378">${mailText(language, 'couple-mail:link-health.guests-unaware')}</p>`,
    },
  };
};
