import { expect } from '../support/checks.ts';
import { phone, screenshot } from '../support/browser.ts';
import { fillForm } from '../support/forms.ts';
import { publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/** Two guests open the last vase at the same time and press Reserve together: one gets it, the other is told kindly. */
export const twoGuestsRace: Scenario = async ({ browser, stack, slug }) => {
  const guests = await Promise.all(['Bob', 'Carla'].map(async (name) => ({ name, context: await phone(browser, stack.webUrl) })));
  const pages = await Promise.all(
    guests.map(async ({ name, context }) => {
      const page = await context.newPage();
      await page.goto(`/r/${slug}`);
      await page.getByRole('button', { name: 'Reserve A tall glass vase' }).click();
      const dialog = page.getByRole('dialog');
      await fillForm(dialog, { 'Your name': name, 'Your e-mail': `${name.toLowerCase()}@example.com` });
      return { name, page, dialog };
    }),
  );

  await Promise.all(pages.map(({ dialog }) => dialog.getByRole('button', { name: 'Reserve this gift' }).click()));
  const outcomes = await Promise.all(
    pages.map(async ({ dialog }) => {
      const won = dialog.getByText(/Thank you, /);
      const lost = dialog.getByText(/Someone was a little faster/);
      await won.or(lost).waitFor();
      return (await won.isVisible()) ? 'won' : 'lost';
    }),
  );
  expect(outcomes.filter((o) => o === 'won').length === 1, `exactly one guest gets the last vase (got ${outcomes.join(', ')})`);

  for (const [i, { name, page }] of pages.entries()) await screenshot(page, `race-${outcomes[i]}-${name.toLowerCase()}-390`);
  const loser = pages[outcomes.indexOf('lost')];
  await loser.dialog.getByRole('button', { name: 'Choose another gift' }).click();
  await loser.page.getByRole('button', { name: 'A tall glass vase: reserved' }).waitFor();
  await screenshot(loser.page, 'race-loser-list-390');

  const vase = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'A tall glass vase');
  expect(vase?.reserved === 1 && vase.remaining === 0, `the database holds one reservation (reserved ${vase?.reserved})`);
  await Promise.all(guests.map(({ context }) => context.close()));
};
