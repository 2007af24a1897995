import type { Page } from 'playwright-core';
import { derivedToken } from '../../../api/src/common/crypto/tokens.ts';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** The stack runs in development mode, whose session secret the reminder token is signed with (as reminder-links.ts does). */
const DEV_SECRET = 'development-only-session-secret-do-not-use-in-production';
const reminderToken = (reservationId: string) => `wgm_${reservationId}_${derivedToken(DEV_SECRET, 'reservation-reminder', reservationId, '')}`;

async function logIn(page: Page, slug: string) {
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
}

/**
 * A guest opens the links of a reminder e-mail on a phone (light and dark) and marks the toaster bought; the couple
 * chooses a daily digest and switches reminders off in the settings (laptop and phone).
 */
export const guestReminder: Scenario = async ({ browser, stack, slug, registryId }) => {
  const toaster = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'A toaster that cooks crumpets')!;
  const reserved = await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: toaster.id, name: 'Aunt May', email: 'may@example.com' }),
  });
  const { reservation } = (await reserved.json()) as { reservation: { id: string } };
  const token = reminderToken(reservation.id);

  const mobile = await phone(browser, stack.webUrl);
  const page = await mobile.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/reminders/unsubscribe/${token}`);
  await page.getByRole('button', { name: 'Stop reminders from this list' }).waitFor();
  await screenshot(page, 'reminder-unsubscribe-dark-390');
  await expectAccessible(page, 'unsubscribe page, dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/reminders/bought/${token}`);
  await page.getByRole('button', { name: 'Yes, I bought it' }).waitFor();
  await screenshot(page, 'reminder-bought-390');
  await expectAccessible(page, 'reminder page');
  await page.getByRole('button', { name: 'Yes, I bought it' }).click();
  await page.getByText('A toaster that cooks crumpets is marked bought on Ana & Ben’s list.', { exact: false }).waitFor();
  await screenshot(page, 'reminder-bought-done-390');

  const laptop = await desktop(browser, stack.webUrl);
  const wide = await laptop.newPage();
  await wide.emulateMedia({ colorScheme: 'dark' });
  await wide.goto(`/reminders/release/${token}`);
  await wide.getByRole('button', { name: 'Release it for someone else' }).waitFor();
  await screenshot(wide, 'reminder-release-dark-1280');
  await expectAccessible(wide, 'release page, dark');
  await wide.emulateMedia({ colorScheme: 'light' });

  await logIn(wide, slug);
  await wide.goto(`/dashboard/registries/${registryId}/settings`);
  await wide.getByRole('heading', { name: 'How you hear of new gifts' }).waitFor();
  await wide.getByRole('radio', { name: /A daily digest/ }).check();
  await wide.getByText('Saved.').first().waitFor();
  await wide.getByRole('checkbox', { name: 'Remind guests to buy or release' }).uncheck();
  await wide.getByRole('button', { name: 'Save settings' }).click();
  await wide.locator('form.settings-form').getByText('Saved.').waitFor();
  const registry = (await (await wide.request.get(`/api/registries/${registryId}`)).json()) as { remindersEnabled: boolean; owners: { notify: string }[] };
  expect(registry.remindersEnabled === false, 'reminders are off');
  expect(registry.owners[0].notify === 'digest', `notify is ${registry.owners[0].notify}`);
  await wide.getByRole('heading', { name: 'How you hear of new gifts' }).scrollIntoViewIfNeeded();
  await screenshot(wide, 'settings-notices-1280');
  await screenshot(wide, 'settings-full-1280', true);
  await expectAccessible(wide, 'settings with notices');

  const small = await phone(browser, stack.webUrl);
  await small.addCookies(await laptop.cookies());
  const phonePage = await small.newPage();
  await phonePage.emulateMedia({ colorScheme: 'dark' });
  await phonePage.goto(`/dashboard/registries/${registryId}/settings`);
  await phonePage.getByRole('heading', { name: 'How you hear of new gifts' }).scrollIntoViewIfNeeded();
  await screenshot(phonePage, 'settings-notices-dark-390');
  await phonePage.getByRole('checkbox', { name: 'Remind guests to buy or release' }).scrollIntoViewIfNeeded();
  await screenshot(phonePage, 'settings-reminders-dark-390');

  for (const context of [mobile, laptop, small]) await context.close();
};
