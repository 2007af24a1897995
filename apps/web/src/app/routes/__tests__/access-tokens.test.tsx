import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccessToken } from '@whispergifts/api-client';
import { formatDateTime } from '@/lib/dates';
import { anAccessToken, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
let tokens: AccessToken[];
beforeEach(() => {
  api = fakeApi();
  api.install();
  tokens = [];
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries', () => json([]));
  api.on('GET', '/api/me/tokens', () => json(tokens));
});

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
const facts = (name: string) =>
  within(card(name))
    .getAllByRole('definition')
    .map((dd) => dd.textContent);

describe('access tokens', () => {
  it('is linked from the dashboard and lists each token with what tells it apart', async () => {
    const site = anAccessToken({ name: 'Wedding website', hint: 'x7Qa', lastUsedAt: '2026-11-30T18:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' });
    const old = anAccessToken({ name: 'Old script', hint: 'Zz09', scope: 'write', expiresAt: '2026-11-02T10:00:00.000Z' });
    tokens = [site, old];
    const { user, router } = renderApp('/dashboard');

    await user.click(await screen.findByRole('link', { name: 'Access tokens' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Access tokens' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/dashboard/access-tokens');
    expect(screen.getByRole('link', { name: 'Access tokens' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText(/Treat it like a password/)).toBeDefined();

    await screen.findByRole('list', { name: 'Your access tokens' });
    expect(facts('Wedding website')).toEqual([
      '…x7Qa',
      'Read only',
      formatDateTime(site.createdAt),
      formatDateTime(site.lastUsedAt!),
      formatDateTime(site.expiresAt),
    ]);
    expect(facts('Old script')).toEqual(['…Zz09', 'Read and change', formatDateTime(old.createdAt), 'Never', `Expired ${formatDateTime(old.expiresAt)}`]);
    expect(within(card('Old script')).getByText('Expired', { selector: '.badge' })).toBeDefined();
  });

  it('creates a token, shows the secret once with a copy button, and forgets it after "Done"', async () => {
    const created = {
      ...anAccessToken({ name: 'Spreadsheet', hint: 'k3Yp', scope: 'write', expiresAt: '2027-01-01T10:00:00.000Z' }),
      token: 'wgp_s3cr3tTokenValueOnlyShownOnce_k3Yp',
    };
    api.on('POST', '/api/me/tokens', () => {
      const { token: _secret, ...listed } = created;
      tokens = [listed, ...tokens];
      return json(created, { status: 201 });
    });
    const { user, queryClient } = renderApp('/dashboard/access-tokens');

    expect(await screen.findByRole('heading', { name: 'No tokens yet' })).toBeDefined();
    await user.type(screen.getByLabelText('Name'), '  Spreadsheet ');
    await user.selectOptions(screen.getByLabelText('May'), 'Read and change');
    await user.selectOptions(screen.getByLabelText('Expires'), 'In 30 days');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const heading = await screen.findByRole('heading', { name: 'Your new token “Spreadsheet”' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Copy it now: you will not see it again.')).toBeDefined();
    expect(heading.parentElement!.textContent).toContain(`It may: Read and change. It stops working on ${formatDateTime(created.expiresAt)}.`);
    expect((screen.getByLabelText('Token') as HTMLInputElement).value).toBe(created.token);
    expect(api.sent('POST', '/api/me/tokens')[0].body).toEqual({ name: 'Spreadsheet', scope: 'write', expiresInDays: 30 });

    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(created.token);
    expect(screen.getByText('Copied. Paste it where your script or service keeps its secrets.')).toBeDefined();

    // The list was asked again and shows the new token by its hint; the secret never entered the query cache.
    expect(await screen.findByRole('heading', { level: 3, name: 'Spreadsheet' })).toBeDefined();
    expect(api.sent('GET', '/api/me/tokens')).toHaveLength(2);
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).not.toContain(created.token);

    await user.click(screen.getByRole('button', { name: 'Done, I have stored it' }));
    expect(screen.queryByDisplayValue(created.token)).toBeNull();
    expect(screen.queryByText(/you will not see it again/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('makes a read-only token for 90 days unless told otherwise, and offers no token that never expires', async () => {
    api.on('POST', '/api/me/tokens', () => json({ ...anAccessToken(), token: 'wgp_x' }, { status: 201 }));
    const { user } = renderApp('/dashboard/access-tokens');
    await user.type(await screen.findByLabelText('Name'), 'Website');
    const expiries = within(screen.getByLabelText('Expires')).getAllByRole('option');
    expect(expiries.map((option) => option.textContent)).toEqual(['In 7 days', 'In 30 days', 'In 90 days', 'In a year']);
    expect(
      within(screen.getByLabelText('May'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Read only', 'Read and change']);
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    await screen.findByRole('heading', { name: 'Your new token “Wedding website”' });
    expect(api.sent('POST', '/api/me/tokens')[0].body).toEqual({ name: 'Website', scope: 'read', expiresInDays: 90 });
  });

  it('shows the API’s field errors next to their fields, and a conflict above the form', async () => {
    api.on('POST', '/api/me/tokens', () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [{ pointer: '#/name', code: 'too-long', limit: 80, detail: 'name must be shorter than or equal to 80 characters' }],
      }),
    );
    const { user } = renderApp('/dashboard/access-tokens');
    await user.click(await screen.findByRole('button', { name: 'Create token' }));

    expect(await screen.findByText('Name can be at most 80 characters. Please shorten it.')).toBeDefined();
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(screen.getByText('Name can be at most 80 characters. Please shorten it.').id);
    expect(screen.queryByLabelText('Token')).toBeNull();

    api.on('POST', '/api/me/tokens', () => problem(409, 'conflict', 'You have 50 tokens; revoke one first.'));
    await user.type(name, 'One too many');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You have 50 tokens; revoke one first.');
  });

  it('revokes a token only after confirming, then says so where focus lands', async () => {
    const site = anAccessToken({ name: 'Wedding website' });
    const script = anAccessToken({ name: 'Old script' });
    tokens = [site, script];
    api.on('DELETE', '/api/me/tokens/{tokenId}', ({ params }) => {
      tokens = tokens.filter((t) => t.id !== params.tokenId);
      return noContent();
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp('/dashboard/access-tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke Old script' }));
    expect(confirm).toHaveBeenCalledWith('Revoke "Old script"? Anything using it stops working at once. This cannot be undone.');
    expect(api.sent('DELETE', `/api/me/tokens/${script.id}`)).toHaveLength(0);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Revoke Old script' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Old script' })).toBeNull());
    expect(api.sent('DELETE', `/api/me/tokens/${script.id}`)).toHaveLength(1);
    const status = screen.getByRole('status', { name: '' });
    expect(status.textContent).toBe('“Old script” is revoked: it no longer works.');
    expect(document.activeElement).toBe(status.parentElement);
    expect(screen.getByRole('heading', { level: 3, name: 'Wedding website' })).toBeDefined();
  });

  it('says why a revoke failed and shows what is left', async () => {
    tokens = [anAccessToken({ name: 'Old script' })];
    api.on('DELETE', '/api/me/tokens/{tokenId}', () => {
      tokens = [];
      return problem(404, 'not-found', 'This token was not found.');
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderApp('/dashboard/access-tokens');
    await user.click(await screen.findByRole('button', { name: 'Revoke Old script' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This token was not found.');
    expect(await screen.findByRole('heading', { name: 'No tokens yet' })).toBeDefined();
  });

  it('shows a skeleton while loading, and a retry when the list fails', async () => {
    let calls = 0;
    api.on('GET', '/api/me/tokens', () => (++calls === 1 ? problem(500, 'internal', 'The server could not answer just now.') : json([anAccessToken()])));
    const { user } = renderApp('/dashboard/access-tokens');
    expect(await screen.findByText('Loading your tokens…')).toBeDefined();
    const error = await screen.findByRole('alert');
    expect(within(error).getByRole('heading', { name: 'Your tokens did not load' })).toBeDefined();
    await user.click(within(error).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Wedding website' })).toBeDefined();
  });
});
