import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuestPage, GuestPagePledge, GuestPageReservation, ReservationCreated } from '@whispergifts/api-client';
import { i18n } from '@lingui/core';
import { aGiftList, aGiftListItem } from '@/testing/data';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const TOKEN = 'wgg_test-token';
const PAGE = '/api/public/guests/{token}';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const aReservation = (overrides: Partial<GuestPageReservation> = {}): GuestPageReservation => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  item: aGiftListItem({ name: 'Toaster', quantity: 4, reserved: 2, remaining: 2 }),
  quantity: 2,
  maxQuantity: 4,
  status: 'active',
  heldUntil: null,
  boughtAt: null,
  receivedAt: null,
  message: '',
  createdAt: '2026-11-21T10:00:00.000Z',
  ...overrides,
});
const aPledge = (overrides: Partial<GuestPagePledge> = {}): GuestPagePledge => ({
  id: 'c0ffee00-0000-4000-8000-000000000002',
  item: aGiftListItem({ name: 'Honeymoon', kind: 'group-gift', targetAmount: 20_000, quantity: null, remaining: null }),
  amount: 5000,
  minAmount: 500,
  maxAmount: 20_000,
  currency: 'EUR',
  status: 'pledged',
  reference: 'WG-7K3F',
  boughtAt: null,
  receivedAt: null,
  message: '',
  createdAt: '2026-11-21T10:05:00.000Z',
  ...overrides,
});
const aGuestPage = (overrides: Partial<GuestPage> = {}): GuestPage => ({
  registry: {
    slug: 'ana-and-ben',
    title: 'Ana & Ben are getting married',
    coupleNames: 'Ana & Ben',
    eventDate: '2027-06-12',
    currency: 'EUR',
    theme: 'classic',
  },
  guest: { name: 'May Parker', email: 'may@example.com', address: null },
  reservations: [aReservation()],
  pledges: [aPledge()],
  linkExpiresAt: '2027-06-01T00:00:00.000Z',
  ...overrides,
});
const gift = (name: string) => screen.getByRole('listitem', { name });

describe('the guest page /my-gifts/:token', () => {
  it('speaks the guest’s language: headings, stages, buttons and money in German, no English left', async () => {
    loadLanguageForTest('de');
    i18n.activate('de');
    api.on('GET', PAGE, () => json(aGuestPage()));
    const { user } = renderApp(`/my-gifts/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Geschenke für Ana & Ben' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Von Ihnen reservierte Geschenke' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Ihre zugesagten Beiträge' })).toBeDefined();
    const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(50);
    const pledge = within(gift(`${euros} für Honeymoon`));
    expect(pledge.getByText('Zugesagt. Geben Sie bei Ihrer Zahlung den Verwendungszweck WG-7K3F an.')).toBeDefined();
    const toaster = within(gift('2 × Toaster'));
    expect(toaster.getByText('Für Sie reserviert: Niemand sonst kann es nehmen.')).toBeDefined();
    await user.click(toaster.getByRole('button', { name: 'Freigeben' }));
    expect(toaster.getByText('2 × Toaster freigeben? Es ist dann wieder für andere Gäste frei.')).toBeDefined();
    expect(toaster.getByRole('button', { name: 'Behalten' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Ihre Anschrift für eine Dankeskarte' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Meine Daten löschen' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Zurück zur Wunschliste' })).toBeDefined();
    const text = document.body.textContent ?? '';
    for (const english of [
      'My gifts',
      'Gifts you reserved',
      'Reserved for you',
      'Release',
      'Keep it',
      'Forget me',
      'Save address',
      'Back to the gift list',
      'towards',
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it("shows the guest's reservations and pledges, and marks a gift bought with the API's answer", async () => {
    api.on('GET', PAGE, () => json(aGuestPage()));
    api.on('PATCH', '/api/public/guests/{token}/reservations/{reservationId}', () =>
      json(aGuestPage({ reservations: [aReservation({ boughtAt: '2026-12-03T10:00:00.000Z' })] })),
    );
    const { user } = renderApp(`/my-gifts/${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'My gifts for Ana & Ben' })).toBeDefined();
    expect(screen.getByText(/may@example.com/)).toBeDefined();
    expect(within(gift('2 × Toaster')).getByText('Reserved for you: nobody else can take it.')).toBeDefined();
    expect(within(gift('€50.00 towards Honeymoon')).getByText(/WG-7K3F/)).toBeDefined();
    await waitFor(() => expect(document.title).toBe('My gifts for Ana & Ben · WhisperGifts'));

    await user.click(within(gift('2 × Toaster')).getByRole('button', { name: 'I bought it' }));
    expect(await within(gift('2 × Toaster')).findByText('Bought')).toBeDefined();
    const [sent] = api.sent('PATCH', `/api/public/guests/${TOKEN}/reservations/${aReservation().id}`);
    expect(sent.body).toEqual({ bought: true });
    expect(within(gift('2 × Toaster')).getByRole('button', { name: 'Not bought yet' })).toBeDefined();
  });

  it('changes the quantity within maxQuantity and shows the refusal when someone was faster', async () => {
    api.on('GET', PAGE, () => json(aGuestPage({ pledges: [] })));
    api.on('PATCH', '/api/public/guests/{token}/reservations/{reservationId}', () =>
      problem(409, 'not-enough-remaining', 'Someone was faster: that many are no longer free.', { maxQuantity: 3 }),
    );
    const { user } = renderApp(`/my-gifts/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Change quantity' }));
    const quantity = within(gift('2 × Toaster')).getByLabelText('How many');
    expect(quantity.getAttribute('max')).toBe('4');
    await user.clear(quantity);
    await user.type(quantity, '4');
    await user.click(within(gift('2 × Toaster')).getByRole('button', { name: 'Save' }));
    expect(await within(gift('2 × Toaster')).findByText('Someone was faster: that many are no longer free.')).toBeDefined();
    expect(api.sent('PATCH', `/api/public/guests/${TOKEN}/reservations/${aReservation().id}`)[0].body).toEqual({ quantity: 4 });
  });

  it('releases a reservation after asking once more, and changes a pledge amount', async () => {
    api.on('GET', PAGE, () => json(aGuestPage()));
    api.on('DELETE', '/api/public/guests/{token}/reservations/{reservationId}', () => json(aGuestPage({ reservations: [] })));
    api.on('PATCH', '/api/public/guests/{token}/pledges/{pledgeId}', () => json(aGuestPage({ reservations: [], pledges: [aPledge({ amount: 7500 })] })));
    const { user } = renderApp(`/my-gifts/${TOKEN}`);

    await user.click(await within(await screen.findByRole('listitem', { name: '2 × Toaster' })).findByRole('button', { name: 'Release it' }));
    expect(api.sent('DELETE', `/api/public/guests/${TOKEN}/reservations/${aReservation().id}`)).toHaveLength(0);
    await user.click(within(gift('2 × Toaster')).getByRole('button', { name: 'Yes, release it' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: '2 × Toaster' })).toBeNull());

    await user.click(within(gift('€50.00 towards Honeymoon')).getByRole('button', { name: 'Change amount' }));
    const amount = within(gift('€50.00 towards Honeymoon')).getByLabelText('Amount');
    await user.clear(amount);
    await user.type(amount, '75');
    await user.click(within(gift('€50.00 towards Honeymoon')).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('listitem', { name: '€75.00 towards Honeymoon' })).toBeDefined();
    expect(api.sent('PATCH', `/api/public/guests/${TOKEN}/pledges/${aPledge().id}`)[0].body).toEqual({ amount: 7500 });
  });

  it('leaves and removes the address for the thank-you card', async () => {
    api.on('GET', PAGE, () => json(aGuestPage()));
    api.on('PUT', '/api/public/guests/{token}/address', ({ body }) =>
      json(aGuestPage({ guest: { name: 'May Parker', email: 'may@example.com', address: (body as { address: string | null }).address } })),
    );
    const { user } = renderApp(`/my-gifts/${TOKEN}`);
    await user.type(await screen.findByLabelText('Postal address (optional)'), '20 Ingram St, Forest Hills');
    await user.click(screen.getByRole('button', { name: 'Save address' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Remove it' }));
    expect(await screen.findByText('Removed.')).toBeDefined();
    expect(api.sent('PUT', `/api/public/guests/${TOKEN}/address`).map((r) => r.body)).toEqual([{ address: '20 Ingram St, Forest Hills' }, { address: null }]);
    expect((screen.getByLabelText('Postal address (optional)') as HTMLTextAreaElement).value).toBe('');
  });

  it('forgets the guest on the server and in this browser', async () => {
    window.localStorage.setItem('whispergifts:guest', JSON.stringify({ name: 'May Parker', email: 'may@example.com' }));
    api.on('GET', PAGE, () => json(aGuestPage()));
    api.on('DELETE', PAGE, () => noContent());
    const { user } = renderApp(`/my-gifts/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Forget me' }));
    await user.click(screen.getByRole('button', { name: 'Yes, forget me' }));
    expect(await screen.findByRole('heading', { name: 'We have forgotten you' })).toBeDefined();
    expect(api.sent('DELETE', `/api/public/guests/${TOKEN}`)).toHaveLength(1);
    expect(window.localStorage.getItem('whispergifts:guest')).toBeNull();
    expect(api.sent('GET', `/api/public/guests/${TOKEN}`)).toHaveLength(1);
  });

  it('says when the link no longer works, and how to get a new one', async () => {
    api.on('GET', PAGE, () => problem(404, 'not-found', 'This page was not found.'));
    renderApp(`/my-gifts/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeDefined();
    expect(screen.getByText(/Find my gifts/)).toBeDefined();
  });
});

describe('on the gift list', () => {
  const LIST = '/api/public/registries/{slug}';
  const created = (itemId: string): ReservationCreated => ({
    reservation: { id: 'r1', itemId, quantity: 1, guestName: 'Aunt May', status: 'active', heldUntil: null, createdAt: '2026-11-21T10:00:00.000Z' },
    undoToken: 'wgu_token',
    undoUrl: 'http://localhost/reservations/undo/wgu_token',
    item: aGiftListItem({ id: itemId, name: 'Toaster', reserved: 1, remaining: 0 }),
  });

  it('sends the optional address, remembers the name and e-mail for the next gift, and "Not you?" forgets them', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    const vase = aGiftListItem({ name: 'Vase' });
    api.on('GET', LIST, () => json(aGiftList([toaster, vase])));
    api.on('POST', '/api/public/registries/{slug}/reservations', () => json(created(toaster.id), { status: 201 }));
    const { user } = renderApp('/r/ana-and-ben');

    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    let dialog = await screen.findByRole('dialog', { name: 'Reserve Toaster' });
    expect(within(dialog).getByText(/this browser remembers your name and e-mail/)).toBeDefined();
    expect(within(dialog).getByText(/Only the couple sees it/)).toBeDefined();
    await user.type(within(dialog).getByLabelText('Your name'), 'Aunt May');
    await user.type(within(dialog).getByLabelText('Your e-mail'), 'may@example.com');
    await user.type(within(dialog).getByLabelText('Your postal address, for a thank-you card (optional)'), '  20 Ingram St ');
    await user.click(within(dialog).getByRole('button', { name: 'Reserve this gift' }));
    await screen.findByRole('dialog', { name: 'Reserved!' });
    expect(api.sent('POST', '/api/public/registries/ana-and-ben/reservations')[0].body).toMatchObject({ name: 'Aunt May', address: '20 Ingram St' });
    await user.click(screen.getByRole('button', { name: 'Close' }));

    await user.click(screen.getByRole('button', { name: 'Reserve Vase' }));
    dialog = await screen.findByRole('dialog', { name: 'Reserve Vase' });
    expect(within(dialog).getByText(/Welcome back, Aunt May/)).toBeDefined();
    expect((within(dialog).getByLabelText('Your name') as HTMLInputElement).value).toBe('Aunt May');
    expect((within(dialog).getByLabelText('Your e-mail') as HTMLInputElement).value).toBe('may@example.com');
    expect((within(dialog).getByLabelText('Your postal address, for a thank-you card (optional)') as HTMLTextAreaElement).value).toBe('');
    await user.click(within(dialog).getByRole('button', { name: 'Not you?' }));
    expect((within(dialog).getByLabelText('Your name') as HTMLInputElement).value).toBe('');
    expect((within(dialog).getByLabelText('Your e-mail') as HTMLInputElement).value).toBe('');
    expect(window.localStorage.getItem('whispergifts:guest')).toBeNull();
  });

  it('"Find my gifts" posts the address and shows the answer, whatever it is', async () => {
    api.on('GET', LIST, () => json(aGiftList()));
    api.on('POST', '/api/public/registries/{slug}/guest-link', () =>
      json({ detail: 'If this address has reserved a gift, we have e-mailed it a link.' }, { status: 202 }),
    );
    const { user } = renderApp('/r/ana-and-ben');
    await user.click(await screen.findByRole('button', { name: 'Find my gifts' }));
    await user.type(screen.getByLabelText('Your e-mail'), 'may@example.com');
    await user.click(screen.getByRole('button', { name: 'E-mail me my link' }));
    expect(await screen.findByText('If this address has reserved a gift, we have e-mailed it a link.')).toBeDefined();
    expect(api.sent('POST', '/api/public/registries/ana-and-ben/guest-link')[0].body).toEqual({ email: 'may@example.com' });
  });
});
