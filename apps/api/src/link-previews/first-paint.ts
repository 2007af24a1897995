import type { ImageDto } from '../images/dto/image.dto';
import { type Language, directionOf, localeOf } from '@whispergifts/i18n';
import { escapeHtml } from '../mail/html';
import { formatEventDate } from './preview-design';

/** What the shared page paints from its HTML alone; null fields for a list whose names the page must not show. */
export interface FirstPaintList {
  title: string;
  coupleNames: string;
  eventDate: string | null;
  welcomeMessage: string;
  theme: string;
  headerImage: ImageDto | null;
  language: Language;
}

/** The header photo's `sizes`, as the web app's guest page gives it (gift-list-header.tsx): the two must match. */
export const HEADER_IMAGE_SIZES = '(min-width: 72rem) 72rem, 100vw';

/**
 * The header photo as the web app's ResponsiveImage renders it (WebP thumbnails where taken, JPEG otherwise), so the
 * browser fetches the same file once for both. It is the page's largest paint: in the HTML the preload scanner finds
 * it at once, asked for at high priority, instead of after the scripts and the list have arrived.
 */
function headerImageMarkup(image: ImageDto): string {
  const attributes = (pairs: [string, string | number][]) => pairs.map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join('');
  const srcset = (format: 'webp' | 'jpeg') => image.thumbnails.map((t) => `${t[format]} ${t.width}w`).join(', ');
  const img = (extra: [string, string][]) =>
    `<img${attributes([
      ['src', image.url],
      ...extra,
      ['alt', ''],
      ['class', 'gift-list-header-image'],
      ['width', image.width],
      ['height', image.height],
      ['fetchpriority', 'high'],
    ])} />`;
  if (!image.thumbnails.length) return img([]);
  return `<picture><source${attributes([
    ['type', 'image/webp'],
    ['srcset', srcset('webp')],
    ['sizes', HEADER_IMAGE_SIZES],
  ])} />${img([
    ['srcset', srcset('jpeg')],
    ['sizes', HEADER_IMAGE_SIZES],
  ])}</picture>`;
}

const bar = (width: string, height = '1em') => `<span class="skeleton" style="width:${width};height:${height}"></span>`;

/** Four grey cards in the gift grid's shape: what the list will fill, so nothing jumps when it arrives. */
const CARDS = Array.from(
  { length: 4 },
  () =>
    `<li class="gift-card"><div class="gift-card-image">${bar('100%', '100%')}</div><div class="gift-card-body">${bar('80%', '1.3em')}${bar('50%')}${bar('40%')}</div></li>`,
).join('');

/**
 * The guest page as the HTML paints it before any JavaScript: the site's header, the header photo, the couple's names,
 * title, date and welcome line (each escaped), and a skeleton of the gift grid, with the classes of the web app's own guest page so
 * the stylesheet (a <link> in the head) lays it out the same. The app renders into the hidden #root beside it and
 * removes it once it has the list to show in its place (apps/web/src/main.tsx), so the page does not jump or flash.
 * Unlisted and password lists (`null`) get the skeleton alone: their HTML, like their preview, names nobody.
 */
export function firstPaintMarkup(list: FirstPaintList | null): string {
  const header = list
    ? [
        list.headerImage ? headerImageMarkup(list.headerImage) : '',
        `<p class="gift-list-couple">${escapeHtml(list.coupleNames)}</p>`,
        `<h1>${escapeHtml(list.title)}</h1>`,
        list.eventDate
          ? `<p class="gift-list-date"><time datetime="${escapeHtml(list.eventDate)}">${escapeHtml(formatEventDate(list.eventDate, localeOf(list.language)) ?? '')}</time></p>`
          : '',
        list.welcomeMessage.trim() ? `<p class="gift-list-message">${escapeHtml(list.welcomeMessage)}</p>` : '',
      ].join('')
    : `<h1 class="visually-hidden">A wedding gift list</h1>${bar('40%')}${bar('70%', '2.2em')}${bar('30%')}`;
  return [
    '<div id="wg-first-paint">',
    '<header class="site-header"><a href="/" class="brand">WhisperGifts</a></header>',
    '<main>',
    `<div class="page guest-page"${list ? ` data-theme="${escapeHtml(list.theme)}"` : ''} aria-busy="true">`,
    `<header class="gift-list-header">${header}</header>`,
    `<ul class="gift-grid" aria-hidden="true">${CARDS}</ul>`,
    '</div>',
    '</main>',
    '</div>',
  ].join('');
}

/**
 * The page in the list's language before any script runs: `<html lang dir>` for the browser (fonts, hyphenation,
 * right-to-left layout) and `data-registry-language` for the app, which starts in it unless the guest chose another.
 */
export function withLanguage(shell: string, language: Language): string {
  return shell.replace(/<html lang="[a-z-]*"/i, () => `<html lang="${language}" dir="${directionOf(language)}" data-registry-language="${language}"`);
}

/**
 * The list's theme on `<html>`, as the app puts it there (usePageTheme): the page's own colours (its background, the
 * site header) are the theme's from the first paint, and the app setting the same value later restyles nothing. A list
 * whose page names nobody (`null`) keeps the site's own.
 */
export function withTheme(shell: string, theme: string | null): string {
  if (theme === null) return shell;
  return shell.replace(/<html /i, () => `<html data-theme="${escapeHtml(theme)}" `);
}

/** The shell with the first paint before its (empty) #root. */
export function withFirstPaint(shell: string, markup: string): string {
  return shell.replace(/<div id="root"><\/div>/, () => `${markup}\n    <div id="root"></div>`);
}

/** The files the build names in a comment of the shell (apps/web/vite.config.ts, guestRoutePreloads). */
function namedInShell(shell: string, comment: string): string[] {
  const names = new RegExp(`<!-- ${comment}: ([^>]*) -->`).exec(shell)?.[1].trim().split(/\s+/) ?? [];
  return names.filter((name) => /^\/assets\/[\w.-]+\.js$/.test(name));
}

/**
 * The shared page starts its app after its first paint: the app's entry <script> becomes the boot module's
 * (apps/web/src/first-paint-boot.ts, a few hundred bytes), which asks for the entry, the guest route's modules (all at
 * once) and the list's document once the names and the photo are on screen. Asked for with the HTML, they shared a
 * slow phone's connection with the stylesheet and the photo, and the browser ran them before it painted. A password
 * list's document answers 401 until unlocked: not fetched ahead. A shell without the boot keeps its entry as it is.
 */
export function withAppAfterFirstPaint(shell: string, slug: string, fetchList: boolean): string {
  const [boot] = namedInShell(shell, 'wg-guest-boot');
  const modules = namedInShell(shell, 'wg-guest-modules');
  const withoutComments = shell.replace(/ *<!-- wg-guest-[a-z]+: [^>]* -->\n?/g, '');
  if (!boot) return withoutComments;
  return withoutComments.replace(/<script type="module" crossorigin src="(\/assets\/[\w.-]+\.js)"><\/script>/, (_, entry: string) => {
    const data = [
      ['data-entry', entry],
      ['data-modules', modules.join(' ')],
      ...(fetchList ? [['data-list', `/api/public/registries/${encodeURIComponent(slug)}`]] : []),
    ];
    return `<script type="module" crossorigin src="${boot}"${data.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></script>`;
  });
}
