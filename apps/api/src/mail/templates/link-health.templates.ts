import type { Language } from '@whispergifts/i18n';
import { html } from '../html';
import { translator } from '@whispergifts/i18n/node';
import { mailHtml, mailText } from '../i18n';
import { button } from '../layout';
import type { Template } from './template';

interface CheckedItem {
  name: string;
  url: string;
  status: string;
}

/**
 * To the couple, after the weekly link check: the gifts whose shop link has newly died or run out of stock, so they
 * can point guests elsewhere. Only what is still so when the e-mail goes (a link fixed meanwhile is left out).
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
  const lang = owners[0].language;
  const title = owners[0].title;
  const dashboard = `${config.publicUrl}/dashboard/registries/${registryId}`;
  const values = { title, count: items.length, url: dashboard };
  // A select's value must reach the message as it is (mailText sets string values aside), so straight to the translator.
  const says = (i: CheckedItem) => translator().t(lang, 'couple-mail:notice.links.status', { status: i.status === 'dead' ? 'dead' : 'out-of-stock' });
  return {
    to: owners.map((o) => o.email),
    content: {
      language: lang,
      subject: mailText(lang, 'couple-mail:notice.links.subject', values),
      text: [
        mailText(lang, 'couple-mail:notice.links.hello'),
        '',
        mailText(lang, 'couple-mail:notice.links.intro', values),
        ...items.map((i) => `- ${i.name}: ${says(i)} (${i.url})`),
        '',
        mailText(lang, 'couple-mail:notice.links.change-text', values),
        '',
        mailText(lang, 'couple-mail:notice.links.unseen'),
      ].join('\n'),
      body: html`<p>${mailText(lang, 'couple-mail:notice.links.hello')}</p>
        <p>${mailHtml(lang, 'couple-mail:notice.links.intro', values)}</p>
        <ul style="margin:0;padding-left:20px">
          ${items.map((i) => html`<li><strong>${i.name}</strong>: ${says(i)}</li>`)}
        </ul>
        ${button(dashboard, mailText(lang, 'couple-mail:notice.links.button'))}
        <p style="font-size:13px;color:#8a7378">${mailText(lang, 'couple-mail:notice.links.unseen')}</p>`,
    },
  };
};
