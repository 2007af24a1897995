import type { Page } from 'playwright-core';
import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { PASSWORD, publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const FUND = 'Honeymoon fund';

async function logIn(page: Page, slug: string) {
  await page.goto('/dashboard');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await fillForm(page, { 'E-mail': `${slug}@example.com`, Password: PASSWORD });
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Your gift lists' }).waitFor();
  await page.getByRole('link', { name: 'Ana & Ben are getting married' }).click();
}

/** A guest chips in through the dialog and lands on the confirmation; returns it. */
async function chipIn(page: Page, amount: { suggested: string } | { typed: string }, guest: string) {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FUND }) });
  await card.getByRole('button', { name: `Chip in for ${FUND}` }).click();
  const dialog = page.getByRole('dialog', { name: `Chip in for ${FUND}` });
  if ('suggested' in amount) await dialog.getByRole('button', { name: amount.suggested, exact: true }).click();
  else await dialog.getByLabel('Or your own amount (EUR)').fill(amount.typed);
  await fillForm(dialog, { 'Your name': guest, 'Your e-mail': `${guest.split(' ')[1].toLowerCase()}@example.com` });
  return dialog;
}

/**
 * The couple sets where money gifts go (the IBAN checked as it is typed); a guest on a phone chips in €50 to the
 * honeymoon fund and sees the reference and the bank's QR code; the couple marks it received; the progress shows it.
 */
export const guestChipsIn: Scenario = async ({ browser, stack, slug, registryId }) => {
  const couple = await desktop(browser, stack.webUrl);
  const dashboard = await couple.newPage();
  await logIn(dashboard, slug);
  await dashboard.getByRole('link', { name: 'Settings' }).click();
  const money = dashboard.getByRole('group', { name: 'Money gifts' });
  await fillForm(money, { 'Account holder': 'Ana Silva', IBAN: 'de89 3704 0044 0532 0130 01' });
  await money.getByText('Not a valid IBAN yet.').waitFor();
  await fillForm(money, {
    IBAN: 'de89 3704 0044 0532 0130 00',
    'BIC (optional)': 'COBADEFFXXX',
    'Payment link (optional)': 'https://paypal.me/anaben/{amount}',
    'Instructions for guests (optional)': 'We are saving for a week in Lisbon. Thank you!',
  });
  await money.getByText('✓ Valid IBAN: DE89 3704 0044 0532 0130 00').waitFor();
  await money.scrollIntoViewIfNeeded();
  await screenshot(dashboard, 'settings-giving-1280');
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await dashboard.getByText('Saved.').waitFor();

  const guest = await phone(browser, stack.webUrl);
  const page = await guest.newPage();
  await page.goto(`/r/${slug}`);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FUND }) });
  await card.getByText('Be the first to chip in').waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-fund-card-390');
  const dialog = await chipIn(page, { suggested: '€50.00' }, 'Aunt May');
  await screenshot(page, 'guest-chip-in-390');
  await expectAccessible(page, 'chip-in dialog');
  await dialog.getByRole('button', { name: 'Give €50.00' }).click();

  const done = page.getByRole('dialog', { name: 'Thank you! Now send your gift' });
  const reference = await done.getByLabel('Your payment reference: write it on the transfer').inputValue();
  expect(/^WG-[0-9A-Z]{4,}$/.test(reference), `a short payment reference, got ${reference}`);
  const qr = done.getByRole('img', { name: new RegExp(`^Bank transfer QR code: €50.00 to Ana Silva, reference ${reference}$`) });
  await qr.waitFor();
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  // About 7 cm on a phone: a banking app on another phone scans it from a comfortable distance.
  expect(box && box.width >= 260, `the QR code is large enough to scan, got ${box?.width} px`);
  await screenshot(page, 'guest-pledge-qr-390');
  await done.getByLabel('IBAN').scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-pledge-bank-390');
  await expectAccessible(page, 'pledge confirmation');
  const fund = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === FUND);
  expect(fund?.pledgedAmount === 5000 && fund.pledgeCount === 1, `the API counts the pledge: ${JSON.stringify(fund)}`);
  await done.getByRole('button', { name: 'Done' }).click();

  await dashboard.getByRole('link', { name: 'Pledges' }).click();
  const row = dashboard.getByRole('row', { name: new RegExp(reference) });
  await row.getByText('Awaiting the transfer').waitFor();
  await row.getByRole('button', { name: `Mark €50.00 for ${FUND} received` }).click();
  const mark = dashboard.getByRole('dialog', { name: `Mark ${FUND} received` });
  expect((await mark.getByLabel('Amount received (EUR)').inputValue()) === '50.00', 'the amount is prefilled');
  await screenshot(dashboard, 'dashboard-mark-received-1280');
  await mark.getByRole('button', { name: 'Mark received' }).click();
  await row.getByText('Received').waitFor();
  await dashboard.getByRole('region', { name: 'In all' }).getByText('€50.00 received').waitFor();
  await screenshot(dashboard, 'dashboard-pledges-1280', true);
  await expectAccessible(dashboard, 'pledges overview');

  await page.reload();
  await card.getByText('€50.00', { exact: true }).waitFor();
  expect((await card.textContent())?.includes('1 giver'), 'the card counts the giver');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-fund-progress-390');

  // The same at laptop width, dark (the device prefers it), in the Garden theme: a free amount this time.
  // Each pledge is a new version of the list: the settings are read afresh, or saving them would rightly meet a 412.
  await dashboard.goto(`/dashboard/registries/${registryId}/settings`);
  await dashboard.getByRole('radio', { name: 'Garden' }).check();
  await dashboard.getByRole('button', { name: 'Save settings' }).click();
  await dashboard.getByText('Saved.').waitFor();
  const laptop = await desktop(browser, stack.webUrl);
  const wide = await laptop.newPage();
  await wide.emulateMedia({ colorScheme: 'dark' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await wide.goto(`/r/${slug}`);
  const wideDialog = await chipIn(wide, { typed: '20' }, 'Uncle Bob');
  await screenshot(wide, 'guest-chip-in-dark-1280');
  await wideDialog.getByRole('button', { name: 'Give €20.00' }).click();
  const wideDone = wide.getByRole('dialog', { name: 'Thank you! Now send your gift' });
  await wideDone.getByText('Thank you, Uncle Bob!', { exact: false }).waitFor();
  // The QR encoder is its own chunk, loaded once a guest has pledged.
  await wideDone.getByRole('img', { name: /^Bank transfer QR code: €20.00/ }).waitFor();
  await screenshot(wide, 'guest-pledge-dark-1280');
  // The edge may serve the list it cached a moment ago: read it again until it shows the second giver.
  for (let attempt = 0; attempt < 15 && !(await card.getByText('2 givers').isVisible()); attempt++) {
    await page.waitForTimeout(1000);
    await page.reload();
    await card.waitFor();
  }
  await card.getByText('2 givers').waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-fund-dark-390');

  for (const context of [couple, guest, laptop]) await context.close();
};
