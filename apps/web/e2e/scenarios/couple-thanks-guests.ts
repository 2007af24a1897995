import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const GUESTS = {
  may: { name: 'Aunt May', email: 'may@example.com' },
  bob: { name: 'Uncle Bob', email: 'bob@example.com' },
  sam: { name: 'Cousin Sam', email: 'sam@example.com' },
  jo: { name: 'Cousin Jo', email: 'jo@example.com' },
};

async function give(apiUrl: string, slug: string, kind: 'reservations' | 'pledges', body: Record<string, unknown>) {
  const response = await fetch(`${apiUrl}/api/public/registries/${slug}/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status === 201, `${kind}: ${response.status} ${await response.text()}`);
}

async function logIn(page: Page, slug: string) {
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await page.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
}

/** The header cell that matches `name`, so the test reads columns by their names, not their positions. */
function column(sheet: ExcelJS.Worksheet, name: RegExp): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, index) => {
    if (!found && name.test(cell.text)) found = index;
  });
  expect(found > 0, `the sheet has a ${name} column: ${JSON.stringify(sheet.getRow(1).values)}`);
  return found;
}

const stageOf = (row: ExcelJS.Row, index: number) => row.getCell(index).text.toLowerCase();

/**
 * After the wedding: four guests gave (three reservations and a pledge). The couple marks three gifts thanked (two at
 * once with one note, one on its own), adds grandma's quilt given at the party, downloads the tracker as XLSX and the
 * file says what the screen said, cell by cell. Then the same page on a phone.
 */
export const coupleThanksGuests: Scenario = async ({ browser, stack, slug, registryId }) => {
  const items = (await publicList(stack.apiUrl, slug)).items;
  const id = (name: string) => items.find((item) => item.name === name)!.id;
  await give(stack.apiUrl, slug, 'reservations', { itemId: id('A toaster that cooks crumpets'), quantity: 1, ...GUESTS.may, message: 'Enjoy the crumpets!' });
  await give(stack.apiUrl, slug, 'reservations', { itemId: id('Dinner plates'), quantity: 2, ...GUESTS.bob, message: '' });
  await give(stack.apiUrl, slug, 'reservations', { itemId: id('A tall glass vase'), quantity: 1, ...GUESTS.jo, message: '' });
  await give(stack.apiUrl, slug, 'pledges', { itemId: id('Honeymoon fund'), amount: 5000, ...GUESTS.sam, message: 'For a dinner in Lisbon' });

  const couple = await desktop(browser, stack.webUrl);
  const page = await couple.newPage();
  await logIn(page, slug);
  await page.getByRole('link', { name: 'Tracker' }).click();
  const progress = page.getByRole('region', { name: 'Thank-you progress' });
  await progress.getByText('0 of 4 thanked').waitFor();
  // The charts are their own chunk, fetched on this page.
  await page.getByRole('region', { name: 'At a glance' }).getByText('0 of 4 thanked (0%).').waitFor();
  await screenshot(page, 'tracker-1280', true);
  await expectAccessible(page, 'tracker');

  // Two at once, with one note.
  await page.getByRole('checkbox', { name: 'Select A toaster that cooks crumpets from Aunt May' }).check();
  await page.getByRole('checkbox', { name: 'Select 2 × Dinner plates from Uncle Bob' }).check();
  await page.getByRole('button', { name: 'Mark 2 gifts thanked' }).click();
  const bulk = page.getByRole('dialog', { name: 'Mark 2 gifts thanked' });
  await bulk.getByLabel('Note (optional)').fill('card sent');
  await screenshot(page, 'tracker-bulk-thanked-1280');
  await bulk.getByRole('button', { name: 'Mark thanked' }).click();
  await page.getByRole('status').filter({ hasText: '2 gifts marked thanked.' }).waitFor();
  await progress.getByText('2 of 4 thanked').waitFor();

  // The pledge arrived: received, then thanked on its own with its own note.
  await page.getByRole('button', { name: 'Mark received: Honeymoon fund from Cousin Sam' }).click();
  await page.getByRole('status').filter({ hasText: 'Honeymoon fund marked received.' }).waitFor();
  await page.getByRole('button', { name: 'Mark thanked: Honeymoon fund from Cousin Sam' }).click();
  const one = page.getByRole('dialog', { name: 'Mark Honeymoon fund thanked' });
  await one.getByLabel('Note (optional)').fill('called to say thanks');
  await one.getByRole('button', { name: 'Mark thanked' }).click();
  await progress.getByText('3 of 4 thanked').waitFor();
  const fundRow = page.getByRole('row', { name: /Honeymoon fund/ });
  await fundRow.getByText('“called to say thanks”').waitFor();

  // Grandma's quilt, given at the party.
  await page.getByRole('button', { name: 'Add a gift given outside the list' }).click();
  const offline = page.getByRole('dialog', { name: 'Add a gift given outside the list' });
  await fillForm(offline, { From: 'Grandma Rose', What: 'A patchwork quilt', 'Amount (EUR, optional)': '100', 'Note (optional)': 'at the party' });
  await screenshot(page, 'tracker-offline-gift-1280');
  await offline.getByRole('button', { name: 'Add the gift' }).click();
  await page.getByRole('status').filter({ hasText: 'A patchwork quilt added.' }).waitFor();
  await page
    .getByRole('row', { name: /A patchwork quilt/ })
    .getByText('Grandma Rose')
    .waitFor();
  await progress.getByText('3 of 5 thanked').waitFor();
  await screenshot(page, 'tracker-marked-1280', true);

  // The filters narrow the list and the address keeps them.
  await page.getByLabel('Stage', { exact: true }).selectOption('thanked');
  await page.waitForURL(/stage=thanked/);
  await page.getByRole('row', { name: /A tall glass vase/ }).waitFor({ state: 'detached' });
  expect((await page.getByRole('row', { name: /Honeymoon fund|toaster|Dinner plates/ }).count()) === 3, 'three thanked gifts shown');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('row', { name: /A tall glass vase/ }).waitFor();

  // The XLSX, opened with the library that wrote it.
  const folder = mkdtempSync(join(tmpdir(), 'wg-e2e-xlsx-'));
  try {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download (Excel)' }).click()]);
    expect(download.suggestedFilename() === `${slug}-gifts.xlsx`, `file name: ${download.suggestedFilename()}`);
    const file = join(folder, 'tracker.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const [gift, giver, stage, note, amount, email] = [/^gift/i, /^(giver|from)/i, /^stage/i, /^thank[- ]you note/i, /^amount/i, /^e-?mail/i].map((name) =>
      column(sheet, name),
    );
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, index) => index > 1 && rows.set(`${row.getCell(gift).text} / ${row.getCell(giver).text}`, row));
    const row = (key: string) => {
      const found = rows.get(key);
      expect(found, `a row for ${key} in ${[...rows.keys()].join('; ')}`);
      return found;
    };
    expect(rows.size === 5, `five rows (the cancelled ones would be there too): ${[...rows.keys()].join('; ')}`);
    for (const key of ['A toaster that cooks crumpets / Aunt May', 'Dinner plates / Uncle Bob']) {
      expect(stageOf(row(key), stage) === 'thanked', `${key} is thanked in the file: ${row(key).getCell(stage).text}`);
      expect(row(key).getCell(note).text === 'card sent', `${key} has its note: ${row(key).getCell(note).text}`);
    }
    const fund = row('Honeymoon fund / Cousin Sam');
    expect(stageOf(fund, stage) === 'thanked' && fund.getCell(note).text === 'called to say thanks', `the pledge: ${JSON.stringify(fund.values)}`);
    expect(fund.getCell(email).text === GUESTS.sam.email, `the pledge's e-mail: ${fund.getCell(email).text}`);
    const quilt = row('A patchwork quilt / Grandma Rose');
    expect(/^(100|100\.00|€100\.00)$/.test(quilt.getCell(amount).text), `the quilt's amount: ${quilt.getCell(amount).text}`);
    expect(stageOf(row('A tall glass vase / Cousin Jo'), stage) === 'reserved', 'the vase is still to thank');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // The API agrees with the screen.
  const tracker = await page.evaluate(async (registry) => (await fetch(`/api/registries/${registry}/tracker`)).json(), registryId);
  expect(tracker.counts.thanked === 3 && tracker.counts.active === 5, `counts: ${JSON.stringify(tracker.counts)}`);

  // On a phone each gift is a card, with its buttons in reach.
  const mobile = await phone(browser, stack.webUrl);
  await mobile.addCookies(await couple.cookies());
  const small = await mobile.newPage();
  await small.goto(`/dashboard/registries/${registryId}/tracker`);
  await small.getByRole('region', { name: 'Thank-you progress' }).getByText('3 of 5 thanked').waitFor();
  await screenshot(small, 'tracker-390');
  const card = small.getByRole('row', { name: /A tall glass vase/ });
  await card.scrollIntoViewIfNeeded();
  const button = await card.getByRole('button', { name: 'Mark thanked: A tall glass vase from Cousin Jo' }).boundingBox();
  expect(button && button.x + button.width <= 390, `the card's button fits the phone: ${JSON.stringify(button)}`);
  await screenshot(small, 'tracker-card-390');
  await expectAccessible(small, 'tracker on a phone');

  for (const context of [couple, mobile]) await context.close();
};
