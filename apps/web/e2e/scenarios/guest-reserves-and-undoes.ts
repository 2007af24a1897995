import { expect, seriousA11yViolations } from '../support/checks.ts';
import { phone, screenshot } from '../support/browser.ts';
import { publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** A guest on a phone opens the list, reserves the toaster, sees it reserved, and undoes it from the confirmation. */
export const guestReservesAndUndoes: Scenario = async ({ browser, stack, slug }) => {
  const context = await phone(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto(`/r/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  await screenshot(page, 'guest-list-390', true);
  const a11yList = await seriousA11yViolations(page);
  expect(a11yList.length === 0, `gift list a11y:\n${a11yList.join('\n')}`);

  const toaster = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'A toaster that cooks crumpets' }) });
  expect((await toaster.textContent())?.includes('€40.00'), 'price hint in euros');
  await toaster.getByRole('button', { name: 'Reserve A toaster that cooks crumpets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reserve A toaster that cooks crumpets' });
  await dialog.getByLabel('Your name').fill('Aunt May');
  await dialog.getByLabel('Your e-mail').fill('may@example.com');
  await dialog.getByLabel('A message to the couple (optional)').fill('Enjoy the crumpets!');
  await screenshot(page, 'guest-reserve-dialog-390');
  const a11yDialog = await seriousA11yViolations(page);
  expect(a11yDialog.length === 0, `reserve dialog a11y:\n${a11yDialog.join('\n')}`);
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
