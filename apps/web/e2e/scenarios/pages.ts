import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, seriousA11yViolations } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { root } from '../support/stack.ts';
import type { Scenario } from '../run.ts';

const BUDGET_KB = { landing: 100, guest: 150 };

/** Opens a page in a fresh tab and adds up the gzipped size of every script it downloaded. */
async function scriptKb(page: Page, path: string, ready: () => Promise<void>): Promise<{ kb: number; files: string[] }> {
  const files: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) files.push(url.pathname);
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(resolve(root, 'apps/web/dist', file.slice(1)))).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}

/** The landing, log-in and 404 pages; JS budgets of the landing page and the guest list; no dashboard code for guests. */
export const pagesAndBudgets: Scenario = async ({ browser, stack, slug, report }) => {
  const context = await phone(browser, stack.webUrl);

  const landing = await context.newPage();
  const landingJs = await scriptKb(landing, '/', () => landing.getByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' }).waitFor());
  await screenshot(landing, 'landing-390', true);
  const a11yLanding = await seriousA11yViolations(landing);
  expect(a11yLanding.length === 0, `landing a11y:\n${a11yLanding.join('\n')}`);

  const guest = await context.newPage();
  const guestJs = await scriptKb(guest, `/r/${slug}`, () => guest.getByRole('heading', { level: 1 }).waitFor());
  const dashboardCode = guestJs.files.filter((f) => /registry-|registries-|dashboard|layout-/.test(f));
  report(`JS gzipped: landing ${landingJs.kb} KB (budget ${BUDGET_KB.landing}), guest list ${guestJs.kb} KB (budget ${BUDGET_KB.guest})`);
  expect(landingJs.kb <= BUDGET_KB.landing, `landing JS ${landingJs.kb} KB over ${BUDGET_KB.landing} KB`);
  expect(guestJs.kb <= BUDGET_KB.guest, `guest JS ${guestJs.kb} KB over ${BUDGET_KB.guest} KB`);
  expect(dashboardCode.length === 0, `guest route downloaded dashboard code: ${dashboardCode.join(', ')}`);

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
  const a11yLogin = await seriousA11yViolations(login);
  expect(a11yLogin.length === 0, `login a11y:\n${a11yLogin.join('\n')}`);

  const missing = await context.newPage();
  await missing.goto('/no/such/page');
  await missing.getByRole('heading', { name: 'We could not find that page' }).waitFor();
  await screenshot(missing, 'not-found-390');

  const wide = await desktop(browser, stack.webUrl);
  const wideGuest = await wide.newPage();
  await wideGuest.goto(`/r/${slug}`);
  await wideGuest.getByRole('heading', { level: 1 }).waitFor();
  await screenshot(wideGuest, 'guest-list-1280', true);
  await Promise.all([context.close(), wide.close()]);
};
