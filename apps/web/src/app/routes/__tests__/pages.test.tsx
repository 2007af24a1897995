import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '@/lib/i18n';
import { loadLanguageForTest } from '@/testing/catalogues';
import { aGiftListItem } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('undo page /reservations/undo/:token', () => {
  const preview = (status: string) => ({
    itemName: 'Dinner plates',
    quantity: 2,
    status,
    registry: { slug: 'ana-and-ben', title: 'Ana & Ben are getting married', coupleNames: 'Ana & Ben' },
  });

  it('names the gift before the click, asks before undoing (mail scanners open links), then undoes and leads back to the list', async () => {
    api.on('GET', '/api/public/reservations/{token}', () => json(preview('active')));
    api.on('DELETE', '/api/public/reservations/{token}', () => json({ item: aGiftListItem({ name: 'Dinner plates' }), alreadyUndone: false }));
    const { user } = renderApp('/reservations/undo/wgu_abc');
    expect((await screen.findByText(/You reserved/)).textContent).toBe('You reserved 2 × Dinner plates from Ana & Ben’s gift list.');
    expect(screen.getByRole('link', { name: 'Back to Ana & Ben’s gift list' }).getAttribute('href')).toBe('/r/ana-and-ben');
    expect(api.sent('DELETE', '/api/public/reservations/wgu_abc')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Undo my reservation' }));
    expect(await screen.findByText(/someone else can reserve Dinner plates now/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Back to Ana & Ben’s gift list' })).toBeDefined();
    expect(api.sent('DELETE', '/api/public/reservations/wgu_abc')).toHaveLength(1);
  });

  it('says "undone already" when the link is opened again, with no button to press', async () => {
    api.on('GET', '/api/public/reservations/{token}', () => json(preview('cancelled')));
    renderApp('/reservations/undo/wgu_abc');
    expect(await screen.findByText(/This was undone already/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Undo my reservation' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to Ana & Ben’s gift list' })).toBeDefined();
  });

  it('explains an unknown link', async () => {
    api.on('GET', '/api/public/reservations/{token}', () => problem(404, 'not-found', 'This reservation was not found.'));
    renderApp('/reservations/undo/wgu_nope');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This reservation was not found\. Check that the whole link/);
    expect(screen.queryByRole('button', { name: 'Undo my reservation' })).toBeNull();
  });
});

describe('other pages', () => {
  it('loads the first page without React Router’s "No HydrateFallback element" warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' })).toBeDefined();
    expect(warn.mock.calls.filter((args) => String(args[0]).includes('HydrateFallback'))).toEqual([]);
  });

  it('has a 404 page for unknown addresses', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'We could not find that page' })).toBeDefined();
    // The title is set in an effect, which may run after the heading is in the page.
    await waitFor(() => expect(document.title).toBe('Page not found · WhisperGifts'));
  });

  it('has a landing page that says what it is, how it works, and the plans with prices in their currency from the API', async () => {
    api.on('GET', '/api/plans', () =>
      json({
        defaultPlan: 'free',
        plans: [
          { id: 'free', name: 'Free', price: 0, currency: 'EUR', limits: { items: 40, themes: 2, customDomain: false, guestCards: false } },
          { id: 'standard', name: 'Standard', price: 4900, currency: 'EUR', limits: { items: 150, themes: null, customDomain: true, guestCards: false } },
          { id: 'premium', name: 'Premium', price: 890000, currency: 'JPY', limits: { items: null, themes: null, customDomain: true, guestCards: true } },
        ],
      }),
    );
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' })).toBeDefined();
    for (const name of ['How it works', 'Funds and group gifts', 'Plans and prices', 'For the guests'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Create your gift list' }).getAttribute('href')).toBe('/signup');
    expect(screen.getByRole('link', { name: 'See an example list' }).getAttribute('href')).toBe('/r/example-ana-and-ben');
    const picture = screen.getByRole('img', { name: /gift list on a phone/ });
    expect([picture.getAttribute('width'), picture.getAttribute('height')]).toEqual(['600', '1298']);
    expect(picture.getAttribute('srcset')).toContain('600w');

    const card = async (name: string) => (await screen.findByRole('heading', { level: 3, name })).closest('li')!;
    expect((await card('Standard')).textContent).toContain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(49));
    // Minor units follow the currency: yen have none.
    expect((await card('Premium')).textContent).toContain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'JPY' }).format(890000));
    expect((await card('Free')).textContent).toContain('Every new list starts here.');
    expect((await card('Premium')).textContent).toContain('As many gifts as you like');
    expect(api.sent('GET', '/api/plans')).toHaveLength(1);
  });

  it('says so when the prices do not load, and still offers the way in', async () => {
    api.on('GET', '/api/plans', () => problem(503, 'service-unavailable', 'Down.'));
    renderApp('/');
    expect(await screen.findByText(/Prices did not load just now/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Create your gift list' })).toBeDefined();
  });

  it('has terms and contact pages, linked from every footer with the API docs', async () => {
    api.on('GET', '/api/plans', () => json({ defaultPlan: 'free', plans: [] }));
    renderApp('/');
    const footer = await screen.findByRole('navigation', { name: 'About WhisperGifts' });
    expect(footer.querySelector('a[href="/api/docs"]')?.textContent).toBe('API for developers');
    renderApp('/terms');
    expect(await screen.findByRole('heading', { level: 1, name: 'Terms of use' })).toBeDefined();
    renderApp('/contact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contact' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'hello@whispergifts.com' }).getAttribute('href')).toBe('mailto:hello@whispergifts.com');
  });
});

describe('the landing, contact and 404 pages in German', () => {
  beforeEach(async () => {
    loadLanguageForTest('de');
    await switchLanguage('de');
  });

  it('shows the landing page in German, its links and plans kept', async () => {
    api.on('GET', '/api/plans', () =>
      json({
        defaultPlan: 'free',
        plans: [
          { id: 'free', name: 'Free', price: 0, currency: 'EUR', limits: { items: 40, themes: 2, customDomain: false, guestCards: false } },
          { id: 'premium', name: 'Premium', price: 8900, currency: 'EUR', limits: { items: null, themes: null, customDomain: true, guestCards: true } },
        ],
      }),
    );
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Eine Wunschliste für die Hochzeit, mit Geschenken von überall' })).toBeDefined();
    for (const name of ['So funktioniert es', 'Geldtöpfe und Gemeinschaftsgeschenke', 'Tarife und Preise', 'Für die Gäste'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Die Wunschliste des Brautpaars finden' }).getAttribute('href')).toBe('/find');
    expect(screen.getByRole('link', { name: 'Probieren Sie es an der Beispielliste aus' }).getAttribute('href')).toBe('/r/example-ana-and-ben');
    const free = (await screen.findByRole('heading', { level: 3, name: 'Free' })).closest('li')!;
    expect(free.textContent).toContain('Bis zu 40 Geschenke');
    expect(free.textContent).toContain('Hier beginnt jede neue Liste.');
    expect(screen.getByRole('heading', { level: 3, name: 'Premium' }).closest('li')!.textContent).toMatch(
      /89,00\s€ einmalig pro Liste.*So viele Geschenke, wie Sie möchten/,
    );
    expect(document.querySelector('.landing')!.textContent).not.toMatch(
      /How it works|Invited to a wedding|Log in|Try it on the example list|Share one link|Up to|once per list|Every new list|themes/,
    );
  });

  it('has a German 404 page and contact page', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Diese Seite konnten wir nicht finden' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toBeDefined();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden · WhisperGifts'));

    renderApp('/contact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kontakt' })).toBeDefined();
    const support = screen.getByRole('link', { name: 'hello@whispergifts.com' });
    expect(support.getAttribute('href')).toBe('mailto:hello@whispergifts.com');
    expect(support.closest('p')!.textContent).toMatch(/^Schreiben Sie an hello@whispergifts.com von der Adresse Ihres Kontos/);
    expect(screen.getByRole('link', { name: 'Ihrem Konto' })).toBeDefined();
    expect(document.querySelector('main')!.textContent).not.toMatch(/About a couple|Security|Developers|your account/);
  });

  it('has German terms and privacy pages, their links kept', async () => {
    renderApp('/terms');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nutzungsbedingungen' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'die Datenschutzseite' }).getAttribute('href')).toBe('/privacy');
    expect(document.querySelector('main')!.textContent).not.toMatch(/What WhisperGifts does|Fair use|Our side|If you make a list/);

    renderApp('/privacy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Was wir speichern, und wie lange' })).toBeDefined();
    expect(screen.getByText('E-Mail-Adresse', { selector: 'strong' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Ihrem Konto' }).getAttribute('href')).toBe('/dashboard/account');
    await waitFor(() => expect(document.title).toBe('Datenschutz: was wir speichern, und wie lange · WhisperGifts'));
    expect(document.querySelector('main')!.textContent).not.toMatch(/If you are a guest|For everyone|For how long/);
  });
});
