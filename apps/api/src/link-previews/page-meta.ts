import { escapeHtml } from '../mail/html';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, formatEventDate } from './preview-design';

/** What the shared page says about itself to crawlers and link previews. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute. */
  url: string;
  /** Absolute, 1200×630. */
  image: string;
  imageAlt: string;
  /** Unlisted and password lists: not in search engines. */
  noindex: boolean;
}

/** Meta for a public list: the couple's names, the date and the welcome line. */
export function publicListMeta(
  list: { title: string; coupleNames: string; eventDate: string | null; welcomeMessage: string },
  url: string,
  image: string,
): PageMeta {
  const names = list.coupleNames.trim() || list.title.trim();
  const date = formatEventDate(list.eventDate);
  const welcome = firstLine(list.welcomeMessage);
  const description = [date ? `Wedding gift list · ${date}.` : 'Wedding gift list.', welcome].filter(Boolean).join(' ');
  return { title: `${names} · WhisperGifts`, description, url, image, imageAlt: date ? `${names}, ${date}` : names, noindex: false };
}

/** Meta for an unlisted or password list: nothing of the couple, the generic image, kept out of search engines. */
export function privateListMeta(url: string, image: string): PageMeta {
  return {
    title: 'A wedding gift list · WhisperGifts',
    description: 'You are invited to a wedding gift list on WhisperGifts. Reserve a gift so nobody buys it twice.',
    url,
    image,
    imageAlt: 'WhisperGifts',
    noindex: true,
  };
}

/**
 * The SPA's index.html with the page's own title, description, Open Graph and Twitter tags and canonical link. Every
 * value is escaped; the shell's own title and description are replaced, everything else (scripts, styles) is kept.
 */
export function renderPage(shell: string, meta: PageMeta): string {
  const attr = (value: string) => escapeHtml(value);
  const tags = [
    `<meta name="description" content="${attr(meta.description)}" />`,
    meta.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<link rel="canonical" href="${attr(meta.url)}" />`,
    '<meta property="og:type" content="website" />',
    '<meta property="og:site_name" content="WhisperGifts" />',
    `<meta property="og:title" content="${attr(meta.title)}" />`,
    `<meta property="og:description" content="${attr(meta.description)}" />`,
    `<meta property="og:url" content="${attr(meta.url)}" />`,
    `<meta property="og:image" content="${attr(meta.image)}" />`,
    `<meta property="og:image:width" content="${PREVIEW_WIDTH}" />`,
    `<meta property="og:image:height" content="${PREVIEW_HEIGHT}" />`,
    `<meta property="og:image:alt" content="${attr(meta.imageAlt)}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:title" content="${attr(meta.title)}" />`,
    `<meta name="twitter:description" content="${attr(meta.description)}" />`,
    `<meta name="twitter:image" content="${attr(meta.image)}" />`,
  ].filter(Boolean);
  return shell
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '')
    .replace(/<title>[^<]*<\/title>/i, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<\/head>/i, () => `    ${tags.join('\n    ')}\n  </head>`);
}

/** The welcome message's first line, at most 200 characters: a description, not the whole letter. */
function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199).trimEnd()}…` : line;
}
