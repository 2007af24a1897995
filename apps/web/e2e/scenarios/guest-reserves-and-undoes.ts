import { expect, expectAccessible } from '../support/checks.ts';
import { phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** A guest on a phone opens the list, reserves the toaster, sees it reserved, and undoes it from the confirmation. */
export const guestReservesAndUndoes: Scenario = async ({ browser, stack, slug }) => {
  const context = await phone(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto(`/r/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  await screenshot(page, 'guest-list-390', true);
  await expectAccessible(page, 'gift list');

  const toaster = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'A toaster that cooks crumpets' }) });
  expect((await toaster.textContent())?.includes('€40.00'), 'price hint in euros');
  await toaster.getByRole('button', { name: 'Reserve A toaster that cooks crumpets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reserve A toaster that cooks crumpets' });
  await fillForm(dialog, { 'Your name': 'Aunt May', 'Your e-mail': 'may@example.com', 'A message to the couple (optional)': 'Enjoy the crumpets!' });
  await screenshot(page, 'guest-reserve-dialog-390');
  await expectAccessible(page, 'reserve dialog');
  await dialog.getByRole('button', { name: 'Reserve this gift' }).click();

  const confirmation = page.getByRole('dialog', { name: 'Reserved!' });
  await confirmation.getByText('Thank you, Aunt May!').waitFor();
  await screenshot(page, 'guest-reserved-390');
  let list = await publicList(stack.apiUrl, slug);
  expect(list.items.find((i) => i.name.startsWith('A toaster'))?.remaining === 0, 'the API counts the reservation');

  await confirmation.getByRole('button', { name: 'Undo reservation' }).click();
  await confirmation.getByText(/Your reservation is undone/).waitFor();
  await confirmation.getByRole('button', { name: 'Back to the gift list' }).click();
  await toaster.getByText('Still needed').waitFor();
  await toaster.getByRole('button', { name: 'Reserve A toaster that cooks crumpets' }).waitFor();
  await screenshot(page, 'guest-undone-390');
  list = await publicList(stack.apiUrl, slug);
  expect(list.items.find((i) => i.name.startsWith('A toaster'))?.remaining === 1, 'the API released the reservation');
  await context.close();
};
