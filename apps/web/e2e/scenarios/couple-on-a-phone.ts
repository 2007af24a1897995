import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** Fails when the page is wider than the phone, i.e. something makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 390, `${what} scrolls sideways at 390 px (${width} px wide)`);
}

/**
 * The couple on a phone (390×844, through nginx): the tab bar is one row that scrolls sideways, each gift row one
 * line of buttons with Archive and Delete behind its ⋯ menu. They add a gift, edit it, move it up, archive another,
 * open Share, and see a guest's reservation arrive on the Reservations tab.
 */
export const coupleOnAPhone: Scenario = async ({ browser, stack, slug, registryId }) => {
  const context = await phone(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto('/login');
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await page.goto(`/dashboard/registries/${registryId}`);
  const gifts = page.getByRole('list', { name: 'Your gifts, in the order guests see them' });
  await gifts.getByRole('heading', { level: 3, name: 'Dinner plates' }).waitFor();

  // The tab bar: one row, every tab on it (the last ones reached by scrolling it, not on a second line).
  const tabs = page.getByRole('navigation', { name: 'Gift list sections' });
  const tops = await tabs.getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size === 1, `the tabs are on one row: tops ${tops.join(', ')}`);
  expect(await tabs.evaluate((nav) => nav.scrollWidth > nav.clientWidth), 'the tab bar scrolls sideways on a phone');
  await expectNoSidewaysScroll(page, 'the gifts page');
  await screenshot(page, 'phone-couple-1-gifts-390');
  await expectAccessible(page, 'gifts on a phone');

  // Each row is two lines: the gift, then one line of buttons.
  const row = (name: string) => gifts.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
  const buttonTops = await row('Dinner plates')
    .locator('.item-row-actions > button, .item-row-actions > .row-menu > button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(buttonTops.length === 4 && new Set(buttonTops).size === 1, `a row's buttons share one line: ${buttonTops.join(', ')}`);

  // Add a gift.
  const addGift = page.getByRole('region', { name: 'Add a gift' });
  await fillForm(addGift, { Gift: 'A hammock', 'Price up to (EUR)': '90', 'Category (optional)': 'Garden' });
  await addGift.getByRole('button', { name: 'Add gift' }).click();
  await addGift.getByText('Added A hammock.').waitFor();
  await row('A hammock').waitFor();

  // Edit it.
  await row('A hammock').getByRole('button', { name: 'Edit A hammock' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit A hammock' });
  await fillForm(dialog, { Gift: 'A hammock for two' });
  await screenshot(page, 'phone-couple-2-edit-390');
  await dialog.getByRole('button', { name: 'Save gift' }).click();
  await dialog.waitFor({ state: 'detached' });
  await row('A hammock for two').waitFor();

  // Move it up one place.
  await page.getByRole('button', { name: 'Move A hammock for two up' }).click();
  await page.getByRole('status').filter({ hasText: 'A hammock for two moved to position 4 of 5.' }).waitFor();

  // Archive the vase from its ⋯ menu.
  await row('A tall glass vase').getByRole('button', { name: 'More actions for A tall glass vase' }).click();
  await row('A tall glass vase').getByRole('button', { name: 'Delete A tall glass vase' }).waitFor();
  await screenshot(page, 'phone-couple-3-row-menu-390');
  await expectAccessible(page, 'a row menu open on a phone');
  await row('A tall glass vase').getByRole('button', { name: 'Archive A tall glass vase' }).click();
  await row('A tall glass vase').getByText('Archived').waitFor();
  const guestSees = (await publicList(stack.apiUrl, slug)).items.map((i) => i.name);
  expect(guestSees.includes('A hammock for two') && !guestSees.includes('A tall glass vase'), `guests see: ${guestSees.join(', ')}`);
  await screenshot(page, 'phone-couple-4-gifts-after-390', true);

  // Share: the last tab, reached by scrolling the tab bar.
  await tabs.getByRole('link', { name: 'Share', exact: true }).click();
  await page.getByRole('heading', { name: 'Share your gift list' }).waitFor();
  expect(await tabs.getByRole('link', { name: 'Share', exact: true }).isVisible(), 'the current tab is scrolled into view');
  await expectNoSidewaysScroll(page, 'the share page');
  await screenshot(page, 'phone-couple-5-share-390');

  // A guest reserves the hammock; the couple sees it arrive on the Reservations tab.
  const hammock = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'A hammock for two')!;
  const reserved = await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: hammock.id, name: 'Cousin Ines', email: 'ines@example.com', message: 'For lazy Sundays' }),
  });
  expect(reserved.status === 201, `the guest's reservation: ${reserved.status}`);
  await tabs.getByRole('link', { name: 'Reservations' }).click();
  await page.getByRole('heading', { name: 'Progress' }).waitFor();
  await page.getByText('For lazy Sundays').waitFor();
  await expectNoSidewaysScroll(page, 'the reservations page');
  await expectAccessible(page, 'reservations on a phone');
  await screenshot(page, 'phone-couple-6-reservations-390', true);
  await context.close();
};
