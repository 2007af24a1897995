import { i18n } from '@lingui/core';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ItemImport, Registry, StarterIdeas } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, anItem, aUser, somePlans } from '@/testing/data';
import { loadCatalogue } from '@/lib/i18n';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 17: adding and editing gifts in the account's language (German here), with no sentence of the English catalogue left. */
let api: FakeApi;
let registry: Registry;
const toaster = anItem({ name: 'Toaster', url: 'https://shop.example/toaster', priceMin: 4000, priceMax: 6000 });
beforeEach(() => {
  loadLanguageForTest('de');
  api = fakeApi();
  api.install();
  registry = aRegistry({ language: 'de' });
  api.on('GET', '/api/me', () => json(aUser({ language: 'de' })));
  api.on('GET', '/api/plans', () => json(somePlans()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () => json([toaster]));
  api.on('GET', '/api/registries/{registryId}/link-health', () =>
    json([{ itemId: toaster.id, status: 'dead', reason: 'http-404', checkedAt: '2026-12-01T08:00:00Z' }]),
  );
  api.on('GET', '/api/starter-ideas', () => json(STARTER));
});

const STARTER: StarterIdeas = {
  currency: 'EUR',
  lists: [
    {
      id: 'kitchen',
      title: 'Küche',
      description: 'Dinge für jeden Tag.',
      ideas: [{ id: 'kitchen.pans', name: 'Bratpfannen', description: 'Zwei Pfannen.', kind: 'gift', priceMin: 5000, priceMax: 12000, targetAmount: null }],
    },
  ],
};

const PREVIEW: ItemImport = {
  rows: [
    {
      row: 2,
      name: 'Kessel',
      description: '',
      url: null,
      priceMin: 4990,
      priceMax: 6000,
      quantity: 1,
      kind: 'gift',
      targetAmount: null,
      category: null,
      priority: 'medium',
      valid: true,
    },
    {
      row: 3,
      name: 'Lampe',
      description: '',
      url: null,
      priceMin: null,
      priceMax: null,
      quantity: 1,
      kind: 'gift',
      targetAmount: null,
      category: null,
      priority: 'medium',
      valid: false,
    },
  ],
  errors: [{ row: 3, column: 'price min', code: 'not-a-number', message: '„price min“ muss ein Betrag sein, etwa 49.90 oder 49,90 (angegeben: „billig“).' }],
  created: 0,
};

/** The English catalogue's sentences as they would show (the plain ones, without placeholders). */
const gifts = import.meta.glob<Record<string, string>>('../../../../../../libs/i18n/catalogues/en/gifts.json', { import: 'default', eager: true });
const englishSentences = Object.values(Object.values(gifts)[0]).filter((m) => !m.includes('{') && !m.includes('<') && m.length > 8);

describe('the gifts screen in German', () => {
  it('shows the editor, the add form, link checks, starter ideas and spreadsheets in German', async () => {
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Geschenk hinzufügen' })).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Toaster bearbeiten' })).toBeDefined();
    expect(await screen.findByText(/^Shop-Link defekt \(geprüft am 1\. Dez/)).toBeDefined();
    expect(screen.getByLabelText('Preis ab (EUR)')).toBeDefined();
    expect(screen.getByLabelText('Shop-Link einfügen')).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Tabellen' })).toBeDefined();
    expect(screen.getByRole('option', { name: 'Gemeinschaftsgeschenk' })).toBeDefined();

    await user.selectOptions(screen.getByLabelText('Art'), 'fund');
    expect(screen.getByLabelText('Ziel (EUR, optional)')).toBeDefined();
    expect(screen.getByText('Geld für etwas (die Flitterwochen, ein Sofa), mit oder ohne Ziel.')).toBeDefined();

    await user.click(screen.getByText('Geschenkideen'));
    expect(await screen.findByLabelText(/Bratpfannen/)).toBeDefined();
    // The ideas are asked for in the dashboard's language.
    expect(api.sent('GET', '/api/starter-ideas')[0].headers.get('accept-language')).toBe('de');

    const text = document.body.textContent ?? '';
    expect(englishSentences.filter((sentence) => text.includes(sentence))).toEqual([]);
  });

  it('previews an import in German and asks the API for its row messages in German', async () => {
    api.on('POST', '/api/registries/{registryId}/items/import', () => json(PREVIEW));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByRole('button', { name: 'Aus einer Tabelle importieren' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Aus einer Tabelle importieren' }));
    await user.upload(dialog.getByLabelText('Tabellendatei'), new File(['name\r\nKessel\r\nLampe\r\n'], 'geschenke.csv', { type: 'text/csv' }));

    expect(await dialog.findByText('1 von 2 Zeilen enthält Fehler. Korrigieren Sie sie in Ihrer Tabelle und wählen Sie die Datei erneut.')).toBeDefined();
    const table = dialog.getByRole('table', { name: 'Die Geschenke in Ihrer Datei' });
    expect(within(table).getByText(/^Geschenk · 49,90\s?–\s?60,00\s€ · 1 gewünscht$/)).toBeDefined();
    expect(within(table).getByRole('list', { name: 'Fehler in Zeile 3' }).textContent).toContain('„price min“ muss ein Betrag sein');
    expect((dialog.getByRole('button', { name: 'Geschenke hinzufügen' }) as HTMLButtonElement).disabled).toBe(true);
    expect(api.sent('POST', `/api/registries/${registry.id}/items/import`)[0].headers.get('accept-language')).toBe('de');

    const text = document.body.textContent ?? '';
    expect(englishSentences.filter((sentence) => text.includes(sentence))).toEqual([]);
  });
});

describe('the gifts screen in Arabic', () => {
  it('reads right to left with Arabic plural forms', async () => {
    loadLanguageForTest('ar');
    api.on('GET', '/api/me', () => json(aUser({ language: 'ar' })));
    api.on('POST', '/api/registries/{registryId}/items/import', () => json({ ...PREVIEW, rows: PREVIEW.rows.map((r) => ({ ...r, valid: true })), errors: [] }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'إضافة هدية' })).toBeDefined();
    expect(document.documentElement).toMatchObject({ lang: 'ar', dir: 'rtl' });
    await user.click(await screen.findByRole('button', { name: 'الاستيراد من جدول' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'الاستيراد من جدول' }));
    await user.upload(dialog.getByLabelText('ملف الجدول'), new File(['name\r\nA\r\nB\r\n'], 'gifts.csv', { type: 'text/csv' }));
    expect(await dialog.findByText('هديتان جاهزتان للإضافة.')).toBeDefined();
    expect(dialog.getByRole('button', { name: 'إضافة هديتين' })).toBeDefined();
  });
});

describe('the gifts catalogue', () => {
  it('is downloaded like the others, as its own file per language', async () => {
    await loadCatalogue('nl', 'gifts');
    i18n.activate('nl');
    expect(i18n._('gifts:add.title')).toBe('Een cadeau toevoegen');
    i18n.activate('en');
  });
});
