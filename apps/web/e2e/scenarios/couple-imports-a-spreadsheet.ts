import type { Browser, Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: '390', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

const WITH_PROBLEMS = [
  'name,description,price min,price max,quantity,kind,target,category',
  'Stand mixer,For bread and cakes,"249,90",449.90,1,gift,,Kitchen',
  'Reading lamp,,cheap,,1,gift,,Home',
  'Honeymoon fund,Towards Lisbon,,,,fund,2000,Honeymoon',
  'Sofa,Guests chip in,,,,group-gift,,Home',
].join('\r\n');
const CLEAN = ['name,price min,category', 'Stand mixer,"249,90",Kitchen', 'Reading lamp,45,Home'].join('\r\n');

async function logIn(page: Page, slug: string) {
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
}

const choose = (page: Page, text: string) =>
  page.getByLabel('Spreadsheet file').setInputFiles({ name: 'gifts.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function contextFor(browser: Browser, baseURL: string, size: (typeof SIZES)[number], colorScheme: (typeof SCHEMES)[number]) {
  return browser.newContext({ baseURL, viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile, locale: 'en-GB', colorScheme });
}

/**
 * Issue 18 parts 4–5: the couple previews a spreadsheet (its problem rows marked), imports a clean one in one go,
 * and adds starter ideas; the preview and the ideas at 390 and 1280 px, light and dark, axe-checked.
 */
export const coupleImportsASpreadsheet: Scenario = async ({ browser, stack, slug, registryId }) => {
  let cookies: Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['cookies']>> | null = null;
  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      const context = await contextFor(browser, stack.webUrl, size, scheme);
      if (cookies) await context.addCookies(cookies);
      const page = await context.newPage();
      await page.goto(`/dashboard/registries/${registryId}`);
      if (!cookies) await logIn(page, slug);
      await page.getByRole('heading', { name: 'Spreadsheets' }).waitFor();
      // The session cookie, once the log-in has set it, serves the other sizes and schemes.
      cookies ??= await context.cookies();

      await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
      await choose(page, WITH_PROBLEMS);
      await page.getByText('2 of 4 rows have problems.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Add gifts' }).isDisabled(), 'a file with problems cannot be added');
      await page.getByText('A group-gift needs a target (its price).').waitFor();
      await screenshot(page, `import-preview-${size.name}-${scheme}`);
      await expectAccessible(page, `the import preview, ${size.name} ${scheme}`);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByText('Starter ideas').click();
      await page.getByRole('group', { name: 'Starter lists' }).getByRole('button', { name: 'Honeymoon', exact: true }).click();
      await page.getByLabel(/A dinner by the sea/).check();
      await page.getByRole('heading', { name: 'Starter ideas' }).scrollIntoViewIfNeeded();
      await screenshot(page, `starter-ideas-${size.name}-${scheme}`);
      await expectAccessible(page, `the starter ideas, ${size.name} ${scheme}`);
      await context.close();
    }
  }

  // One import and one starter idea, for real: the list grows by exactly those.
  const context = await contextFor(browser, stack.webUrl, SIZES[0], 'light');
  await context.addCookies(cookies!);
  const page = await context.newPage();
  await page.goto(`/dashboard/registries/${registryId}`);
  await page.getByRole('button', { name: 'Import from a spreadsheet' }).click();
  await choose(page, CLEAN);
  await page.getByRole('button', { name: 'Add 2 gifts' }).click();
  await page.getByText('Added 2 gifts from your spreadsheet.').waitFor();
  await page.getByRole('heading', { level: 3, name: 'Stand mixer' }).waitFor();
  await page.getByText('Starter ideas').click();
  await page.getByLabel(/Cast-iron casserole/).check();
  await page.getByRole('button', { name: 'Add 1 idea' }).click();
  await page.getByText('Added 1 idea to your gifts.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Cast-iron casserole' }).waitFor();
  await context.close();
};
