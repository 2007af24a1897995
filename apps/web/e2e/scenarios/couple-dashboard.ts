import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** The couple logs in through the form and sees their items, reservations and share tools, then manages an access token. */
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
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await screenshot(page, 'dashboard-registries-1280');

  await page.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
  await page.getByRole('heading', { level: 3, name: 'Dinner plates' }).waitFor();
  await screenshot(page, 'dashboard-items-1280', true);
  await expectAccessible(page, 'dashboard items');

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
  await expectAccessible(page, 'settings');

  await page.getByRole('link', { name: 'Share' }).click();
  await page.getByRole('img', { name: /QR code/ }).waitFor();
  await screenshot(page, 'dashboard-share-1280', true);

  const mobile = await phone(browser, stack.webUrl);
  await mobile.addCookies(await context.cookies());
  const small = await mobile.newPage();
  await small.goto(`/dashboard/registries/${registryId}`);
  await small.getByRole('heading', { level: 3, name: 'Dinner plates' }).waitFor();
  await screenshot(small, 'dashboard-items-390', true);

  // Personal access tokens, on the narrowest common phone: create one, copy it, use it against the API, revoke it.
  await small.setViewportSize({ width: 360, height: 780 });
  await mobile.grantPermissions(['clipboard-read', 'clipboard-write']);
  await small.getByRole('link', { name: 'Access tokens' }).click();
  await small.getByRole('heading', { name: 'No tokens yet' }).waitFor();
  await fillForm(small, { Name: 'Wedding website' });
  await small.getByRole('button', { name: 'Create token' }).click();
  await small.getByText('Copy it now: you will not see it again.').waitFor();
  const secret = await small.getByLabel('Token', { exact: true }).inputValue();
  expect(secret.startsWith('wgp_'), `token: ${secret}`);
  await small.getByRole('button', { name: 'Copy token' }).click();
  await small.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  const copied = await small.evaluate(() => navigator.clipboard.readText());
  expect(copied === secret, 'the Copy button puts the token on the clipboard');
  await small.getByRole('heading', { level: 3, name: 'Wedding website' }).waitFor();
  const width = await small.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 360, `access tokens page scrolls sideways at 360 px (${width} px wide)`);
  await screenshot(small, 'dashboard-access-tokens-360', true);
  await expectAccessible(small, 'access tokens');
  const asCouple = (await fetch(`${stack.apiUrl}/api/me`, { headers: { authorization: `Bearer ${secret}` } })).status;
  expect(asCouple === 200, `the new token acts as the couple: ${asCouple}`);

  await small.getByRole('button', { name: 'Done, I have stored it' }).click();
  expect((await small.getByLabel('Token', { exact: true }).count()) === 0, 'the token is not shown again');
  small.once('dialog', (dialog) => void dialog.accept());
  await small.getByRole('button', { name: 'Revoke Wedding website' }).click();
  await small.getByText('“Wedding website” is revoked: it no longer works.').waitFor();
  await small.getByRole('heading', { name: 'No tokens yet' }).waitFor();
  const afterRevoke = (await fetch(`${stack.apiUrl}/api/me`, { headers: { authorization: `Bearer ${secret}` } })).status;
  expect(afterRevoke === 401, `a revoked token is refused: ${afterRevoke}`);
  await Promise.all([context.close(), mobile.close()]);
};
