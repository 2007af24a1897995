import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemImport, Registry, StarterIdeas } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, anItem, aUser, somePlans } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
let registry: Registry;
beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/plans', () => json(somePlans()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () => json([anItem({ name: 'Toaster' })]));
  api.on('GET', '/api/registries/{registryId}/link-health', () => json([]));
  api.on('GET', '/api/starter-ideas', () => json(STARTER));
});

const row = (overrides: Partial<ItemImport['rows'][number]>): ItemImport['rows'][number] => ({
  row: 2,
  name: 'Kettle',
  description: '',
  url: null,
  priceMin: 4990,
  priceMax: null,
  quantity: 1,
  kind: 'gift',
  targetAmount: null,
  category: 'Kitchen',
  priority: 'medium',
  valid: true,
  ...overrides,
});

const PREVIEW_WITH_ERRORS: ItemImport = {
  rows: [
    row({}),
    row({ row: 3, name: 'Lamp', priceMin: null, valid: false }),
    row({ row: 4, name: 'Honeymoon', kind: 'fund', quantity: null, priceMin: null, targetAmount: 200000 }),
  ],
  errors: [{ row: 3, column: 'price min', code: 'not-a-number', message: 'price min must be an amount such as 49.90 or 49,90 (got "cheap").' }],
  created: 0,
};

const STARTER: StarterIdeas = {
  currency: 'EUR',
  lists: [
    {
      id: 'kitchen',
      title: 'Kitchen',
      description: 'Things you will use every day.',
      ideas: [
        { id: 'kitchen.toaster', name: 'Toaster', description: 'Two wide slots.', kind: 'gift', priceMin: 4000, priceMax: 12000, targetAmount: null },
        { id: 'kitchen.pans', name: 'Frying pans', description: 'Two pans.', kind: 'gift', priceMin: 5000, priceMax: 12000, targetAmount: null },
      ],
    },
    {
      id: 'honeymoon',
      title: 'Honeymoon',
      description: 'Be part of the trip.',
      ideas: [
        { id: 'honeymoon.fund', name: 'Honeymoon fund', description: 'Help us get there.', kind: 'fund', priceMin: null, priceMax: null, targetAmount: 300000 },
      ],
    },
  ],
};

const csvFile = (text: string) => new File([text], 'gifts.csv', { type: 'text/csv' });

async function openImport() {
  const view = renderApp(`/dashboard/registries/${registry.id}`);
  await view.user.click(await screen.findByRole('button', { name: 'Import from a spreadsheet' }));
  return { ...view, dialog: within(await screen.findByRole('dialog', { name: 'Import from a spreadsheet' })) };
}

describe('importing gifts from a spreadsheet', () => {
  it('previews the file with each row’s problems and will not add a file that has any', async () => {
    api.on('POST', '/api/registries/{registryId}/items/import', () => json(PREVIEW_WITH_ERRORS));
    const { user, dialog } = await openImport();
    await user.upload(dialog.getByLabelText('Spreadsheet file'), csvFile('name,price min\r\nKettle,49.90\r\nLamp,cheap\r\n'));

    expect(await dialog.findByText('1 of 3 rows has problems. Fix them in your spreadsheet and choose the file again.')).toBeDefined();
    const table = dialog.getByRole('table', { name: 'The gifts in your file' });
    const rows = within(table).getAllByRole('row').slice(1);
    // The gift's name, then its category beneath it.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['KettleKitchen', 'LampKitchen', 'HoneymoonKitchen']);
    expect(within(rows[0]).getByText('Gift · from €49.90 · 1 wanted')).toBeDefined();
    expect(within(rows[2]).getByText('Fund · Target €2,000.00')).toBeDefined();
    const problems = within(rows[1]).getByRole('list', { name: 'Problems in row 3' });
    expect(problems.textContent).toBe('price min must be an amount such as 49.90 or 49,90 (got "cheap").');
    expect(rows[1].className).toBe('import-row-invalid');

    expect((dialog.getByRole('button', { name: 'Add gifts' }) as HTMLButtonElement).disabled).toBe(true);
    const sent = api.sent('POST', `/api/registries/${registry.id}/items/import`);
    expect(sent).toHaveLength(1);
    expect(sent[0].url.searchParams.get('dryRun')).toBe('true');
    expect(String(sent[0].body)).toContain('name="file"');
  });

  it('adds a clean file’s gifts with a second, committing request, then says how many', async () => {
    api.on('POST', '/api/registries/{registryId}/items/import', ({ url }) =>
      json({ rows: [row({}), row({ row: 3, name: 'Lamp' })], errors: [], created: url.searchParams.get('dryRun') === 'false' ? 2 : 0 }),
    );
    const { user, dialog } = await openImport();
    await user.upload(dialog.getByLabelText('Spreadsheet file'), csvFile('name\r\nKettle\r\nLamp\r\n'));
    expect(await dialog.findByText('2 gifts are ready to add.')).toBeDefined();
    await user.click(dialog.getByRole('button', { name: 'Add 2 gifts' }));

    expect(await screen.findByText('Added 2 gifts from your spreadsheet.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    const sent = api.sent('POST', `/api/registries/${registry.id}/items/import`);
    expect(sent.map((r) => r.url.searchParams.get('dryRun'))).toEqual(['true', 'false']);
    // The list is read again, to show the new gifts.
    await waitFor(() => expect(api.sent('GET', `/api/registries/${registry.id}/items`).length).toBeGreaterThan(1));
  });

  it('shows what the API says of a file it cannot read, or of a list at its plan’s limit', async () => {
    api.on('POST', '/api/registries/{registryId}/items/import', () =>
      problem(422, 'spreadsheet-unreadable', 'The first row names columns this import does not know: "prize max".'),
    );
    const { user, dialog } = await openImport();
    await user.upload(dialog.getByLabelText('Spreadsheet file'), csvFile('name,prize max\r\n'));
    expect((await dialog.findByRole('alert')).textContent).toBe('The first row names columns this import does not know: "prize max".');
    expect(dialog.queryByRole('table')).toBeNull();

    api.on('POST', '/api/registries/{registryId}/items/import', () =>
      problem(403, 'plan-limit', 'Free lists hold 40 gifts (archived ones included); this one has 39.'),
    );
    await user.upload(dialog.getByLabelText('Spreadsheet file'), csvFile('name\r\nA\r\nB\r\n'));
    await waitFor(() => expect(dialog.getByRole('alert').textContent).toBe('Free lists hold 40 gifts (archived ones included); this one has 39.'));
  });
});

describe('starter ideas', () => {
  it('is offered open on an empty list: pick ideas across lists, then add them in one request', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    api.on('POST', '/api/registries/{registryId}/items/starter-ideas', ({ body }) =>
      json({ rows: [], errors: [], created: (body as { ideaIds: string[] }).ideaIds.length }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByLabelText(/Frying pans/));
    expect(screen.getByText('€50.00 – €120.00')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Honeymoon' }));
    await user.click(screen.getByLabelText(/Honeymoon fund/));
    await user.click(screen.getByRole('button', { name: 'Add 2 ideas' }));

    expect(await screen.findByText('Added 2 ideas to your gifts. Edit them like any other gift.')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/items/starter-ideas`)[0].body).toEqual({ ideaIds: ['kitchen.pans', 'honeymoon.fund'] });
  });

  it('stays closed on a list with gifts until opened, and says the EUR price hints do not apply to another currency', async () => {
    registry = aRegistry({ currency: 'GBP' });
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await screen.findByRole('heading', { level: 3, name: 'Toaster' });
    expect(api.sent('GET', '/api/starter-ideas')).toHaveLength(0);
    await user.click(screen.getByText('Starter ideas'));
    expect(await screen.findByText(/your list is in GBP, so they arrive without prices/)).toBeDefined();
    expect(screen.queryByText(/€/)).toBeNull();
  });
});
