import type { Browser, Page } from 'playwright-core';
import { expect, expectAccessible, loadedImageWidth } from '../support/checks.ts';
import { screenshot } from '../support/browser.ts';
import { PHONE } from '../../../../e2e/support/chromium.ts';
import { fillForm } from '../support/forms.ts';
import { Couple, PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

async function logIn(browser: Browser, webUrl: string, slug: string, size: 'phone' | 'laptop', colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext(
    size === 'phone' ? { ...PHONE, baseURL: webUrl, colorScheme } : { baseURL: webUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB', colorScheme },
  );
  const page = await context.newPage();
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await page.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
  await page.getByRole('link', { name: 'Share' }).click();
  await page.getByRole('heading', { name: 'Printed guest cards' }).waitFor();
  return page;
}

/**
 * Premium: the couple makes a sheet of guest cards (the real worker draws the PDF; the preview and the download come
 * through nginx) and adds their own domain, verified against the stack's DNS server once they publish the TXT record.
 */
export const coupleCardsAndDomain: Scenario = async ({ browser, stack, slug, registryId }) => {
  // No route puts a list on a plan yet (payments come with the plans work): the database does, then a write through
  // the API bumps the version so every cache and process sees it.
  stack.sql(`UPDATE registries SET plan = 'premium' WHERE id = '${registryId.replace(/[^0-9a-f-]/g, '')}'`);
  const couple = new Couple(stack.apiUrl);
  await couple.call('POST', '/api/auth/login', { email: `${slug}@example.com`, password: PASSWORD });
  await couple.call('PATCH', `/api/registries/${registryId}`, { welcomeMessage: 'Your presence is the best gift.' });
  const stopWorker = stack.startWorker();
  try {
    const page = await logIn(browser, stack.webUrl, slug, 'laptop', 'light');
    const cards = page.getByRole('region', { name: 'Printed guest cards' });
    await fillForm(cards, { Design: 'garden', 'Short message (optional)': 'We would love you to celebrate with us.' });
    await cards.getByLabel('8 business-card-sized cards').check();
    await cards.getByRole('button', { name: 'Make the cards' }).click();
    const download = cards.getByRole('link', { name: 'Download the PDF' });
    await download.waitFor({ timeout: 30_000 });
    const preview = cards.getByRole('img', { name: /Preview of the sheet/ });
    expect((await loadedImageWidth(preview)) > 300, 'the preview of the sheet shows');
    const pdf = await fetch(new URL((await download.getAttribute('href'))!, stack.webUrl));
    expect(pdf.status === 200 && pdf.headers.get('content-type') === 'application/pdf', `the PDF downloads: ${pdf.status} ${pdf.headers.get('content-type')}`);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString() === '%PDF-',
      'it is a PDF',
    );
    await cards.scrollIntoViewIfNeeded();
    await screenshot(page, 'share-guest-cards-1280', true);
    await expectAccessible(page, 'share tab with guest cards');

    const domain = page.getByRole('region', { name: 'Your own domain' });
    await domain.getByLabel('Your domain').fill('gifts.ana-and-ben.example');
    await domain.getByRole('button', { name: 'Add domain' }).click();
    await domain.getByText('Waiting for DNS').waitFor();
    const txtName = await domain.getByLabel('TXT record name').inputValue();
    const txtValue = await domain.getByLabel('TXT record value').inputValue();
    // The stack is reached by an address, so guests' traffic is sent with an A record rather than a CNAME.
    expect((await domain.getByLabel('A record points to').inputValue()) === '127.0.0.1', 'an A record to the edge');
    await domain.getByRole('button', { name: 'Check now' }).click();
    await domain.getByText(/did not find the TXT record yet/).waitFor();
    await domain.scrollIntoViewIfNeeded();
    await screenshot(page, 'share-custom-domain-pending-1280');
    await expectAccessible(page, 'custom domain waiting for DNS');

    stack.dns.setTxt(txtName, txtValue);
    await domain.getByRole('button', { name: 'Check now' }).click();
    await domain.getByText('Verified', { exact: true }).waitFor();
    await domain.scrollIntoViewIfNeeded();
    await screenshot(page, 'share-custom-domain-verified-1280');
    const registry = await couple.call<{ customDomain: string | null }>('GET', `/api/registries/${registryId}`);
    expect(registry.customDomain === 'gifts.ana-and-ben.example', `the registry routes its verified domain: ${registry.customDomain}`);

    for (const colorScheme of ['light', 'dark'] as const) {
      const small = await logIn(browser, stack.webUrl, slug, 'phone', colorScheme);
      await small.getByRole('link', { name: 'Download the PDF' }).waitFor();
      await small.getByRole('region', { name: 'Your own domain' }).getByText('Verified', { exact: true }).waitFor();
      await screenshot(small, `share-cards-domain-390-${colorScheme}`, true);
      await expectAccessible(small, `share tab on a phone (${colorScheme})`);
      await small.context().close();
    }
    await page.context().close();
  } finally {
    await stopWorker();
  }
};
