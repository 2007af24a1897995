import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatEventDate } from '@/lib/dates';
import { queryKeys } from '@/lib/query-keys';
import { aGiftList, aGiftListItem, aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 13, data that leaves: the account page (download, delete), the retention setting, the privacy page and its links. */
let api: FakeApi;
const registry = aRegistry({ eventDate: '2027-06-12' });
beforeEach(() => {
  api = fakeApi();
  api.install();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
});
afterEach(() => vi.restoreAllMocks());

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

describe('your account', () => {
  it('is linked from the dashboard, and "Download my data" saves the ZIP the API sends', async () => {
    api.on('GET', '/api/me/export', () => new Response(ZIP, { headers: { 'content-type': 'application/zip' } }));
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:http://localhost/export';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user, router } = renderApp('/dashboard');

    await user.click(await screen.findByRole('link', { name: 'Your account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/dashboard/account');
    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Your download has started.')).toBeDefined();
    expect(api.sent('GET', '/api/me/export')).toHaveLength(1);
    expect(new Uint8Array(await made[0].arrayBuffer())).toEqual(ZIP);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toMatch(/^whispergifts-export-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(clicked[0].href).toBe('blob:http://localhost/export');
  });

  it('says why a download was refused', async () => {
    api.on('GET', '/api/me/export', () => problem(429, 'too-many-requests', 'Too many exports of your data. Try again in 12 minutes.'));
    const { user } = renderApp('/dashboard/account');
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many exports of your data. Try again in 12 minutes.');
    expect(screen.getByRole('button', { name: 'Download my data' })).toHaveProperty('disabled', false);
  });

  it('deletes the account only with the right password, then leaves for the home page signed out', async () => {
    api.on('DELETE', '/api/me', ({ body }) =>
      (body as { password: string }).password === 'correct horse'
        ? noContent()
        : problem(403, 'wrong-password', 'That is not your password, so the account was not deleted.', {
            errors: [{ pointer: '#/password', code: 'invalid', detail: 'is not right' }],
          }),
    );
    const { user, router, queryClient } = renderApp('/dashboard/account');

    const section = (await screen.findByRole('heading', { name: 'Delete my account' })).closest('section')!;
    expect(section.textContent).toContain('A list you share with your partner stays theirs.');
    await user.click(within(section).getByRole('button', { name: 'Delete my account…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your account?' });
    await user.type(within(dialog).getByLabelText('Password'), 'a guess');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect(await within(dialog).findByText('is not right')).toBeDefined();
    expect(within(dialog).getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.pathname).toBe('/dashboard/account');

    // "Keep my account" closes the dialog; nothing else happened.
    await user.click(within(dialog).getByRole('button', { name: 'Keep my account' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Delete my account…' }));
    const again = screen.getByRole('dialog', { name: 'Delete your account?' });
    await user.type(within(again).getByLabelText('Password'), 'correct horse');
    await user.click(within(again).getByRole('button', { name: 'Delete my account for good' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.sent('DELETE', '/api/me').map((r) => r.body)).toEqual([{ password: 'a guess' }, { password: 'correct horse' }]);
    expect(queryClient.getQueryData(queryKeys.me())).toBeNull();
  });
});

describe('keeping guests’ details', () => {
  it('shows the retention with the day it ends, and saves a new number of days', async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"1-x-4"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    const days = (await screen.findByLabelText('Keep guests’ details for (days after the wedding)')) as HTMLInputElement;
    expect(days.value).toBe('365');
    const when = () => screen.getByText(/With these settings/).textContent;
    expect(when()).toContain(`With these settings, guests’ details are erased on ${formatEventDate('2028-06-11')}.`);
    await user.clear(days);
    await user.type(days, '30');
    expect(when()).toContain(`With these settings, guests’ details are erased on ${formatEventDate('2027-07-12')}.`);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].body).toEqual({ guestDataRetentionDays: 30 });
  });

  it('shows the API’s refusal beside the field, and says nothing is erased without a wedding date', async () => {
    const undated = aRegistry({ id: registry.id, eventDate: null, guestDataErasedAt: null });
    api.on('GET', '/api/registries/{registryId}', () => json(undated));
    api.on('PATCH', '/api/registries/{registryId}', () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [{ pointer: '#/guestDataRetentionDays', detail: 'guestDataRetentionDays must not be less than 30' }],
      }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    const days = await screen.findByLabelText('Keep guests’ details for (days after the wedding)');
    expect(screen.getByText(/Without a wedding date nothing is erased automatically/)).toBeDefined();
    await user.clear(days);
    await user.type(days, '10');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('guestDataRetentionDays must not be less than 30')).toBeDefined();
    expect(days.getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the data was last erased', async () => {
    api.on('GET', '/api/registries/{registryId}', () => json({ ...registry, guestDataErasedAt: '2028-06-11T00:20:00.000Z' }));
    renderApp(`/dashboard/registries/${registry.id}/settings`);
    expect(await screen.findByText(/Last erased/)).toBeDefined();
  });
});

describe('the privacy page', () => {
  it('says what is kept and for how long, and every page links to it from the footer', async () => {
    const { router } = renderApp('/login');
    const footer = await screen.findByRole('contentinfo');
    // A plain link (the frame also renders without the router, on the landing page): the browser follows it.
    expect(within(footer).getByRole('link', { name: 'Privacy: what we keep, and for how long' }).getAttribute('href')).toBe('/privacy');
    await router.navigate('/privacy');
    expect(await screen.findByRole('heading', { level: 1, name: 'What we keep, and for how long' })).toBeDefined();
    const guests = screen.getByRole('heading', { name: 'If you are a guest' }).nextElementSibling!;
    expect(guests.textContent).toMatch(/365 days after it unless the couple chose otherwise \(at least 30 days, at most ten years\)/);
    expect(guests.textContent).toContain('Only the couple sees them');
    expect(screen.getByRole('link', { name: 'your account' }).getAttribute('href')).toBe('/dashboard/account');
  });

  it('is linked from the consent line of the reserve dialog, in a new tab so the dialog is kept', async () => {
    api.on('GET', '/api/public/registries/{slug}', () => json(aGiftList([aGiftListItem({ name: 'Toaster' })])));
    const { user } = renderApp('/r/ana-and-ben');
    await user.click(await screen.findByRole('button', { name: 'Reserve Toaster' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reserve Toaster' });
    const link = within(dialog).getByRole('link', { name: 'What we keep, and for how long' });
    expect(link.getAttribute('href')).toBe('/privacy#guests');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(dialog).getByText(/Only the couple sees your details/)).toBeDefined();
  });
});
