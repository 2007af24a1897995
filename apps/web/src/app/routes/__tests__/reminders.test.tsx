import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@lingui/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Registry, ReminderReservation } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { loadLanguageForTest } from '@/testing/catalogues';
import { renderApp } from '@/testing/render';

/** Issue 13 in the SPA: the page behind a reminder's links, and the settings for reminders and owners' notices. */
let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const TOKEN = 'wgm_0b0b0b0b-0000-4000-8000-00000000000b_abc';
const reservation = (overrides: Partial<ReminderReservation> = {}): ReminderReservation => ({
  id: '0b0b0b0b-0000-4000-8000-00000000000b',
  itemName: 'Toaster',
  quantity: 1,
  status: 'active',
  boughtAt: '2031-04-15T10:00:00.000Z',
  coupleNames: 'Ana & Ben',
  giftListUrl: 'http://localhost:3000/r/ana-and-ben',
  ...overrides,
});

describe('reminder page /reminders/:action/:token', () => {
  it('asks before marking bought (mail scanners open links), then says so once', async () => {
    api.on('POST', '/api/public/reminders/{token}/bought', () => json(reservation()));
    const { user } = renderApp(`/reminders/bought/${TOKEN}`);
    const button = await screen.findByRole('button', { name: 'Yes, I bought it' });
    expect(api.requests).toHaveLength(0);
    await user.click(button);
    expect(await screen.findByText('Toaster is marked bought on Ana & Ben’s list. No more reminders about it.')).toBeDefined();
    expect(api.sent('POST', `/api/public/reminders/${TOKEN}/bought`)).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'See the gift list' }).getAttribute('href')).toBe('http://localhost:3000/r/ana-and-ben');
  });

  it('releases from the release link, and offers the other choice on each page', async () => {
    api.on('POST', '/api/public/reminders/{token}/release', () => json(reservation({ status: 'cancelled', boughtAt: null, quantity: 2 })));
    const { user, router } = renderApp(`/reminders/bought/${TOKEN}`);
    await user.click(await screen.findByRole('link', { name: 'I won’t get it: release it' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reminders/release/${TOKEN}`));
    await user.click(await screen.findByRole('button', { name: 'Release it for someone else' }));
    expect(await screen.findByText('Done: 2 × Toaster is free again for someone else.')).toBeDefined();
    expect(api.sent('POST', `/api/public/reminders/${TOKEN}/bought`)).toHaveLength(0);
  });

  it('explains a reservation that no longer holds the gift, and a link that matches nothing', async () => {
    api.on('POST', '/api/public/reminders/{token}/bought', () => problem(410, 'reservation-cancelled', 'This reservation no longer holds the gift.'));
    const { user } = renderApp(`/reminders/bought/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Yes, I bought it' }));
    expect(await screen.findByRole('heading', { name: 'This reservation is no longer yours' })).toBeDefined();

    api.on('POST', '/api/public/reminders/{token}/unsubscribe', () => problem(404, 'not-found', 'This reservation was not found.'));
    const second = renderApp('/reminders/unsubscribe/wgm_nope');
    await second.user.click(await screen.findByRole('button', { name: 'Stop reminders from this list' }));
    expect(await screen.findByRole('heading', { name: 'We could not find this reservation' })).toBeDefined();
  });

  it('speaks the guest’s language on every reminder page, French here, with no English left', async () => {
    loadLanguageForTest('fr');
    i18n.activate('fr');
    api.on('POST', '/api/public/reminders/{token}/bought', () => json(reservation()));
    api.on('POST', '/api/public/reminders/{token}/unsubscribe', () => json({ coupleNames: 'Ana & Ben', unsubscribed: true }));
    const { user } = renderApp(`/reminders/bought/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Avez-vous trouvé le cadeau ?' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Je ne l’achèterai pas : le libérer' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Oui, je l’ai acheté' }));
    expect(await screen.findByText('Toaster est indiqué comme acheté sur la liste de Ana & Ben. Plus de rappels à ce sujet.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Voir la liste de mariage' })).toBeDefined();
    let text = document.body.textContent ?? '';
    for (const english of ['Did you get', 'Yes, I bought', 'marked bought', 'See the gift list', 'Thank you']) expect(text).not.toContain(english);

    const second = renderApp(`/reminders/unsubscribe/${TOKEN}`);
    await second.user.click(await screen.findByRole('button', { name: 'Arrêter les rappels de cette liste' }));
    expect(await screen.findByText('Nous ne vous enverrons plus de rappels pour les cadeaux de la liste de Ana & Ben.')).toBeDefined();
    text = document.body.textContent ?? '';
    for (const english of ['reminders', 'Stop']) expect(text).not.toContain(english);
  });

  it('unsubscribes with one click', async () => {
    api.on('POST', '/api/public/reminders/{token}/unsubscribe', () => json({ coupleNames: 'Ana & Ben', unsubscribed: true }));
    const { user } = renderApp(`/reminders/unsubscribe/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Stop reminders from this list' }));
    expect(await screen.findByText('We won’t send you reminders about gifts on Ana & Ben’s list again.')).toBeDefined();
    expect(api.sent('POST', `/api/public/reminders/${TOKEN}/unsubscribe`)).toHaveLength(1);
  });

  it('sends nothing for an unknown action', async () => {
    renderApp(`/reminders/delete/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'We could not find this page' })).toBeDefined();
    expect(api.requests).toHaveLength(0);
  });
});

describe('settings: reminders and notices', () => {
  const me = aUser({ email: 'ana@example.com', displayName: 'Ana' });
  const ben = { id: '0b0b0b0b-0000-4000-8000-00000000000c', displayName: 'Ben', email: 'ben@example.com', notify: 'digest' as const };
  let registry: Registry;
  beforeEach(() => {
    registry = aRegistry({ owners: [{ id: me.id, displayName: 'Ana', email: 'ana@example.com', notify: 'each' }, ben] });
    api.on('GET', '/api/me', () => json(me));
    api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
    api.on('GET', '/api/registries/{registryId}', () => json(registry));
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => {
      registry = { ...registry, ...(body as Partial<Registry>), version: registry.version + 1, etag: `W/"v${registry.version + 1}"` };
      return json(registry);
    });
    api.on('PATCH', '/api/registries/{registryId}/owners/me', ({ body }) => {
      const { notify } = body as { notify: 'each' | 'digest' | 'none' };
      // The API bumps the registry's version: the next save must carry the new etag.
      registry = {
        ...registry,
        owners: registry.owners.map((o) => (o.id === me.id ? { ...o, notify } : o)),
        version: registry.version + 1,
        etag: `W/"v${registry.version + 1}"`,
      };
      return json({ id: me.id, displayName: 'Ana', email: 'ana@example.com', notify });
    });
  });
  const settings = () => renderApp(`/dashboard/registries/${registry.id}/settings`);

  it("sets the signed-in owner's own notices, leaving the partner's alone", async () => {
    const { user } = settings();
    const panel = (await screen.findByRole('heading', { name: 'How you hear of new gifts' })).closest('section')!;
    expect(within(panel).getByText(/To ana@example.com/)).toBeDefined();
    expect((within(panel).getByRole('radio', { name: /An e-mail for each one/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(panel).getByRole('radio', { name: /A daily digest/ }));
    expect(await within(panel).findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}/owners/me`).map((r) => r.body)).toEqual([{ notify: 'digest' }]);
    expect((within(panel).getByRole('radio', { name: /A daily digest/ }) as HTMLInputElement).checked).toBe(true);
    expect(registry.owners.find((o) => o.id === ben.id)?.notify).toBe('digest');
  });

  it('switches reminders off with the settings form, sending only that change with the current etag', async () => {
    const { user } = settings();
    const box = await screen.findByRole('checkbox', { name: 'Remind guests to buy or release' });
    expect((box as HTMLInputElement).checked).toBe(true);
    // A notice change first moves the version; the form's save must not come back as a conflict.
    await user.click(screen.getByRole('radio', { name: /No e-mails/ }));
    await screen.findByText('Saved.');
    await waitFor(() => expect(api.sent('GET', `/api/registries/${registry.id}`).length).toBeGreaterThan(1));
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.sent('PATCH', `/api/registries/${registry.id}`)).toHaveLength(1));
    const [patch] = api.sent('PATCH', `/api/registries/${registry.id}`);
    expect(patch.body).toEqual({ remindersEnabled: false });
    expect(patch.headers.get('if-match')).toBe('W/"v4"');
    expect(registry.remindersEnabled).toBe(false);
  });
});
