import type { Page } from 'playwright-core';
import { derivedToken } from '../../../api/src/common/crypto/tokens.ts';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** The stack runs in development mode, whose session secret the confirmation token is derived from (the e-mail is not read here). */
const DEV_SECRET = 'development-only-session-secret-do-not-use-in-production';

async function logIn(page: Page, slug: string) {
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
}

/** Reserves through the dialog and returns the created reservation's id, from the API's answer. */
async function reserve(page: Page, gift: string, guest: string, email: string): Promise<string> {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: gift }) });
  await card.getByRole('button', { name: `Reserve ${gift}` }).click();
  await fillForm(page.getByRole('dialog', { name: `Reserve ${gift}` }), { 'Your name': guest, 'Your e-mail': email });
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reservations'));
  await page.getByRole('button', { name: 'Reserve this gift' }).click();
  const body = (await (await answer).json()) as { reservation: { id: string; status: string } };
  expect(body.reservation.status === 'held', `held, got ${body.reservation.status}`);
  await page
    .getByRole('dialog', { name: 'Almost there: confirm by e-mail' })
    .getByText(/Check your e-mail to confirm within 30 minutes/)
    .waitFor();
  return body.reservation.id;
}

/**
 * The couple turns on "Guests confirm reservations by e-mail"; a guest's reservation is then held (the dialog says
 * to confirm by e-mail), the guest confirms on the confirm page, and the couple sees held and active reservations
 * and releases one.
 */
export const heldReservation: Scenario = async ({ browser, stack, slug }) => {
  const couple = await desktop(browser, stack.webUrl);
  const dashboard = await couple.newPage();
  await logIn(dashboard, slug);
  await dashboard.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
  await dashboard.getByRole('link', { name: 'Settings' }).click();
  await dashboard.getByRole('checkbox', { name: 'Guests confirm reservations by e-mail' }).check();
  await dashboard.getByRole('group', { name: 'Reservations', exact: true }).scrollIntoViewIfNeeded();
  await screenshot(dashboard, 'settings-guests-confirm-1280');
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await dashboard.getByText('Saved.').waitFor();

  const guest = await phone(browser, stack.webUrl);
  const page = await guest.newPage();
  await page.goto(`/r/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  const toasterId = await reserve(page, 'A toaster that cooks crumpets', 'Aunt May', 'may@example.com');
  await screenshot(page, 'guest-reservation-held-390');
  await expectAccessible(page, 'held reservation dialog');
  expect((await publicList(stack.apiUrl, slug)).items.find((i) => i.name.startsWith('A toaster'))?.remaining === 0, 'held units count against remaining');

  const laptop = await desktop(browser, stack.webUrl);
  const wide = await laptop.newPage();
  await wide.goto(`/r/${slug}`);
  await wide.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  await reserve(wide, 'Dinner plates', 'Uncle Bob', 'bob@example.com');
  await screenshot(wide, 'guest-reservation-held-1280');

  await page.goto(`/reservations/confirm/${derivedToken(DEV_SECRET, 'reservation-confirm', toasterId, 'wgc_')}`);
  await page.getByRole('button', { name: 'Confirm my reservation' }).click();
  await page.getByRole('heading', { name: 'Reservation confirmed' }).waitFor();
  await screenshot(page, 'guest-reservation-confirmed-390');
  await expectAccessible(page, 'reservation confirmed');

  await dashboard.getByRole('link', { name: 'Reservations' }).click();
  const table = dashboard.getByRole('table', { name: 'Who reserved what, newest first' });
  await table.getByText('Awaiting confirmation').waitFor();
  await screenshot(dashboard, 'dashboard-reservations-held-1280', true);
  await expectAccessible(dashboard, 'reservations overview');
  await table.getByRole('button', { name: 'Release Dinner plates' }).click();
  const release = dashboard.getByRole('dialog', { name: 'Release Dinner plates?' });
  await release.getByText(/Uncle Bob gets an e-mail/).waitFor();
  await screenshot(dashboard, 'dashboard-release-dialog-1280');
  await release.getByRole('button', { name: 'Release reservation' }).click();
  await release.getByText(/Released\./).waitFor();
  await release.getByRole('button', { name: 'Done' }).click();
  await table
    .getByRole('row', { name: /Dinner plates/ })
    .getByText(/Cancelled/)
    .waitFor();
  expect((await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'Dinner plates')?.remaining === 6, 'released units are back');

  const couplePhone = await phone(browser, stack.webUrl);
  const small = await couplePhone.newPage();
  await logIn(small, slug);
  await small.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
  await small.getByRole('link', { name: 'Reservations' }).click();
  await small.getByRole('table', { name: 'Who reserved what, newest first' }).waitFor();
  await screenshot(small, 'dashboard-reservations-390', true);

  for (const context of [couple, guest, laptop, couplePhone]) await context.close();
};
