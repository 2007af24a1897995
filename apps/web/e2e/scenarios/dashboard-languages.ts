import type { Page } from 'playwright-core';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { expect, expectAccessible } from '../support/checks.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/**
 * The dashboard in the account's language (issue 17): the couple picks German under "Your account", and every device
 * they log in on follows; then Arabic, laid out right to left. Screenshots at 390 and 1280 px, where long German
 * words and the mirrored layout would show.
 */
export const dashboardLanguages: Scenario = async ({ browser, stack, slug, registryId }) => {
  const email = `${slug}@example.com`;
  const logIn = async (page: Page, next: string) => {
    await page.goto(next);
    await fillForm(page, { 'E-mail': email, Password: PASSWORD });
    await page.getByRole('button', { name: 'Log in' }).click();
  };

  const laptop = await (await desktop(browser, stack.webUrl)).newPage();
  await logIn(laptop, '/dashboard/account');
  await laptop.getByLabel('Dashboard and e-mail language').selectOption('de');
  await laptop.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
  expect((await laptop.locator('html').getAttribute('lang')) === 'de', 'html lang de');
  await screenshot(laptop, 'i18n-dashboard-account-de-1280', true);
  await expectAccessible(laptop, 'account page in German');
  await laptop.goto(`/dashboard/registries/${registryId}`);
  await laptop.getByRole('navigation', { name: 'Bereiche der Wunschliste' }).waitFor();
  await screenshot(laptop, 'i18n-dashboard-gifts-de-1280');
  await laptop.goto('/dashboard/access-tokens');
  await laptop.getByRole('heading', { level: 1, name: 'Zugangstoken' }).waitFor();
  await screenshot(laptop, 'i18n-dashboard-tokens-de-1280', true);

  // Another device follows the account, not the browser.
  const small = await (await phone(browser, stack.webUrl)).newPage();
  await logIn(small, '/dashboard');
  await small.getByRole('heading', { level: 1, name: 'Ihre Wunschlisten' }).waitFor();
  await screenshot(small, 'i18n-dashboard-lists-de-390', true);
  await small.goto(`/dashboard/registries/${registryId}/settings`);
  await small.getByRole('heading', { level: 2, name: 'Einstellungen' }).waitFor();
  await screenshot(small, 'i18n-dashboard-settings-de-390');
  await small.goto('/dashboard/access-tokens');
  await small.getByRole('heading', { level: 1, name: 'Zugangstoken' }).waitFor();
  await screenshot(small, 'i18n-dashboard-tokens-de-390', true);

  await laptop.goto('/dashboard/account');
  await laptop.getByLabel('Sprache für Dashboard und E-Mails').selectOption('ar');
  await laptop.getByRole('heading', { level: 1, name: 'حسابك' }).waitFor();
  expect((await laptop.locator('html').getAttribute('dir')) === 'rtl', 'html dir rtl');
  await screenshot(laptop, 'i18n-dashboard-account-ar-1280', true);
  await expectAccessible(laptop, 'account page in Arabic');
  await laptop.goto(`/dashboard/registries/${registryId}`);
  await laptop.getByRole('navigation', { name: 'أقسام قائمة الهدايا' }).waitFor();
  await screenshot(laptop, 'i18n-dashboard-gifts-ar-1280');
  await small.goto('/dashboard');
  await small.getByRole('heading', { level: 1, name: 'قوائم هداياك' }).waitFor();
  await screenshot(small, 'i18n-dashboard-lists-ar-390', true);
  await small.goto('/dashboard/access-tokens');
  await small.getByRole('heading', { level: 1, name: 'رموز الوصول' }).waitFor();
  await screenshot(small, 'i18n-dashboard-tokens-ar-390', true);
  await small.emulateMedia({ colorScheme: 'dark' });
  await screenshot(small, 'i18n-dashboard-tokens-ar-390-dark', true);

  // Put the account back, so nothing after this reads a translated dashboard by surprise.
  await laptop.goto('/dashboard/account');
  await laptop.getByLabel('لغة لوحة التحكم والبريد الإلكتروني').selectOption('en');
  await laptop.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
};
