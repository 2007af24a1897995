import { expect, seriousA11yViolations } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** The couple logs in through the form and sees their items, reservations and share tools. */
export const coupleDashboard: Scenario = async ({ browser, stack, slug, registryId }) => {
  // A guest has reserved the plates already, through the public API.
  const plates = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'Dinner plates')!;
  await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: plates.id, quantity: 2, name: 'Aunt May', email: 'may@example.com', message: 'For many happy dinners!' }),
  });

  const context = await desktop(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByLabel('E-mail').fill(`${slug}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await screenshot(page, 'dashboard-registries-1280');

  await page.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
  await page.getByRole('heading', { level: 3, name: 'Dinner plates' }).waitFor();
  await screenshot(page, 'dashboard-items-1280', true);
  const a11yItems = await seriousA11yViolations(page);
  expect(a11yItems.length === 0, `dashboard items a11y:\n${a11yItems.join('\n')}`);

  // Keyboard reordering goes to the API for real.
  await page.getByRole('button', { name: 'Move Dinner plates up' }).click();
  await page.getByRole('status').filter({ hasText: 'Dinner plates moved to position 1 of 4.' }).waitFor();
  const order = await page.getByRole('list', { name: 'Your gifts, in the order guests see them' }).getByRole('heading', { level: 3 }).allTextContents();
  expect(order[0] === 'Dinner plates', `reordered: ${order.join(', ')}`);

  await page.getByRole('link', { name: 'Reservations' }).click();
  await page.getByRole('heading', { name: 'Progress' }).waitFor();
  await page.getByRole('cell', { name: 'For many happy dinners!' }).waitFor();
  await screenshot(page, 'dashboard-reservations-1280', true);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Title').waitFor();
  await screenshot(page, 'dashboard-settings-1280', true);
  const a11ySettings = await seriousA11yViolations(page);
  expect(a11ySettings.length === 0, `settings a11y:\n${a11ySettings.join('\n')}`);

  await page.getByRole('link', { name: 'Share' }).click();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  await screenshot(page, 'dashboard-share-1280', true);

  const mobile = await phone(browser, stack.webUrl);
  await mobile.addCookies(await context.cookies());
  const small = await mobile.newPage();
  await small.goto(`/dashboard/registries/${registryId}`);
  await small.getByRole('heading', { level: 3, name: 'Dinner plates' }).waitFor();
  await screenshot(small, 'dashboard-items-390', true);
  await Promise.all([context.close(), mobile.close()]);
};
