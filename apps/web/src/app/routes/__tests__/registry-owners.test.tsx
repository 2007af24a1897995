import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Registry } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 11, items 3-4 in the SPA: the owners of a list (remove, leave) and what the invite forms say when the API refuses. */
let api: FakeApi;
let registry: Registry;
const me = aUser({ email: 'ana@example.com', displayName: 'Ana' });
const ana = { id: me.id, displayName: 'Ana', email: 'ana@example.com', notify: 'each' as const };
const ben = { id: '0b0b0b0b-0000-4000-8000-00000000000b', displayName: 'Ben', email: 'ben@example.com', notify: 'each' as const };

beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry({ owners: [ana, ben] });
  api.on('GET', '/api/me', () => json(me));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () => json([]));
  api.on('GET', '/api/registries/{registryId}/invitations', () => json({ invitations: [], nextCursor: null }));
  api.on('DELETE', '/api/registries/{registryId}/owners/{userId}', ({ params }) => {
    registry = { ...registry, owners: registry.owners.filter((o) => o.id !== params.userId) };
    return noContent();
  });
});

const settings = () => renderApp(`/dashboard/registries/${registry.id}/settings`);
const ownersPanel = async () => (await screen.findByRole('heading', { name: 'Who runs this list' })).closest('section')!;

describe('the owners of a list', () => {
  it('removes the co-owner after a confirmation, then offers to invite a partner again', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = settings();
    const panel = await ownersPanel();
    expect(within(panel).getByText('Ana (you)')).toBeDefined();
    expect(within(panel).getByText('ben@example.com')).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Invite your partner' })).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Remove Ben' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Remove Ben (ben@example.com)'));
    expect(api.sent('DELETE', `/api/registries/${registry.id}/owners/${ben.id}`)).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Invite your partner' })).toBeDefined();
    expect(within(await ownersPanel()).queryByText('ben@example.com')).toBeNull();
    expect(within(await ownersPanel()).queryByRole('button', { name: 'Leave this registry' })).toBeNull();
  });

  it('leaves the list after a confirmation and goes back to the dashboard', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user, router } = settings();
    await user.click(within(await ownersPanel()).getByRole('button', { name: 'Leave this registry' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Ben keeps it'));
    expect(api.sent('DELETE', `/api/registries/${registry.id}/owners/${me.id}`)).toHaveLength(1);
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });

  it('sends nothing when the confirmation is declined, and shows a refusal', async () => {
    vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    api.on('DELETE', '/api/registries/{registryId}/owners/{userId}', () => problem(409, 'last-owner', 'You are the only owner of this registry.'));
    const { user } = settings();
    const panel = await ownersPanel();
    await user.click(within(panel).getByRole('button', { name: 'Remove Ben' }));
    expect(api.sent('DELETE', `/api/registries/${registry.id}/owners/${ben.id}`)).toHaveLength(0);
    await user.click(within(panel).getByRole('button', { name: 'Remove Ben' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('You are the only owner of this registry.');
  });

  it('offers no leave or remove to a single owner', async () => {
    registry = aRegistry({ owners: [ana] });
    settings();
    const panel = await ownersPanel();
    expect(within(panel).queryByRole('button')).toBeNull();
    expect(within(panel).getByText(/on your own for now/)).toBeDefined();
  });
});

describe('invitations from an unverified account', () => {
  beforeEach(() => {
    registry = aRegistry({ owners: [ana] });
    api.on('POST', '/api/auth/verify-email/resend', () => json({ detail: 'On its way.' }, { status: 202 }));
  });
  const unverified = () => problem(403, 'email-unverified', 'Verify your e-mail address before WhisperGifts sends anything on your behalf.');

  it('explains the partner invitation was refused and sends the confirmation link again', async () => {
    api.on('POST', '/api/registries/{registryId}/partner-invitations', unverified);
    const { user } = settings();
    await user.type(await screen.findByLabelText("Your partner's e-mail"), 'ben@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Please confirm your e-mail address first');
    await user.click(within(alert).getByRole('button', { name: 'Send the confirmation link again' }));
    expect(await within(alert).findByText(/A new confirmation link is on its way/)).toBeDefined();
    expect(api.sent('POST', '/api/auth/verify-email/resend')).toHaveLength(1);
  });

  it('explains the e-mails to guests were refused, with the same way out', async () => {
    api.on('POST', '/api/registries/{registryId}/invitations', unverified);
    const { user } = renderApp(`/dashboard/registries/${registry.id}/share`);
    await user.type(await screen.findByLabelText('Guests’ e-mail addresses'), 'may@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('only sends e-mail to your guests for accounts whose address is confirmed');
    expect(within(alert).getByRole('button', { name: 'Send the confirmation link again' })).toBeDefined();
  });
});

describe('repeated invitations', () => {
  beforeEach(() => {
    registry = aRegistry({ owners: [ana] });
  });

  it('reports guests invited this week and sends to them again only when asked', async () => {
    api.on('POST', '/api/registries/{registryId}/invitations', ({ body }) => {
      const { emails, resend } = body as { emails: string[]; resend?: boolean };
      const skipped: string[] = resend ? [] : emails.filter((e) => e === 'may@example.com');
      return json(
        {
          invited: emails.filter((e) => !skipped.includes(e)),
          skipped: skipped.map((email) => ({ email, reason: 'invited-recently', invitedAt: '2026-12-01T10:00:00Z' })),
          remaining: 150,
        },
        { status: 202 },
      );
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}/share`);
    await user.type(await screen.findByLabelText('Guests’ e-mail addresses'), 'may@example.com, tom@example.com');
    await user.type(screen.getByLabelText('Your message (optional)'), 'Hello!');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('Not sent again: you invited this guest in the last week.')).toBeDefined();
    expect(screen.getByText((_, el) => el?.tagName === 'LI' && el.textContent?.startsWith('may@example.com, on ') === true)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Send to them again' }));
    expect(await screen.findByText('Sent to 1 guest. You can send 150 more today.')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/invitations`)[1].body).toEqual({ emails: ['may@example.com'], message: 'Hello!', resend: true });
  });

  it('offers to invite the partner again when the address was invited recently', async () => {
    api.on('POST', '/api/registries/{registryId}/partner-invitations', ({ body }) =>
      (body as { resend?: boolean }).resend
        ? json(
            { id: ben.id, email: 'ben@example.com', expiresAt: '2026-12-16T10:00:00Z', acceptUrl: 'http://localhost:3000/invitations/wgi_x' },
            { status: 201 },
          )
        : problem(409, 'already-invited', 'ben@example.com was invited on 2026-12-01.'),
    );
    const { user } = settings();
    await user.type(await screen.findByLabelText("Your partner's e-mail"), 'ben@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    await user.click(await screen.findByRole('button', { name: 'Send the invitation again' }));
    expect(await screen.findByText(/Invitation sent to ben@example.com/)).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/partner-invitations`)[1].body).toEqual({ email: 'ben@example.com', resend: true });
  });

  it('lists the partner and hides the invite form when they joined while the page was open (409 owner-limit)', async () => {
    registry = aRegistry({ owners: [ana] });
    api.on('POST', '/api/registries/{registryId}/partner-invitations', () => {
      registry = { ...registry, owners: [ana, ben] };
      return problem(409, 'owner-limit', 'This registry already has two owners.');
    });
    const { user } = settings();
    await user.type(await screen.findByLabelText("Your partner's e-mail"), 'ben@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Invite your partner' })).toBeNull());
    expect(within(await ownersPanel()).getByText('ben@example.com')).toBeDefined();
  });
});

describe('accepting a partner invitation', () => {
  beforeEach(() =>
    api.on('GET', '/api/public/partner-invitations/{token}', () =>
      json({ registryTitle: 'Our list', coupleNames: 'Ana & Ben', invitedBy: 'Ben', email: 'ana@example.com', expiresAt: '2026-12-17T10:00:00Z' }),
    ),
  );

  it('says which address the invitation is for when another account opens it', async () => {
    api.on('POST', '/api/partner-invitations/{token}/accept', () =>
      problem(
        403,
        'invitation-for-another-address',
        'This invitation was sent to b******@example.com. Sign in with that address (and verify it) to accept it.',
        {
          invitedEmail: 'b******@example.com',
        },
      ),
    );
    api.on('POST', '/api/auth/logout', () => noContent());
    const { user, router } = renderApp('/invitations/wgi_token');
    await user.click(await screen.findByRole('button', { name: 'Accept the invitation' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('sent to b******@example.com. Sign in with that address');
    // A way to do just that: sign out, sign in with the invited address, and come back to the invitation.
    await user.click(within(alert).getByRole('button', { name: 'Sign in with another account' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/invitations/wgi_token')}`);
    expect(api.sent('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('asks the invited person to confirm their address first, with a new link on request', async () => {
    api.on('POST', '/api/partner-invitations/{token}/accept', () => problem(403, 'email-unverified', 'Verify your e-mail address to accept this invitation.'));
    api.on('POST', '/api/auth/verify-email/resend', () => json({ detail: 'On its way.' }, { status: 202 }));
    const { user } = renderApp('/invitations/wgi_token');
    await user.click(await screen.findByRole('button', { name: 'Accept the invitation' }));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Send the confirmation link again' }));
    expect(api.sent('POST', '/api/auth/verify-email/resend')).toHaveLength(1);
  });
});
