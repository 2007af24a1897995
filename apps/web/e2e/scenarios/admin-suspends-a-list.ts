import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { Couple, PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const REASON = 'This list was reported as a scam and is under review.';

/** Waits until the guest page, reloaded as guests would, shows what `ready` waits for (the edge keeps a copy ~1 s). */
async function reloadUntil(page: Page, ready: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ready();
      return;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.reload();
    }
  }
}

/** Scripts the page downloads from now on. */
function scripts(page: Page): string[] {
  const files: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) files.push(pathname);
  });
  return files;
}

/**
 * An administrator signs in, finds the couple's list, suspends it with a reason (guests see the reason instead of
 * the gifts and cannot reserve), looks at the audit log and lifts the suspension. The couple, no administrator,
 * is told they may not enter, and downloads none of the admin area.
 */
export const adminSuspendsAList: Scenario = async ({ browser, stack, slug, registryId, report }) => {
  // The first administrator of an installation is made in the database: no API makes one from nobody.
  const email = `admin-${slug}@example.com`;
  await new Couple(stack.apiUrl).signup(email);
  execFileSync('psql', [stack.databaseUrl, '-qc', `UPDATE users SET role = 'admin' WHERE email = '${email}'`]);
  // A fortnight of counted days, so the overview has charts to show.
  execFileSync('psql', [
    stack.databaseUrl,
    '-qc',
    `INSERT INTO daily_metrics (day, signups, registries, items, reservations, upgrades, computed_at)
       SELECT current_date - n, 3 + n % 4, 1 + n % 3, 10 + (n * 7) % 15, 4 + (n * 5) % 9, 0, now() FROM generate_series(1, 14) AS n
     ON CONFLICT DO NOTHING`,
  ]);

  // The couple is not an administrator: a plain "not allowed", and not a byte of the admin area.
  const coupleContext = await desktop(browser, stack.webUrl);
  const couplePage = await coupleContext.newPage();
  await couplePage.goto('/login');
  await fillForm(couplePage, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await couplePage.getByRole('button', { name: 'Log in' }).click();
  await couplePage.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  const coupleScripts = scripts(couplePage);
  await couplePage.goto('/admin/registries');
  await couplePage.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
  await couplePage.waitForLoadState('load');
  const adminCode = coupleScripts.filter((f) => /admin-area|metrics-charts/.test(f));
  expect(adminCode.length === 0, `a non-admin downloaded admin code: ${adminCode.join(', ')}`);
  await screenshot(couplePage, 'admin-not-allowed-1280');
  await expectAccessible(couplePage, 'admin not allowed');

  const context = await desktop(browser, stack.webUrl);
  const page = await context.newPage();
  const adminScripts = scripts(page);
  await page.goto('/admin');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': email, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.getByRole('heading', { name: 'Sign-ups and new registries' }).waitFor();
  await page.locator('.recharts-surface').first().waitFor();
  expect(
    adminScripts.some((f) => f.includes('admin-area')),
    `the admin area is its own chunk: ${adminScripts.join(', ')}`,
  );
  await screenshot(page, 'admin-overview-1280', true);
  await expectAccessible(page, 'admin overview');

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Registries' }).click();
  await page.getByRole('searchbox', { name: 'Find registries' }).fill(slug);
  await page.getByRole('button', { name: 'Search' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Ana & Ben are getting married' }) });
  await card.getByText(`/r/${slug}`).waitFor();
  expect((await page.getByRole('list', { name: 'Registries' }).getByRole('listitem').count()) === 1, 'the search finds the one list');

  // A plan granted by hand: the couple may then pick the dark theme (Free has two themes), seen by guests below.
  const midnight = () => couplePage.request.patch(`/api/registries/${registryId}`, { data: { theme: 'midnight' } });
  await card.getByLabel('Plan').selectOption('premium');
  await card.getByRole('button', { name: 'Change plan' }).click();
  await card.getByText('Plan changed.').waitFor();
  expect((await midnight()).status() === 200, 'Premium includes the midnight theme');
  await coupleContext.close();

  await card.getByLabel('Reason for suspending').fill(REASON);
  await card.getByRole('button', { name: 'Suspend', exact: true }).click();
  await card.getByRole('button', { name: 'Lift suspension' }).waitFor();
  await screenshot(page, 'admin-registries-suspended-1280', true);
  await expectAccessible(page, 'admin registries');

  // The guest, on a phone: the reason instead of the gifts, and the API refuses a reservation too.
  const guestContext = await phone(browser, stack.webUrl);
  const guest = await guestContext.newPage();
  await guest.goto(`/r/${slug}`);
  await reloadUntil(guest, () => guest.getByRole('heading', { name: 'This gift list is suspended' }).waitFor({ timeout: 1500 }));
  await guest.getByText(REASON).waitFor();
  expect((await guest.getByRole('button', { name: /^Reserve/ }).count()) === 0, 'no Reserve button on a suspended list');
  await screenshot(guest, 'guest-list-suspended-midnight-390', true);
  await expectAccessible(guest, 'suspended guest list');
  const list = (await (await fetch(`${stack.apiUrl}/api/public/registries/${slug}`)).json()) as { items: unknown[] };
  const refused = await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: '00000000-0000-4000-8000-000000000000', name: 'Aunt May', email: 'may@example.com' }),
  });
  expect(list.items.length === 0 && refused.status === 403, `suspended: ${list.items.length} items shown, a reservation got ${refused.status}`);

  // The administrator on a phone too, then lifts the suspension.
  const adminPhone = await phone(browser, stack.webUrl);
  await adminPhone.addCookies(await context.cookies());
  const small = await adminPhone.newPage();
  await small.goto(`/admin/registries?q=${slug}`);
  await small.getByRole('button', { name: 'Lift suspension' }).waitFor();
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `the admin registries page scrolls sideways on a phone by ${overflow} px`);
  await screenshot(small, 'admin-registries-390', true);
  await small.getByRole('button', { name: 'Lift suspension' }).click();
  await small.getByText('Suspension lifted.').waitFor();

  await reloadUntil(guest, () => guest.getByRole('button', { name: 'Reserve Dinner plates' }).waitFor({ timeout: 1500 }));
  await screenshot(guest, 'guest-list-lifted-390');

  await small.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit log' }).click();
  await small.getByRole('cell', { name: 'Lifted the suspension' }).waitFor();
  await small.getByRole('cell', { name: 'Suspended the list' }).waitFor();
  await screenshot(small, 'admin-audit-390', true);
  await page.goto('/admin/audit');
  await page.getByRole('cell', { name: 'Lifted the suspension' }).waitFor();
  await screenshot(page, 'admin-audit-1280', true);
  await expectAccessible(page, 'admin audit log');

  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 2, name: 'Ana' }).first().waitFor();
  await screenshot(page, 'admin-users-1280', true);
  await expectAccessible(page, 'admin users');
  report(`admin chunks: ${adminScripts.filter((f) => /admin|metrics/.test(f)).join(', ')}`);
  await Promise.all([context.close(), guestContext.close(), adminPhone.close()]);
};
