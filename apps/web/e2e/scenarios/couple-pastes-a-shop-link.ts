import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

async function logIn(page: Page, slug: string) {
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
}

/**
 * "Paste a shop link": the couple pastes a product page's address, the form fills in from it for review (name,
 * description, link, price in the list's currency, the shop's photo), and the gift is added with that photo.
 * On a phone, a link handed over in the address (`?add=`, as the bookmarklet and the share sheet do) is read at once.
 */
export const couplePastesAShopLink: Scenario = async ({ browser, stack, slug, registryId }) => {
  const context = await desktop(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto(`/dashboard/registries/${registryId}`);
  await logIn(page, slug);
  await page.getByRole('heading', { name: 'Add a gift' }).waitFor();

  await page.getByLabel('Paste a shop link').fill(`${stack.shopUrl}/products/crumpet-toaster`);
  await page.getByRole('button', { name: 'Fill in' }).click();
  await page.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value === 'Crumpet Toaster 2-Slot, Cream');
  expect((await page.getByLabel('Price from (EUR)').inputValue()) === '89.95', 'the price is filled in, in euros');
  expect(
    (await page.getByLabel('Where to buy it (optional link)').inputValue()) === 'https://kitchen-shop.example/products/crumpet-toaster',
    'the canonical link',
  );
  expect(await page.getByLabel('Use the shop’s photo of it').isChecked(), 'the shop photo is offered');
  await screenshot(page, 'shop-link-filled-1280', true);
  await expectAccessible(page, 'add a gift from a shop link');

  await page.getByRole('button', { name: 'Add gift' }).click();
  await page.getByText('Added Crumpet Toaster 2-Slot, Cream with the shop’s photo.').waitFor();
  await page.getByRole('heading', { level: 3, name: 'Crumpet Toaster 2-Slot, Cream' }).waitFor();
  expect((await page.getByLabel('Paste a shop link').inputValue()) === '', 'the link field is emptied for the next gift');

  // A link that is not a public page says so in words.
  await page.getByLabel('Paste a shop link').fill('http://169.254.169.254/latest/meta-data/');
  await page.getByRole('button', { name: 'Fill in' }).click();
  await page.getByText('That address is not a public web page').waitFor();

  // Installable: the manifest names the share target, and the service worker keeps the shell, never an API answer.
  const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { share_target?: { action: string } };
  expect(manifest.share_target?.action === '/dashboard/add', 'the manifest has a share target');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.getByRole('heading', { name: 'Add a gift' }).waitFor();
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached.includes('/index.html'), `the shell is cached: ${cached.join(', ')}`);
  expect(!cached.some((path) => path.startsWith('/api/') || path.startsWith('/media/')), `no API answer is cached: ${cached.join(', ')}`);

  // The bookmarklet page, and what the share sheet opens: text with the link in it; one list, so straight to its form.
  await page.getByRole('link', { name: 'Get the “Add to WhisperGifts” button' }).click();
  await page.getByRole('heading', { name: 'Add gifts from any shop' }).waitFor();
  const bookmarklet = await page.getByRole('link', { name: 'Add to WhisperGifts' }).getAttribute('href');
  expect(bookmarklet?.startsWith('javascript:') && bookmarklet.includes('/dashboard/add?url='), `the bookmarklet: ${bookmarklet}`);
  await screenshot(page, 'shop-link-bookmarklet-1280');
  await expectAccessible(page, 'the bookmarklet page');

  const mobile = await phone(browser, stack.webUrl);
  await mobile.addCookies(await context.cookies());
  const small = await mobile.newPage();
  await small.goto(`/dashboard/add?title=Toaster&text=${encodeURIComponent(`Look at this ${stack.shopUrl}/products/crumpet-toaster`)}`);
  await small.waitForFunction(() => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value === 'Crumpet Toaster 2-Slot, Cream');
  expect(small.url().endsWith(`/dashboard/registries/${registryId}`), `the handed-over link is read once, then dropped from the address: ${small.url()}`);
  await small.getByRole('heading', { name: 'Add a gift' }).scrollIntoViewIfNeeded();
  await screenshot(small, 'shop-link-filled-390');
  await mobile.close();
  await context.close();
};
