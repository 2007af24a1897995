import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { a11yViolations, expect } from '../support/checks.ts';
import { PASSWORD, Couple } from '../support/seed.ts';
import { root } from '../support/stack.ts';
import { screenshot } from '../support/browser.ts';
import type { Scenario } from '../run.ts';

/** In the API's order (THEMES), each with its title face; the first two are the Free plan's. */
const THEMES = {
  classic: '700 1em "Playfair Display"',
  garden: '600 1em "Lora"',
  modern: '700 1em "DM Sans"',
  midnight: '600 1em "Cormorant Garamond"',
  terracotta: '400 1em "DM Serif Display"',
  coastal: '600 1em "Josefin Sans"',
} as const;
type Theme = keyof typeof THEMES;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const docs = resolve(root, 'docs/themes');
/** "playfair-display" from /assets/playfair-display-latin-700-normal-<hash>.woff2 and from '700 1em "Playfair Display"'. */
const faceOfFile = (path: string) => /^\/assets\/([a-z-]+)-latin-\d+-normal-[\w-]+\.woff2$/.exec(path)?.[1] ?? path;
const faceOfTheme = (theme: Theme) => /"(.+)"/.exec(THEMES[theme])![1].toLowerCase().replace(/ /g, '-');

/** A phone (390×844) that prefers `scheme`, at 1× so the committed screenshots stay small. */
const phoneIn = (browser: Browser, baseURL: string, colorScheme: Scheme) =>
  browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'en-GB', colorScheme });

interface Watched {
  context: BrowserContext;
  page: Page;
  scheme: Scheme;
  /** Font files fetched since last emptied. */
  fonts: string[];
  /** Requests that left the edge, and anything the Content-Security-Policy blocked. */
  problems: string[];
}

async function watchedPhone(browser: Browser, baseURL: string, scheme: Scheme): Promise<Watched> {
  const context = await phoneIn(browser, baseURL, scheme);
  const watched: Watched = { context, page: await context.newPage(), scheme, fonts: [], problems: [] };
  const origin = new URL(baseURL).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.woff2')) watched.fonts.push(url.pathname);
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) watched.problems.push(`third-party request: ${request.url()}`);
  });
  watched.page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) watched.problems.push(`CSP: ${message.text()}`);
  });
  return watched;
}

async function expectAxeClean(page: Page, what: string) {
  const violations = await a11yViolations(page);
  expect(violations.length === 0, `${what}: axe found\n${violations.join('\n')}`);
}

/** Waits until the open list wears `theme`: the live-updates stream brings the change; a reload if it has not within 5 s. */
async function untilThemed(page: Page, theme: Theme) {
  const themed = () => page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 });
  try {
    await themed();
  } catch {
    await page.reload();
    await themed();
  }
  await page.evaluate(() => document.fonts.ready);
}

async function logIn(page: Page, email: string) {
  const response = await page.request.post('/api/auth/login', { data: { email, password: PASSWORD } });
  expect(response.ok(), `log-in: ${response.status()}`);
}

/**
 * Every theme on a guest's phone, light and dark: its title face self-hosted (nothing fetched elsewhere, the CSP
 * untouched), the page dark exactly when the phone prefers dark, axe clean (no violation of any impact); the
 * screenshots go to docs/themes/. Before that the couple, on Free, picks a theme in the settings with its live
 * preview; and the app's own pages pass in dark mode.
 */
export const themesLightAndDark: Scenario = async ({ browser, stack, slug, registryId, report }) => {
  const email = `${slug}@example.com`;

  // The couple on Free, in dark mode: two themes to pick, the others named with the plans that have them.
  const couple = await watchedPhone(browser, stack.webUrl, 'dark');
  await logIn(couple.page, email);
  await couple.page.goto('/dashboard');
  await couple.page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await expectAxeClean(couple.page, 'dashboard, dark');
  await couple.page.goto(`/dashboard/registries/${registryId}/settings`);
  const picker = couple.page.getByRole('group', { name: 'Theme' });
  expect(await picker.getByRole('radio', { name: 'Modern' }).isDisabled(), 'Free can pick Modern');
  await picker.getByRole('radio', { name: 'Garden' }).check();
  const preview = couple.page.locator('.gift-list-preview-screen');
  expect((await preview.locator('[data-theme]').getAttribute('data-theme')) === 'garden', 'the preview does not show Garden');
  await picker.scrollIntoViewIfNeeded();
  await expectAxeClean(couple.page, 'settings with the theme picker, dark');
  await screenshot(couple.page, 'theme-picker-free-dark-390');
  await picker.getByRole('button', { name: 'Light' }).click();
  expect((await preview.evaluate((element: HTMLElement) => element.style.colorScheme)) === 'light', 'the preview did not turn light');
  await couple.page.setViewportSize({ width: 1280, height: 800 });
  await picker.scrollIntoViewIfNeeded();
  await screenshot(couple.page, 'theme-picker-free-dark-1280');
  await couple.page.getByRole('button', { name: 'Save settings' }).click();
  await couple.page.getByText('Saved.').waitFor();
  expect(couple.problems.length === 0, couple.problems.join('\n'));
  await couple.context.close();

  // The app's own pages in dark mode (light: the pages scenario).
  const visitor = await watchedPhone(browser, stack.webUrl, 'dark');
  for (const [path, name] of [
    ['/', 'A wedding gift list from anywhere'],
    ['/login', 'Log in'],
    ['/signup', 'Create your account'],
  ] as const) {
    await visitor.page.goto(path);
    await visitor.page.getByRole('heading', { level: 1, name }).waitFor();
    await expectAxeClean(visitor.page, `${path}, dark`);
    await screenshot(visitor.page, `app${path === '/' ? '-landing' : path.replace('/', '-')}-dark-390`, true);
  }
  expect(visitor.problems.length === 0, visitor.problems.join('\n'));
  await visitor.context.close();

  // Standard has every theme; the upgrade itself (a payment) is not what is tested here.
  execFileSync('psql', [stack.databaseUrl, '-qc', `UPDATE registries SET plan = 'standard' WHERE id = '${registryId}'`]);
  const api = new Couple(stack.apiUrl);
  await api.call('POST', '/api/auth/login', { email, password: PASSWORD });
  mkdirSync(docs, { recursive: true });
  // Two guests with the list open, one phone light and one dark; each change of theme reaches both.
  const guests = await Promise.all(SCHEMES.map((scheme) => watchedPhone(browser, stack.webUrl, scheme)));
  // The list opens in the theme saved above: the wordmark's face and Garden's, and no other, are fetched.
  await Promise.all(guests.map(({ page }) => page.goto(`/r/${slug}`).then(() => untilThemed(page, 'garden'))));
  let fetched = new Set<string>(['playfair-display', 'lora']);
  for (const theme of Object.keys(THEMES) as Theme[]) {
    await api.call('PATCH', `/api/registries/${registryId}`, { theme });
    await Promise.all(
      guests.map(async ({ page, scheme, fonts }) => {
        await untilThemed(page, theme);
        expect(await page.evaluate((face) => document.fonts.check(face), THEMES[theme]), `${theme}: its title face is not loaded`);
        const dark = await page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.querySelector('.guest-page')!).backgroundColor.match(/\d+/g)!.map(Number);
          return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
        });
        expect(dark === (scheme === 'dark'), `${theme} ${scheme}: the page is ${dark ? 'dark' : 'light'}`);
        await expectAxeClean(page, `${theme} ${scheme}`);
        const png = await page.screenshot();
        writeFileSync(
          resolve(docs, `${theme}-${scheme}.png`),
          await sharp(png).png({ palette: true, quality: 85, compressionLevel: 9, effort: 10 }).toBuffer(),
        );
        // Only the wordmark's face (preloaded) and the faces of the themes shown so far: a page fetches what it uses.
        const expected = new Set([...fetched, faceOfTheme(theme)]);
        const unexpected = fonts.map(faceOfFile).filter((face) => !expected.has(face));
        expect(unexpected.length === 0 && fonts.every((path) => path.startsWith('/assets/')), `${theme} ${scheme}: fonts fetched: ${fonts.join(', ')}`);
      }),
    );
    fetched = new Set([...fetched, faceOfTheme(theme)]);
    report(`${theme}: light and dark, axe clean, its own title face`);
  }
  for (const guest of guests) {
    expect(guest.problems.length === 0, guest.problems.join('\n'));
    await guest.context.close();
  }
};
