import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GiftList, ReservationCreated } from '@whispergifts/api-client';
import { aGiftList, aGiftListItem } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const LIST = '/api/public/registries/{slug}';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
const reserved = (list: GiftList, itemId: string, guestName = 'Aunt May'): ReservationCreated => {
  const item = list.items.find((i) => i.id === itemId)!;
  return {
    reservation: {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      itemId,
      quantity: 1,
      guestName,
      status: 'active',
      heldUntil: null,
      createdAt: '2026-11-21T10:00:00.000Z',
    },
    undoToken: 'wgu_token',
    undoUrl: 'http://localhost/reservations/undo/wgu_token',
    item: { ...item, reserved: item.reserved + 1, remaining: item.remaining === null ? null : item.remaining - 1 },
  };
};

describe('guest gift list /r/:slug', () => {
  it('shows the couple, the date and each gift with its price in the registry currency and what is still needed', async () => {
    const list = aGiftList([
      aGiftListItem({ name: 'Toaster', priceMin: 4000, priceMax: 6000, priority: 'high' }),
      aGiftListItem({ name: 'Plates', quantity: 6, reserved: 2, remaining: 4, priceMin: 1250, priceMax: 1250, category: 'Table' }),
      aGiftListItem({ name: 'Honeymoon fund', quantity: null, remaining: null, reserved: 3, priceMin: null, priceMax: null, category: null }),
      aGiftListItem({ name: 'Vase', reserved: 1, remaining: 0 }),
    ]);
    api.on('GET', LIST, () => json(list));
    renderApp('/r/ana-and-ben');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana & Ben are getting married' })).toBeDefined();
    expect(screen.getByText('June 12, 2027')).toBeDefined();
    expect(within(card('Toaster')).getByText('€40.00 – €60.00')).toBeDefined();
    expect(within(card('Toaster')).getByText('Most wanted')).toBeDefined();
    expect(within(card('Plates')).getByText('€12.50')).toBeDefined();
    expect(within(card('Plates')).getByText('Still needed: 4 of 6')).toBeDefined();
    expect(within(card('Honeymoon fund')).getByText('3 reserved so far · as many as you like')).toBeDefined();
    expect(within(card('Vase')).getByRole('button', { name: 'Vase: reserved' })).toHaveProperty('disabled', true);
    // The couple's names in the tab, as in the page's server-sent <title>.
    await waitFor(() => expect(document.title).toBe('Ana & Ben · WhisperGifts'));
  });

  it('shows uploaded photos with WebP and JPEG thumbnails for the screen width', async () => {
    const thumbnails = [160, 480].map((width) => ({
      width,
      height: width * 0.75,
      webp: `http://localhost/media/t-${width}.webp`,
      jpeg: `http://localhost/media/t-${width}.jpg`,
    }));
    api.on('GET', LIST, () =>
      json(aGiftList([aGiftListItem({ name: 'Toaster', image: { url: 'http://localhost/media/t-480.jpg', width: 480, height: 360, thumbnails } })])),
    );
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: 'Toaster' });
    const picture = card('Toaster').querySelector('picture')!;
    expect(picture.querySelector('source')!.getAttribute('srcset')).toBe('http://localhost/media/t-160.webp 160w, http://localhost/media/t-480.webp 480w');
    expect(picture.querySelector('img')!.getAttribute('loading')).toBe('lazy');
  });

  it('formats money in currencies without minor units too', async () => {
    api.on('GET', LIST, () => json(aGiftList([aGiftListItem({ name: 'Tea set', priceMin: 5000, priceMax: null })], { currency: 'JPY' })));
    renderApp('/r/ana-and-ben');
    expect(await screen.findByText('from ¥5,000')).toBeDefined();
  });

  it('filters by category and by what is still needed, and sorts by price', async () => {
    api.on('GET', LIST, () =>
      json(
        aGiftList([
          aGiftListItem({ name: 'Toaster', category: 'Kitchen', priceMin: 4000 }),
          aGiftListItem({ name: 'Kettle', category: 'Kitchen', priceMin: 3000, reserved: 1, remaining: 0 }),
          aGiftListItem({ name: 'Towels', category: 'Bath', priceMin: 2000 }),
        ]),
      ),
    );
    const { user, router } = renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1 });
    const names = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

    await user.selectOptions(screen.getByLabelText('Category'), 'Kitchen');
    expect(names()).toEqual(['Toaster', 'Kettle']);
    await user.click(screen.getByLabelText('Only gifts still needed'));
    expect(names()).toEqual(['Toaster']);
    expect(router.state.location.search).toBe('?category=Kitchen&available=1');

    await user.selectOptions(screen.getByLabelText('Category'), '');
    await user.click(screen.getByLabelText('Only gifts still needed'));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'price-asc');
    // The reserved kettle (€30) sorts after the toaster (€40): gifts nobody can reserve any more come last.
    expect(names()).toEqual(['Towels', 'Toaster', 'Kettle']);
  });

  it('says so when no gift matches, and clears the filters', async () => {
    api.on('GET', LIST, () => json(aGiftList([aGiftListItem({ name: 'Kettle', reserved: 1, remaining: 0 })])));
    const { user } = renderApp('/r/ana-and-ben?available=1');
    expect(await screen.findByRole('heading', { name: 'No gifts match' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Show all gifts' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Kettle' })).toBeDefined();
  });

  it('reserves a gift: shown reserved at once, confirmed with the details sent, and undone from the confirmation', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    const list = aGiftList([toaster]);
    let answer: (response: Response) => void = () => {};
    api.on('GET', LIST, () => json(list));
    api.on('POST', '/api/public/registries/{slug}/reservations', () => new Promise<Response>((resolve) => (answer = resolve)));
    api.on('DELETE', '/api/public/reservations/{token}', () => json({ item: toaster }));
    const { user } = renderApp('/r/ana-and-ben');

    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reserve Toaster' });
    // Keyboard and screen readers start on the first field, not on the dialog's ×.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Your name'));
    await user.type(within(dialog).getByLabelText('Your name'), 'Aunt May');
    await user.type(within(dialog).getByLabelText('Your e-mail'), 'may@example.com');
    await user.type(within(dialog).getByLabelText('A message to the couple (optional)'), 'Enjoy!');
    await user.click(within(dialog).getByRole('button', { name: 'Reserve this gift' }));

    // Optimistic: the card says reserved before the API has answered.
    await waitFor(() => expect(within(card('Toaster')).getByText('Fully reserved · thank you!')).toBeDefined());
    const [sent] = api.sent('POST', '/api/public/registries/ana-and-ben/reservations');
    expect(sent.body).toEqual({ itemId: toaster.id, quantity: 1, name: 'Aunt May', email: 'may@example.com', message: 'Enjoy!' });
    expect(sent.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);

    answer(json(reserved(list, toaster.id), { status: 201 }));
    const confirmation = await screen.findByRole('dialog', { name: 'Reserved!' });
    const thanks = within(confirmation).getByText('Thank you, Aunt May! You have reserved Toaster.');
    // The form (and the button pressed) is gone: focus goes to the news, never back to <body>.
    expect(document.activeElement).toBe(thanks);
    expect(within(confirmation).getByText('may@example.com')).toBeDefined();

    await user.click(within(confirmation).getByRole('button', { name: 'Undo reservation' }));
    const undone = await within(confirmation).findByText(/Your reservation is undone/);
    expect(document.activeElement).toBe(undone);
    expect(api.sent('DELETE', '/api/public/reservations/wgu_token')).toHaveLength(1);
    expect(within(card('Toaster')).getByText('Still needed')).toBeDefined();
  });

  it('rolls back on 409 and kindly says someone was faster, showing the state from the 409', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    api.on('GET', LIST, () => json(aGiftList([toaster])));
    api.on('POST', '/api/public/registries/{slug}/reservations', () =>
      problem(409, 'not-enough-remaining', 'Someone was faster: this gift has just been reserved.', {
        remaining: 0,
        item: { ...toaster, reserved: 1, remaining: 0 },
      }),
    );
    const { user } = renderApp('/r/ana-and-ben');

    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Your name'), 'Bob');
    await user.type(within(dialog).getByLabelText('Your e-mail'), 'bob@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Reserve this gift' }));

    expect(await within(dialog).findByText(/Someone was a little faster and has just reserved this gift/)).toBeDefined();
    expect(within(card('Toaster')).getByRole('button', { name: 'Toaster: reserved' })).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('button', { name: 'Choose another gift' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('after a partial 409 offers what is left and lets the guest try again', async () => {
    const plates = aGiftListItem({ name: 'Plates', quantity: 6, reserved: 3, remaining: 3 });
    api.on('GET', LIST, () => json(aGiftList([plates])));
    api.on('POST', '/api/public/registries/{slug}/reservations', () =>
      problem(409, 'not-enough-remaining', 'Only 1 of this gift is still wanted; you asked for 3.', {
        remaining: 1,
        item: { ...plates, reserved: 5, remaining: 1 },
      }),
    );
    const { user } = renderApp('/r/ana-and-ben');

    await user.click(await screen.findByRole('button', { name: 'Reserve Plates' }));
    const dialog = screen.getByRole('dialog');
    await user.clear(within(dialog).getByLabelText('How many'));
    await user.type(within(dialog).getByLabelText('How many'), '3');
    await user.type(within(dialog).getByLabelText('Your name'), 'Bob');
    await user.type(within(dialog).getByLabelText('Your e-mail'), 'bob@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Reserve this gift' }));

    expect(await within(dialog).findByText(/only 1 is still needed now/)).toBeDefined();
    expect(within(card('Plates')).getByText('Still needed: 1 of 6')).toBeDefined();
    expect(within(dialog).getByRole('button', { name: 'Reserve this gift' })).toBeDefined();
  });

  it('retries with the same Idempotency-Key when the answer was lost, so a reservation cannot happen twice', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    const list = aGiftList([toaster]);
    let calls = 0;
    api.on('GET', LIST, () => json(list));
    api.on('POST', '/api/public/registries/{slug}/reservations', () => {
      if (++calls === 1) throw new TypeError('Failed to fetch');
      return json(reserved(list, toaster.id, 'Bob'), { status: 201 });
    });
    const { user } = renderApp('/r/ana-and-ben');
    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    await user.type(screen.getByLabelText('Your name'), 'Bob');
    await user.type(screen.getByLabelText('Your e-mail'), 'bob@example.com');
    await user.click(screen.getByRole('button', { name: 'Reserve this gift' }));
    expect(await screen.findByText(/could not reach WhisperGifts/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Reserve this gift' }));
    expect(await screen.findByRole('dialog', { name: 'Reserved!' })).toBeDefined();

    const keys = api.sent('POST', '/api/public/registries/ana-and-ben/reservations').map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('shows field errors from problem+json pointers in the reserve dialog', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    api.on('GET', LIST, () => json(aGiftList([toaster])));
    api.on('POST', '/api/public/registries/{slug}/reservations', () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [
          { pointer: '#/name', code: 'too-long', limit: 100, detail: 'name must be shorter than or equal to 100 characters' },
          { pointer: '#/email', code: 'invalid-email', detail: 'email must be an e-mail address' },
        ],
      }),
    );
    const { user } = renderApp('/r/ana-and-ben');
    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    await user.type(screen.getByLabelText('Your name'), 'Bob');
    await user.type(screen.getByLabelText('Your e-mail'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Reserve this gift' }));

    const email = screen.getByLabelText('Your e-mail');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const message = 'Your e-mail does not look like an e-mail address. Check it for typos (it should look like name@example.com).';
    expect(screen.getByText(message).id).toBe(email.getAttribute('aria-describedby')!.split(' ').at(-1));
    expect(screen.getByText('Your name can be at most 100 characters. Please shorten it.')).toBeDefined();
    // The failed attempt is rolled back.
    expect(within(card('Toaster')).getByText('Still needed')).toBeDefined();
  });

  it('asks for the password of a protected list, says when it is wrong, and opens the list when right', async () => {
    let unlocked = false;
    api.on('GET', LIST, () => (unlocked ? json(aGiftList()) : problem(401, 'registry-locked', 'This gift list is password protected.')));
    api.on('POST', '/api/public/registries/{slug}/unlock', ({ body }) => {
      if ((body as { password: string }).password !== 'crumpets') return problem(401, 'registry-locked', 'That is not the password of this gift list.');
      unlocked = true;
      return noContent();
    });
    const { user } = renderApp('/r/ana-and-ben');

    expect(await screen.findByRole('heading', { name: 'This gift list is private' })).toBeDefined();
    await user.type(screen.getByLabelText('Password'), 'toast');
    await user.click(screen.getByRole('button', { name: 'Open the gift list' }));
    expect(await screen.findByText('That is not the password of this gift list.')).toBeDefined();

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'crumpets');
    await user.click(screen.getByRole('button', { name: 'Open the gift list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana & Ben are getting married' })).toBeDefined();
  });

  it('shows a retry when the list fails to load, and the list after retrying', async () => {
    let calls = 0;
    api.on('GET', LIST, () => (++calls === 1 ? problem(503, 'service-unavailable', 'Try again shortly.') : json(aGiftList())));
    const { user } = renderApp('/r/ana-and-ben');
    expect(await screen.findByRole('heading', { name: 'The gift list did not load' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana & Ben are getting married' })).toBeDefined();
  });

  it('says when there is no such list', async () => {
    api.on('GET', LIST, () => problem(404, 'not-found', 'This registry was not found.'));
    renderApp('/r/nobody');
    expect(await screen.findByRole('heading', { name: 'We could not find this gift list' })).toBeDefined();
  });

  it('applies the registry theme', async () => {
    api.on('GET', LIST, () => json(aGiftList([], { theme: 'midnight' })));
    const { container } = renderApp('/r/ana-and-ben');
    expect(await screen.findByRole('heading', { name: 'No gifts yet' })).toBeDefined();
    expect(container.querySelector('[data-theme="midnight"]')).not.toBeNull();
  });

  it('puts the headings in order, h1 → h2 → h3, and the phone’s filters behind a Filter button', async () => {
    api.on('GET', LIST, () => json(aGiftList([aGiftListItem({ name: 'Toaster', category: 'Kitchen' }), aGiftListItem({ name: 'Vase', category: 'Home' })])));
    const { user } = renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1 });
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1] + 1)).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: '2 gifts' })).toBeDefined();

    const toggle = screen.getByRole('button', { name: 'Filter' });
    const form = screen.getByRole('form', { name: 'Filter and sort gifts' });
    expect(toggle.getAttribute('aria-controls')).toBe(form.id);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(form.classList.contains('gift-filters-open')).toBe(false);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(form.classList.contains('gift-filters-open')).toBe(true);
    await user.selectOptions(screen.getByLabelText('Category'), 'Home');
    expect(screen.getByRole('heading', { level: 2, name: '1 of 2 gifts' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Filter (1)' })).toBeDefined();
  });

  it('puts fully reserved gifts last, dimmed, with a button that says so in a sentence', async () => {
    api.on('GET', LIST, () =>
      json(aGiftList([aGiftListItem({ name: 'Dinner plates', quantity: 6, reserved: 6, remaining: 0 }), aGiftListItem({ name: 'A toaster that cooks' })])),
    );
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['A toaster that cooks', 'Dinner plates']);
    expect(card('Dinner plates').classList.contains('gift-card-reserved')).toBe(true);
    expect(within(card('Dinner plates')).getByRole('button', { name: 'Dinner plates: reserved' })).toHaveProperty('disabled', true);
    expect(within(card('A toaster that cooks')).getByRole('button', { name: 'Reserve a toaster that cooks' })).toBeDefined();
  });

  it('leads the logo back to the list itself, not to the landing page', async () => {
    api.on('GET', LIST, () => json(aGiftList([aGiftListItem({ name: 'Toaster' })])));
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: /^WhisperGifts/ }).getAttribute('href')).toBe('/r/ana-and-ben');
  });

  it('windows a 2,000-gift list: a few rows of cards in the DOM, the rest stood in for by the list’s padding', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => aGiftListItem({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Gift ${i + 1}` }));
    api.on('GET', LIST, () => json(aGiftList(many)));
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1 });
    const cards = screen.getAllByRole('heading', { level: 3 });
    expect(cards.length).toBeGreaterThan(0);
    // jsdom lays nothing out (every row measures 0 px), so more rows fit its "viewport" than a phone's; the browser
    // test counts the real DOM (apps/web/e2e/scenarios/big-list.ts).
    expect(cards.length).toBeLessThan(100);
    expect(cards[0].textContent).toBe('Gift 1');
    expect(screen.getByRole('heading', { level: 2, name: '2,000 gifts' })).toBeDefined();
    // The page is as tall as the whole list: the rows not rendered are padding below the rendered ones.
    expect(parseFloat(screen.getByRole('list', { name: 'Gifts' }).style.paddingBottom)).toBeGreaterThan(100_000);
  });
});
