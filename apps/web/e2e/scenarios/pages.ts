import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import type { Scenario } from '../run.ts';

/** Opens a page and lists the scripts it downloaded. (Their sizes against the budgets: `npm run bench:web`.) */
async function scriptsOf(page: Page, path: string, ready: () => Promise<void>): Promise<string[]> {
  const files: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) files.push(url.pathname);
  });
  await page.goto(path);
  await ready();
  // Not 'networkidle': the gift list keeps its live-updates stream open. The route's code has arrived once it shows.
  await page.waitForLoadState('load');
  return files;
}

/** The landing, log-in and 404 pages; a guest opening a gift list downloads no dashboard code. */
export const pagesAndGuestCode: Scenario = async ({ browser, stack, slug }) => {
  const context = await phone(browser, stack.webUrl);

  const landing = await context.newPage();
  await landing.goto('/');
  await landing.getByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' }).waitFor();
  await screenshot(landing, 'landing-390', true);
  await expectAccessible(landing, 'landing');

  const guest = await context.newPage();
  const guestScripts = await scriptsOf(guest, `/r/${slug}`, () => guest.getByRole('heading', { level: 1 }).waitFor());
  // The tracker's charts (recharts, ~110 KB gzipped) are their own chunk, for the dashboard only.
  const dashboardCode = guestScripts.filter((f) => /registry-|registries-|dashboard|layout-|tracker/.test(f));
  expect(dashboardCode.length === 0, `guest route downloaded dashboard code: ${dashboardCode.join(', ')}`);

  // Source maps stay out of the served tree (issue 15, item 16): no map beside a script, and no comment pointing at one.
  for (const script of guestScripts.slice(0, 3)) {
    const map = await guest.request.get(`${script}.map`);
    expect(map.status() === 404 || !(map.headers()['content-type'] ?? '').includes('json'), `${script}.map is served (${map.status()})`);
    expect(!(await (await guest.request.get(script)).text()).includes('sourceMappingURL'), `${script} points at a source map`);
  }

  // The narrowest phones in use: nothing may scroll sideways, on the list or in the reserve dialog.
  const narrow = await browser.newContext({ baseURL: stack.webUrl, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const small = await narrow.newPage();
  await small.goto(`/r/${slug}`);
  await small.getByRole('heading', { level: 1 }).waitFor();
  const overflow = () => small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect((await overflow()) <= 0, `the list scrolls sideways at 360 px by ${await overflow()} px`);
  await small.getByRole('button', { name: 'Reserve Dinner plates' }).click();
  await small.getByRole('dialog').getByLabel('How many').waitFor();
  await screenshot(small, 'guest-reserve-dialog-360');
  expect((await overflow()) <= 0, `the dialog scrolls sideways at 360 px by ${await overflow()} px`);
  await narrow.close();

  const login = await context.newPage();
  await login.goto('/login');
  await login.getByRole('heading', { name: 'Log in' }).waitFor();
  await screenshot(login, 'login-390');
  await expectAccessible(login, 'login');

  const missing = await context.newPage();
  await missing.goto('/no/such/page');
  await missing.getByRole('heading', { name: 'We could not find that page' }).waitFor();
  await screenshot(missing, 'not-found-390');
  await expectAccessible(missing, 'page not found');

  // A gift list address with a typo: what to check, and the search filled in with the address's words.
  await missing.goto('/r/ana-and-bne');
  await missing.getByRole('heading', { level: 1, name: 'We could not find this gift list' }).waitFor();
  expect((await missing.title()) === 'Gift list not found · WhisperGifts', `404 tab title: ${await missing.title()}`);
  await screenshot(missing, 'gift-list-not-found-390');
  await expectAccessible(missing, 'gift list not found');
  await missing.getByRole('link', { name: 'Search by their names' }).click();
  await missing.waitForURL((url) => url.pathname === '/find' && url.searchParams.get('q') === 'ana and bne');
  await missing.getByRole('heading', { level: 1, name: 'Find a couple' }).waitFor();
  await expectAccessible(missing, 'find a couple, from the 404');

  const wide = await desktop(browser, stack.webUrl);
  const wideGuest = await wide.newPage();
  await wideGuest.goto(`/r/${slug}`);
  await wideGuest.getByRole('heading', { level: 1 }).waitFor();
  await screenshot(wideGuest, 'guest-list-1280', true);
  await Promise.all([context.close(), wide.close()]);
};
