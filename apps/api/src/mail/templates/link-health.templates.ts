import { html } from '../html';
import { button } from '../layout';
import type { Template } from './template';

interface CheckedItem {
  name: string;
  url: string;
  status: string;
}

const SAYS: Record<string, string> = {
  dead: 'the link no longer leads to it',
  'out-of-stock': 'the shop says it is out of stock',
};

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
  const owners = (await db.query(
    `SELECT u.email, g.title FROM registry_owners o JOIN users u ON u.id = o.user_id JOIN registries g ON g.id = o.registry_id WHERE o.registry_id = $1`,
    [registryId],
  )) as { email: string; title: string }[];
  if (!owners.length) return null;
  const title = owners[0].title;
  const dashboard = `${config.publicUrl}/dashboard/registries/${registryId}`;
  const count = `${items.length} gift${items.length === 1 ? '' : 's'}`;
  return {
    to: owners.map((o) => o.email),
    content: {
      subject: `${title}: ${count} to look at`,
      text: [
        'Hello,',
        '',
        `We check your gifts' shop links every week. For ${count} on ${title}:`,
        ...items.map((i) => `- ${i.name}: ${SAYS[i.status]} (${i.url})`),
        '',
        `Change the link or the gift on your dashboard: ${dashboard}`,
        '',
        'Guests do not see these checks.',
      ].join('\n'),
      body: html`<p>Hello,</p>
        <p>We check your gifts' shop links every week. For ${count} on <strong>${title}</strong>:</p>
        <ul style="margin:0;padding-left:20px">
          ${items.map((i) => html`<li><strong>${i.name}</strong>: ${SAYS[i.status]}</li>`)}
        </ul>
        ${button(dashboard, 'Open your gift list')}
        <p style="font-size:13px;color:#8a7378">Guests do not see these checks.</p>`,
    },
  };
};
