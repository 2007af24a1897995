import type { Language } from '@whispergifts/i18n';
import { type MessageKey, type MessageValues, translator } from '@whispergifts/i18n/node';
import { SafeHtml, escapeHtml } from './html';

/**
 * E-mail text from the `mail` catalogue. A message may mark words with `<b>…</b>` (bold) and `<link>…</link>` (a
 * link, whose address the template passes): the HTML part renders them, the text part drops them. Only the
 * catalogue's own marks count: string values (a guest's name) are set aside while the marks are handled and put back
 * afterwards, as typed in the text part and escaped in the HTML part, so they can never become markup or lose any.
 */
/** A character no catalogue message holds (U+E000, private use) brackets each value set aside. */
const HOLD = '\uE000';
const HELD = /\uE000(\d+)\uE000/g;

function render(language: Language, key: MessageKey, values: MessageValues, marks: (message: string) => string, value: (text: string) => string): string {
  const strings: string[] = [];
  const held = Object.fromEntries(Object.entries(values).map(([name, v]) => [name, typeof v === 'string' ? `${HOLD}${strings.push(v) - 1}${HOLD}` : v]));
  return marks(translator().t(language, key, held)).replace(HELD, (_, i: string) => value(strings[Number(i)]));
}

export function mailText(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return render(
    language,
    key,
    values,
    (m) => m.replace(/<\/?(b|link)>/g, ''),
    (v) => v,
  );
}

export function mailHtml(language: Language, key: MessageKey, values: MessageValues = {}, link?: string): SafeHtml {
  const marks = (m: string) =>
    escapeHtml(m)
      .replace(/&lt;b&gt;/g, '<strong>')
      .replace(/&lt;\/b&gt;/g, '</strong>')
      .replace(/&lt;link&gt;/g, link ? `<a href="${escapeHtml(link)}">` : '')
      .replace(/&lt;\/link&gt;/g, link ? '</a>' : '');
  return new SafeHtml(render(language, key, values, marks, escapeHtml));
}
