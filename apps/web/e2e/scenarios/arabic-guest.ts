import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { Couple } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** Where an element starts and ends across the page, as fractions of the viewport's width. */
async function span(page: Page, selector: string): Promise<{ left: number; right: number }> {
  const box = (await page.locator(selector).first().boundingBox())!;
  const width = page.viewportSize()!.width;
  return { left: box.x / width, right: (box.x + box.width) / width };
}

/**
 * An Arabic couple's list on a phone and a laptop: the document is right to left (`<html dir="rtl">`), and what
 * starts a line in English starts it on the right here: the brand in the header, the gift count above the cards, the
 * text of a card. Screenshots at 390 and 1280 px (test-artifacts/e2e/arabic-guest-*.png).
 */
export const arabicGuest: Scenario = async ({ browser, stack, slug }) => {
  const couple = new Couple(stack.apiUrl);
  await couple.signup(`ar-${slug}@example.com`);
  const registry = await couple.call<{ id: string; slug: string }>('POST', '/api/registries', {
    slug: `ar-${slug}`,
    title: 'ليلى وعمر يتزوجان',
    coupleNames: 'ليلى وعمر',
    currency: 'AED',
    eventDate: '2027-06-12',
    welcomeMessage: 'حضوركم أجمل هدية لنا.',
    language: 'ar',
  });
  await couple.addItem(registry.id, { name: 'إبريق شاي', priceMin: 25000, priceMax: 25000, category: 'المطبخ', priority: 'high' });
  await couple.addItem(registry.id, { name: 'أطباق عشاء', priceMin: 5000, priceMax: 5000, quantity: 6, category: 'المائدة' });
  await couple.addItem(registry.id, { name: 'صندوق شهر العسل', kind: 'fund', targetAmount: 1000000, category: 'تجارب' });

  for (const [name, open] of [
    ['390', phone],
    ['1280', desktop],
  ] as const) {
    const context = await open(browser, stack.webUrl);
    const page = await context.newPage();
    await page.goto(`/r/${registry.slug}`);
    await page.getByRole('heading', { level: 1, name: 'ليلى وعمر يتزوجان' }).waitFor();
    await page.getByRole('button', { name: 'احجز إبريق شاي' }).waitFor();
    expect((await page.getAttribute('html', 'dir')) === 'rtl' && (await page.getAttribute('html', 'lang')) === 'ar', `<html lang="ar" dir="rtl"> (${name})`);
    expect(
      (await page.evaluate(() => getComputedStyle(document.querySelector('.gift-list-toolbar h2')!).direction)) === 'rtl',
      `the page flows right to left (${name})`,
    );
    const brand = await span(page, '.site-header .brand');
    expect(brand.right > 0.8, `the brand starts the header on the right (${name}: ${brand.left.toFixed(2)}–${brand.right.toFixed(2)})`);
    const count = await span(page, '.gift-list-toolbar h2');
    expect(count.right > 0.8, `the gift count starts on the right (${name}: ${count.left.toFixed(2)}–${count.right.toFixed(2)})`);
    await screenshot(page, `arabic-guest-${name}`, true);
    await expectAccessible(page, `Arabic gift list (${name})`);
    await context.close();
  }
};
