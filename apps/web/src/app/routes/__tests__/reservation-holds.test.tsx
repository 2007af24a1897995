import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GiftList, Registry, ReservationCreated } from '@whispergifts/api-client';
import { aGiftList, aGiftListItem, aRegistry, aRegistrySummary, anItem, anOwnerReservation, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { loadLanguageForTest } from '@/testing/catalogues';
import { renderApp } from '@/testing/render';

/** Issue 11: held reservations (confirm by e-mail), the confirm page, and the couple releasing a reservation. */
let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('reserving when the reservation is held', () => {
  it('tells the guest clearly to check their e-mail and confirm within 30 minutes', async () => {
    const toaster = aGiftListItem({ name: 'Toaster' });
    const list: GiftList = aGiftList([toaster]);
    const heldUntil = new Date(Date.now() + 30 * 60_000).toISOString();
    const created: ReservationCreated = {
      reservation: {
        id: 'c0ffee00-0000-4000-8000-000000000002',
        itemId: toaster.id,
        quantity: 1,
        guestName: 'Aunt May',
        status: 'held',
        heldUntil,
        createdAt: new Date().toISOString(),
      },
      undoToken: 'wgu_token',
      undoUrl: 'http://localhost/reservations/undo/wgu_token',
      item: { ...toaster, reserved: 1, remaining: 0 },
    };
    api.on('GET', '/api/public/registries/{slug}', () => json(list));
    api.on('POST', '/api/public/registries/{slug}/reservations', () => json(created, { status: 201 }));
    const { user } = renderApp('/r/ana-and-ben');

    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reserve Toaster' });
    await user.type(within(dialog).getByLabelText('Your name'), 'Aunt May');
    await user.type(within(dialog).getByLabelText('Your e-mail'), 'may@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Reserve this gift' }));

    const held = await screen.findByRole('dialog', { name: 'Almost there: confirm by e-mail' });
    expect(within(held).getByRole('status').textContent).toMatch(/^Check your e-mail to confirm within 30 minutes\. We are holding Toaster for you until /);
    expect(within(held).getByText('may@example.com')).toBeDefined();
    expect(within(held).queryByText(/is reserved for you/)).toBeNull();
    expect(within(held).getByRole('button', { name: 'Undo reservation' })).toBeDefined();
  });
});

describe('confirm page /reservations/confirm/:token', () => {
  const confirmed = () =>
    json({
      reservation: {
        id: 'c0ffee00-0000-4000-8000-000000000003',
        itemId: 'c0ffee00-0000-4000-8000-000000000004',
        quantity: 2,
        guestName: 'Aunt May',
        status: 'active',
        heldUntil: null,
        createdAt: '2026-12-02T10:00:00.000Z',
      },
      item: aGiftListItem({ name: 'Plates', quantity: 6, reserved: 2, remaining: 4 }),
    });

  it('asks before confirming (mail scanners open links), then confirms', async () => {
    api.on('POST', '/api/public/reservations/confirm/{token}', confirmed);
    const { user } = renderApp('/reservations/confirm/wgc_abc');
    expect(await screen.findByRole('heading', { name: 'Confirm your reservation' })).toBeDefined();
    expect(api.requests).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Confirm my reservation' }));
    expect(await screen.findByRole('heading', { name: 'Reservation confirmed' })).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Thank you, Aunt May! You have reserved 2 × Plates.');
    expect(api.sent('POST', '/api/public/reservations/confirm/wgc_abc')).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe('Confirm your reservation · WhisperGifts'));
  });

  it('says when it has lapsed, naming the gift', async () => {
    api.on('POST', '/api/public/reservations/confirm/{token}', () =>
      problem(410, 'reservation-lapsed', 'This reservation was not confirmed in time and has lapsed.', { item: aGiftListItem({ name: 'Toaster' }) }),
    );
    const { user } = renderApp('/reservations/confirm/wgc_late');
    await user.click(await screen.findByRole('button', { name: 'Confirm my reservation' }));
    expect(await screen.findByRole('heading', { name: 'This reservation has lapsed' })).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('It was not confirmed in time, so Toaster is no longer set aside for you.');
    expect(screen.queryByRole('button', { name: 'Confirm my reservation' })).toBeNull();
  });

  it('says when the link matches nothing, and when it was cancelled', async () => {
    api.on('POST', '/api/public/reservations/confirm/{token}', ({ params }) =>
      params.token === 'wgc_gone'
        ? problem(410, 'reservation-cancelled', 'This reservation was cancelled, so there is nothing to confirm.')
        : problem(404, 'not-found', 'This reservation was not found.'),
    );
    const first = renderApp('/reservations/confirm/wgc_nope');
    await first.user.click(await screen.findByRole('button', { name: 'Confirm my reservation' }));
    expect(await screen.findByRole('heading', { name: 'We could not find this reservation' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toMatch(/does not match any reservation/);
    first.unmount();

    const second = renderApp('/reservations/confirm/wgc_gone');
    await second.user.click(await screen.findByRole('button', { name: 'Confirm my reservation' }));
    expect(await screen.findByRole('heading', { name: 'This reservation was cancelled' })).toBeDefined();
  });
});

describe("the couple's reservations", () => {
  let registry: Registry;
  beforeEach(() => {
    registry = aRegistry();
    api.on('GET', '/api/me', () => json(aUser()));
    api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
    api.on('GET', '/api/registries/{registryId}', () => json(registry));
    api.on('GET', '/api/registries/{registryId}/items', () =>
      json([anItem({ name: 'Toaster', reserved: 1, remaining: 0 }), anItem({ name: 'Vase', reserved: 1, remaining: 0 })]),
    );
  });

  it('shows the reservations and the release dialog in the account’s language, no English left', async () => {
    loadLanguageForTest('de');
    api.on('GET', '/api/me', () => json(aUser({ language: 'de' })));
    const active = anOwnerReservation({ itemName: 'Toaster' });
    const held = anOwnerReservation({ itemName: 'Vase', status: 'held', heldUntil: '2026-12-02T17:30:00.000Z' });
    const lapsed = anOwnerReservation({ itemName: 'Kettle', status: 'lapsed', cancelledAt: '2026-12-02T10:30:00.000Z' });
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({ surpriseHidden: false, revealDate: null, nextCursor: null, reservations: [active, held, lapsed] }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/reservations`);
    const table = await screen.findByRole('table', { name: 'Wer was reserviert hat, neueste zuerst' });
    expect(screen.getByText(/^\d+ von \d+ Geschenk(en)? vollständig reserviert · insgesamt \d+ reserviert/)).toBeDefined();
    expect(within(table).getByRole('row', { name: /Vase/ }).textContent).toMatch(/Bestätigung ausstehend durch den Gast, bis /);
    expect(within(table).getByRole('row', { name: /Kettle/ }).textContent).toMatch(/Verfallen: nicht rechtzeitig bestätigt/);
    await user.click(within(table).getByRole('button', { name: 'Toaster freigeben' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Toaster freigeben?' }));
    expect(dialog.getByRole('button', { name: 'Reservierung freigeben' })).toBeDefined();
    expect(dialog.getByRole('button', { name: 'Behalten' })).toBeDefined();
    const text = document.body.textContent ?? '';
    for (const english of ['Who reserved', 'fully reserved', 'Awaiting', 'Lapsed', 'Release', 'Keep it', 'Download', 'Progress']) {
      expect(text).not.toContain(english);
    }
  });

  it('shows each reservation with its status, held ones too, and releases one after a confirmation step', async () => {
    const active = anOwnerReservation({ itemName: 'Toaster' });
    const held = anOwnerReservation({
      itemName: 'Vase',
      status: 'held',
      heldUntil: '2026-12-02T17:30:00.000Z',
      guest: { name: 'Uncle Bob', email: 'bob@example.com', message: '', address: null },
    });
    const lapsed = anOwnerReservation({ itemName: 'Kettle', status: 'lapsed', cancelledAt: '2026-12-02T10:30:00.000Z' });
    let released = false;
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({
        surpriseHidden: false,
        revealDate: null,
        nextCursor: null,
        reservations: released ? [{ ...active, status: 'cancelled' }, held, lapsed] : [active, held, lapsed],
      }),
    );
    api.on('DELETE', '/api/registries/{registryId}/reservations/{reservationId}', () => {
      released = true;
      return noContent();
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}/reservations`);

    const table = await screen.findByRole('table', { name: 'Who reserved what, newest first' });
    expect(api.requests.find((r) => r.url.pathname.endsWith('/reservations'))?.url.searchParams.get('status')).toBe('all');
    expect(within(table).getByRole('row', { name: /Vase/ }).textContent).toMatch(/Awaiting confirmation by the guest, until /);
    expect(within(table).getByRole('row', { name: /Kettle/ }).textContent).toMatch(/Lapsed: not confirmed in time/);
    // Only a reservation that still holds units can be released.
    expect(within(within(table).getByRole('row', { name: /Kettle/ })).queryByRole('button')).toBeNull();
    expect(within(table).getByRole('button', { name: 'Release Vase' })).toBeDefined();

    await user.click(within(table).getByRole('button', { name: 'Release Toaster' }));
    let dialog = screen.getByRole('dialog', { name: 'Release Toaster?' });
    expect(dialog.textContent).toMatch(/Aunt May gets an e-mail saying you released the reservation/);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(api.sent('DELETE', `/api/registries/${registry.id}/reservations/${active.id}`)).toHaveLength(0);

    await user.click(within(table).getByRole('button', { name: 'Release Toaster' }));
    dialog = screen.getByRole('dialog', { name: 'Release Toaster?' });
    await user.click(within(dialog).getByRole('button', { name: 'Release reservation' }));
    expect(await within(dialog).findByText(/Released\. Toaster is free for other guests again/)).toBeDefined();
    expect(api.sent('DELETE', `/api/registries/${registry.id}/reservations/${active.id}`)).toHaveLength(1);
    // Read again: the released one now shows as cancelled, without a Release button.
    await waitFor(() => expect(within(table).queryByRole('button', { name: 'Release Toaster' })).toBeNull());
    expect(within(table).getByRole('row', { name: /Toaster/ }).textContent).toMatch(/Cancelled/);
  });

  it('in surprise mode lists each reservation without the guest, and releases without revealing who', async () => {
    const hiddenOne = anOwnerReservation({ itemName: 'Toaster', guest: null });
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({ surpriseHidden: true, revealDate: '2027-06-20', nextCursor: null, reservations: [hiddenOne] }),
    );
    api.on('DELETE', '/api/registries/{registryId}/reservations/{reservationId}', () => noContent());
    const { user } = renderApp(`/dashboard/registries/${registry.id}/reservations`);

    const table = await screen.findByRole('table', { name: 'Each reservation, newest first (guests hidden)' });
    expect(within(table).queryByRole('columnheader', { name: 'Guest' })).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Release Toaster' }));
    const dialog = screen.getByRole('dialog', { name: 'Release Toaster?' });
    expect(dialog.textContent).toMatch(/The guest gets an e-mail .* \(we still won’t tell you who it was\)/);
    await user.click(within(dialog).getByRole('button', { name: 'Release reservation' }));
    await waitFor(() => expect(api.sent('DELETE', `/api/registries/${registry.id}/reservations/${hiddenOne.id}`)).toHaveLength(1));
  });

  it('turns on "Guests confirm reservations by e-mail" in the settings', async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"1-x-4"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    const toggle = await screen.findByRole('checkbox', { name: 'Guests confirm reservations by e-mail' });
    expect(toggle).toHaveProperty('checked', false);
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/lapses after 30 minutes/);
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].body).toEqual({ guestsConfirmByEmail: true });
  });
});
