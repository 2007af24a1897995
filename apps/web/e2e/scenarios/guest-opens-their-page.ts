import { expect, expectAccessible } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { Couple, PASSWORD } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const TOASTER = 'A toaster that cooks crumpets';

interface GuestPageAnswer {
  guest: { address: string | null };
  reservations: { item: { name: string }; boughtAt: string | null }[];
}

/** The link in an e-mail's text part, as a guest's mail app would open it. */
function myGiftsLink(text: string | undefined): string {
  const match = /(https?:\/\/\S+\/my-gifts\/wgg_[\w-]+)/.exec(text ?? '');
  expect(match, 'the e-mail carries the link to the guest page');
  return match[1];
}

/**
 * A guest on a phone reserves the toaster (leaving an address for the thank-you card), gets the confirmation by
 * real SMTP, opens "my gifts" from its link and marks the toaster bought. Then, on a laptop in the dark theme, the
 * same guest asks "find my gifts" on the list and opens the page from that e-mail.
 */
export const guestOpensTheirPage: Scenario = async (context) => {
  const stopWorker = context.stack.startWorker();
  try {
    await scenario(context);
  } finally {
    await stopWorker();
  }
};

const scenario: Scenario = async ({ browser, stack, slug, registryId }) => {
  const email = `june-${slug}@example.com`;
  const context = await phone(browser, stack.webUrl);
  const page = await context.newPage();
  await page.goto(`/r/${slug}`);
  await page.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' }).waitFor();
  const toaster = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TOASTER }) });
  await toaster.getByRole('button', { name: `Reserve ${TOASTER}` }).click();
  const dialog = page.getByRole('dialog', { name: `Reserve ${TOASTER}` });
  await fillForm(dialog, {
    'Your name': 'June Moone',
    'Your e-mail': email,
    'Your postal address, for a thank-you card (optional)': '20 Ingram Street\nForest Hills, NY 11375',
  });
  await dialog.getByLabel('Your postal address, for a thank-you card (optional)').scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-reserve-address-390');
  await expectAccessible(page, 'reserve dialog with the address');
  await dialog.getByRole('button', { name: 'Reserve this gift' }).click();
  await page.getByRole('dialog', { name: 'Reserved!' }).getByText('Thank you, June Moone!').waitFor();

  // From the e-mail, in the phone's browser (a new tab: nothing carried over but the link).
  const confirmation = await stack.mail.waitFor(email, /^You reserved/);
  const link = myGiftsLink(confirmation.text);
  expect(link.startsWith(stack.webUrl), `the link points at the site (${link})`);
  const mine = await context.newPage();
  await mine.goto(link);
  await mine.getByRole('heading', { level: 1, name: 'My gifts for Ana & Ben' }).waitFor();
  const gift = mine.getByRole('listitem', { name: TOASTER });
  await gift.getByText('Reserved for you: nobody else can take it.').waitFor();
  expect((await mine.getByLabel('Postal address (optional)').inputValue()).includes('Forest Hills'), 'the address left when reserving is on the page');
  await screenshot(mine, 'guest-my-gifts-390', true);
  await expectAccessible(mine, 'my gifts page');

  await gift.getByRole('button', { name: 'I bought it' }).click();
  await gift.getByText('Bought', { exact: true }).waitFor();
  await gift.getByRole('button', { name: 'Not bought yet' }).waitFor();
  await screenshot(mine, 'guest-my-gifts-bought-390');
  const token = link.split('/my-gifts/')[1];
  const answer = (await (await fetch(`${stack.apiUrl}/api/public/guests/${token}`)).json()) as GuestPageAnswer;
  expect(answer.reservations[0]?.boughtAt, 'the API recorded when the guest bought it');
  // The next reservation in this browser starts with the guest's name and e-mail.
  await page.goto(`/r/${slug}`);
  const plates = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dinner plates' }) });
  await plates.getByRole('button', { name: 'Reserve Dinner plates' }).click();
  const again = page.getByRole('dialog', { name: 'Reserve Dinner plates' });
  await again.getByText('Welcome back, June Moone.').waitFor();
  expect((await again.getByLabel('Your e-mail', { exact: true }).inputValue()) === email, 'the e-mail is remembered');
  await screenshot(page, 'guest-reserve-remembered-390');
  await again.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Find my gifts' }).click();
  const find = page.getByRole('region', { name: 'Already chose a gift?' });
  expect((await find.getByLabel('Your e-mail', { exact: true }).inputValue()) === email, '"find my gifts" starts with the remembered e-mail');
  await find.scrollIntoViewIfNeeded();
  await screenshot(page, 'guest-find-my-gifts-390');
  await expectAccessible(page, 'find my gifts form');
  await context.close();

  // Laptop in dark mode, the Garden theme: "find my gifts" on the list, then the page from that e-mail.
  const couple = new Couple(stack.apiUrl);
  await couple.call('POST', '/api/auth/login', { email: `${slug}@example.com`, password: PASSWORD });
  await couple.call('PATCH', `/api/registries/${registryId}`, { theme: 'garden' });
  const laptop = await desktop(browser, stack.webUrl);
  const wide = await laptop.newPage();
  await wide.emulateMedia({ colorScheme: 'dark' });
  await wide.goto(`/r/${slug}`);
  await wide.getByRole('button', { name: 'Find my gifts' }).click();
  await fillForm(wide.getByRole('region', { name: 'Already chose a gift?' }), { 'Your e-mail': email });
  await wide.getByRole('button', { name: 'E-mail me my link' }).click();
  await wide.getByText(/If this address has reserved a gift or chipped in on this list/).waitFor();
  await wide.getByRole('region', { name: 'Already chose a gift?' }).scrollIntoViewIfNeeded();
  await screenshot(wide, 'guest-find-my-gifts-dark-1280');
  const found = await stack.mail.waitFor(email, /^Your gifts for Ana & Ben$/);
  await wide.goto(myGiftsLink(found.text));
  await wide.getByRole('listitem', { name: TOASTER }).getByText('Bought', { exact: true }).waitFor();
  await screenshot(wide, 'guest-my-gifts-dark-1280', true);
  await expectAccessible(wide, 'my gifts page, dark');
  await laptop.close();
};
