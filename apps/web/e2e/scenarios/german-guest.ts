import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, expectAccessible } from '../support/checks.ts';
import { phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { Couple } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

const catalogue = (ns: string): Record<string, string> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../../libs/i18n/catalogues/en/${ns}.json`, import.meta.url)), 'utf8')) as Record<string, string>;

/**
 * Every stretch of English the catalogues hold, as a guest could read it: each message's literal runs between its
 * placeholders, tags and plural branches, of two words or more (single words such as "Filter" are German too).
 */
function englishPhrases(...namespaces: string[]): string[] {
  return namespaces
    .flatMap((ns) => Object.values(catalogue(ns)))
    .flatMap((message) => message.split(/[{}#]|<\/?\w+>/))
    .map((run) => run.replace(/^[\s,.:;·!?()]+|[\s,.:;·!?()]+$/g, ''))
    .filter((run) => /\S+\s+\S+/.test(run) && !/^(one|other|plural|=0)\b/.test(run));
}

const leftovers = (text: string, phrases: string[]) => phrases.filter((phrase) => text.includes(phrase));

/**
 * A German couple's list opened by a guest whose phone speaks English: the page, the reservation dialog and the
 * confirmation e-mail are German throughout, with no phrase of the English catalogues left.
 */
export const germanGuest: Scenario = async (context) => {
  const stopWorker = context.stack.startWorker();
  try {
    await scenario(context);
  } finally {
    await stopWorker();
  }
};

const scenario: Scenario = async ({ browser, stack, slug }) => {
  const couple = new Couple(stack.apiUrl);
  await couple.signup(`de-${slug}@example.com`);
  const registry = await couple.call<{ id: string; slug: string }>('POST', '/api/registries', {
    slug: `de-${slug}`,
    title: 'Jana & Lukas heiraten',
    coupleNames: 'Jana & Lukas',
    currency: 'EUR',
    eventDate: '2027-06-12',
    welcomeMessage: 'Eure Anwesenheit ist unser schönstes Geschenk.',
    language: 'de',
  });
  await couple.addItem(registry.id, { name: 'Kaffeemaschine', priceMin: 12000, priceMax: 15000, category: 'Küche', priority: 'high' });
  await couple.addItem(registry.id, { name: 'Weingläser', priceMin: 1500, priceMax: 1500, quantity: 6, category: 'Tisch' });
  await couple.addItem(registry.id, { name: 'Flitterwochen', kind: 'fund', targetAmount: 200000, category: 'Erlebnisse' });

  const phoneContext = await phone(browser, stack.webUrl);
  const page = await phoneContext.newPage();
  await page.goto(`/r/${registry.slug}`);
  await page.getByRole('heading', { level: 1, name: 'Jana & Lukas heiraten' }).waitFor();
  await page.getByRole('button', { name: 'Kaffeemaschine reservieren' }).waitFor();
  expect((await page.getAttribute('html', 'lang')) === 'de', '<html lang="de">');
  const web = englishPhrases('common', 'guest');
  const pageText = await page.locator('body').innerText();
  expect(pageText.includes('12. Juni 2027'), `the date in German (${pageText.slice(0, 200)})`);
  expect(/120,00\s?–\s?150,00\s€/.test(pageText), `money in German (${/[\d.,]+\s?[–-]?\s?[\d.,]*\s?€/.exec(pageText)?.[0]})`);
  expect(leftovers(pageText, web).length === 0, `no English on the page: ${leftovers(pageText, web).join(' | ')}`);
  await screenshot(page, 'german-guest-list-390', true);
  await expectAccessible(page, 'German gift list');

  await page.getByRole('button', { name: 'Kaffeemaschine reservieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kaffeemaschine reservieren' });
  const dialogText = await dialog.innerText();
  expect(leftovers(dialogText, web).length === 0, `no English in the dialog: ${leftovers(dialogText, web).join(' | ')}`);
  await fillForm(dialog, { 'Ihr Name': 'Tante Erna', 'Ihre E-Mail-Adresse': `erna-${slug}@example.com` });
  await screenshot(page, 'german-guest-reserve-dialog-390');
  await expectAccessible(page, 'German reserve dialog');
  await dialog.getByRole('button', { name: 'Dieses Geschenk reservieren' }).click();
  const done = page.getByRole('dialog', { name: 'Reserviert!' });
  await done.getByText('Vielen Dank, Tante Erna! Sie haben Kaffeemaschine reserviert.').waitFor();
  const doneText = await done.innerText();
  expect(leftovers(doneText, web).length === 0, `no English in the confirmation: ${leftovers(doneText, web).join(' | ')}`);
  await screenshot(page, 'german-guest-reserved-390');

  const mail = await stack.mail.waitFor(`erna-${slug}@example.com`, /^Sie haben Kaffeemaschine für Jana & Lukas reserviert$/);
  const mailPhrases = englishPhrases('mail');
  const mailText = `${mail.subject}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
  expect(leftovers(mailText, mailPhrases).length === 0, `no English in the e-mail: ${leftovers(mailText, mailPhrases).join(' | ')}`);
  expect((mail.text ?? '').includes('Reservierung aufheben'), 'the undo link is offered in German');
  expect(typeof mail.html === 'string' && mail.html.includes('<html lang="de" dir="ltr">'), 'the e-mail says it is German');
  await phoneContext.close();
};
