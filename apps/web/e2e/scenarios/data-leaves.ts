import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { expect, expectAccessible } from '../support/checks.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/**
 * Data that leaves (issue 13): a guest sees the consent line and the privacy page; the couple sets how long guests'
 * details are kept, downloads everything (the ZIP opened and read here) and deletes the account on a phone.
 */
export const dataLeaves: Scenario = async ({ browser, stack, slug, registryId, report }) => {
  const email = `${slug}@example.com`;

  // A guest, on a phone: the reserve dialog says who sees their details and links to the privacy page.
  const guest = await phone(browser, stack.webUrl);
  const guestPage = await guest.newPage();
  await guestPage.goto(`/r/${slug}`);
  await guestPage.getByRole('button', { name: 'Reserve A toaster that cooks crumpets' }).click();
  const dialog = guestPage.getByRole('dialog', { name: 'Reserve A toaster that cooks crumpets' });
  await dialog.getByText('Only the couple sees your details').scrollIntoViewIfNeeded();
  await screenshot(guestPage, 'data-reserve-consent-390');
  expect((await dialog.getByRole('link', { name: 'What we keep, and for how long' }).getAttribute('href')) === '/privacy#guests', 'consent link');
  await guestPage.goto('/privacy');
  await guestPage.getByRole('heading', { level: 1, name: 'What we keep, and for how long' }).waitFor();
  await screenshot(guestPage, 'data-privacy-390', true);
  await guestPage.emulateMedia({ colorScheme: 'dark' });
  await screenshot(guestPage, 'data-privacy-390-dark');
  await expectAccessible(guestPage, 'privacy page');

  // A guest reserves, so the export has someone in it.
  const toaster = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'A toaster that cooks crumpets')!;
  await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: toaster.id, name: 'Aunt May', email: 'may@example.com', message: 'Crumpets forever' }),
  });

  // The couple, on a laptop: the retention setting, then the account page and the download.
  const context = await desktop(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto(`/dashboard/registries/${registryId}/settings`);
  await fillForm(page, { 'E-mail': email, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  const days = page.getByLabel('Keep guests’ details for (days after the wedding)');
  await days.fill('90');
  await page.getByText('With these settings, guests’ details are erased on 10 September 2027.').waitFor();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Saved.').waitFor();
  await page.getByRole('group', { name: 'Guests’ personal data' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'data-retention-setting-1280');
  await expectAccessible(page, 'settings with retention');

  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Your account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  await screenshot(page, 'data-account-1280');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'data-account-1280-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, 'account page');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  expect(/^whispergifts-export-\d{4}-\d{2}-\d{2}\.zip$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const [reservation] = JSON.parse(await zip.file(`registries/${slug}/reservations.json`)!.async('string')) as { guestName: string; message: string }[];
  expect(reservation.guestName === 'Aunt May' && reservation.message === 'Crumpets forever', `the export has the reservation: ${JSON.stringify(reservation)}`);
  const registry = JSON.parse(await zip.file(`registries/${slug}/registry.json`)!.async('string')) as { registry: { guestDataRetentionDays: number } };
  expect(registry.registry.guestDataRetentionDays === 90, 'the export has the new retention');
  report(`export: ${Object.keys(zip.files).length} entries`);

  // On a phone: delete the account with the password.
  const mobile = await phone(browser, stack.webUrl);
  await mobile.addCookies(await context.cookies());
  const small = await mobile.newPage();
  await small.goto('/dashboard/account');
  await small.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
  await screenshot(small, 'data-account-390', true);
  await small.getByRole('button', { name: 'Delete my account…' }).click();
  const confirm = small.getByRole('dialog', { name: 'Delete your account?' });
  await confirm.getByLabel('Password').fill('not my password');
  await confirm.getByRole('button', { name: 'Delete my account for good' }).click();
  await confirm.getByText('is not right').waitFor();
  await screenshot(small, 'data-delete-wrong-password-390');
  await small.emulateMedia({ colorScheme: 'dark' });
  await screenshot(small, 'data-delete-wrong-password-390-dark');
  await small.emulateMedia({ colorScheme: 'light' });
  await confirm.getByLabel('Password').fill(PASSWORD);
  await confirm.getByRole('button', { name: 'Delete my account for good' }).click();
  await small.waitForURL((url) => url.pathname === '/');
  await screenshot(small, 'data-deleted-landing-390');

  // Gone: the list answers 404 and the laptop's session is over too.
  const list = await fetch(`${stack.apiUrl}/api/public/registries/${slug}`);
  expect(list.status === 404, `the deleted list answers ${list.status}`);
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
};
