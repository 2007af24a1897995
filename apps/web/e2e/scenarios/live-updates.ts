import { expect } from '../support/checks.ts';
import { desktop, phone, screenshot } from '../support/browser.ts';
import { publicList } from '../support/seed.ts';
import type { Scenario } from '../run.ts';

/**
 * Live updates (issue 14 §5): two guests have the list open, one on a phone and one on a laptop (dark colour scheme);
 * somebody else reserves the vase. Both pages show it reserved without a reload, through nginx's event stream.
 */
export const liveUpdates: Scenario = async ({ browser, stack, slug, report }) => {
  const contexts = [await phone(browser, stack.webUrl), await desktop(browser, stack.webUrl)];
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  await pages[1].emulateMedia({ colorScheme: 'dark' });
  const streams = pages.map((page) => page.waitForResponse((r) => r.url().endsWith(`/api/public/registries/${slug}/events`)));
  for (const page of pages) await page.goto(`/r/${slug}`);
  for (const page of pages) await page.getByRole('button', { name: 'Reserve A tall glass vase' }).waitFor();
  const opened = await Promise.all(streams);
  expect(
    opened.every((r) => r.status() === 200 && r.headers()['content-type']?.startsWith('text/event-stream')),
    'each page holds its event stream open',
  );

  const vase = (await publicList(stack.apiUrl, slug)).items.find((i) => i.name === 'A tall glass vase')!;
  const reservedAt = Date.now();
  const answer = await fetch(`${stack.apiUrl}/api/public/registries/${slug}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ itemId: vase.id, name: 'Dora', email: 'dora@example.com' }),
  });
  expect(answer.status === 201, `the other guest's reservation is accepted (got ${answer.status})`);
  const shown = await Promise.all(
    pages.map(async (page) => {
      await page.getByRole('button', { name: 'A tall glass vase: reserved' }).waitFor({ timeout: 5000 });
      return Date.now() - reservedAt;
    }),
  );
  report(`reserved elsewhere → shown on the open pages after ${shown.join(' ms and ')} ms (no reload)`);
  expect(
    shown.every((ms) => ms < 5000),
    'both pages show the reservation within 5 s',
  );
  await pages[0].getByRole('button', { name: 'A tall glass vase: reserved' }).scrollIntoViewIfNeeded();
  await screenshot(pages[0], 'live-update-reserved-390');
  await screenshot(pages[1], 'live-update-reserved-1280-dark');
  await Promise.all(contexts.map((context) => context.close()));
};
