import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('password reset', () => {
  it('asks for the address and shows the same answer whoever asks', async () => {
    const detail = 'If an account uses this address, we have sent it a link to choose a new password.';
    api.on('POST', '/api/auth/password-reset', () => json({ detail }, { status: 202 }));
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await screen.findByRole('heading', { name: 'Forgot your password?' });
    await user.type(screen.getByLabelText('E-mail'), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByText(detail)).toBeDefined();
    expect(api.sent('POST', '/api/auth/password-reset')[0].body).toEqual({ email: 'ana@example.com' });
  });

  it('sets the new password from the e-mailed link, then asks to log in', async () => {
    api.on('POST', '/api/auth/password-reset/confirm', () => noContent());
    const { user, router } = renderApp('/reset-password/wgr_token');
    await user.type(await screen.findByLabelText('New password'), 'a much better password');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByText(/Your new password is saved\. You are signed out everywhere and your access tokens are revoked/)).toBeDefined();
    expect(router.state.location.pathname).toBe('/login');
    expect(api.sent('POST', '/api/auth/password-reset/confirm')[0].body).toEqual({ token: 'wgr_token', password: 'a much better password' });
  });

  it('says when the link is spent', async () => {
    api.on('POST', '/api/auth/password-reset/confirm', () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [{ pointer: '#/token', detail: 'This link has expired or was used already.' }],
      }),
    );
    const { user } = renderApp('/reset-password/old');
    await user.type(await screen.findByLabelText('New password'), 'a much better password');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This link has expired or was used already.');
  });
});

describe('e-mail verification', () => {
  it('confirms the address from the link with a click', async () => {
    api.on('POST', '/api/auth/verify-email', () => json({ email: 'ana@example.com', emailVerifiedAt: '2026-11-23T10:00:00.000Z' }));
    const { user } = renderApp('/verify-email/wgv_token');
    await user.click(await screen.findByRole('button', { name: 'Confirm my address' }));
    expect(await screen.findByText('Thank you: ana@example.com is confirmed.')).toBeDefined();
    expect(api.sent('POST', '/api/auth/verify-email')[0].body).toEqual({ token: 'wgv_token' });
  });

  it('reminds an unverified couple on the dashboard and sends the link again', async () => {
    api.on('GET', '/api/me', () => json(aUser({ emailVerifiedAt: null })));
    api.on('GET', '/api/registries', () => json([aRegistrySummary(aRegistry())]));
    api.on('POST', '/api/auth/verify-email/resend', () => json({ detail: 'On its way.' }, { status: 202 }));
    const { user } = renderApp('/dashboard');
    await user.click(await screen.findByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('A new link is on its way.')).toBeDefined();
  });

  it('shows no reminder once verified', async () => {
    api.on('GET', '/api/me', () => json(aUser({ emailVerifiedAt: '2026-11-02T10:00:00.000Z' })));
    api.on('GET', '/api/registries', () => json([]));
    renderApp('/dashboard');
    await screen.findByRole('heading', { name: 'Your gift lists' });
    await waitFor(() => expect(screen.queryByText(/Please confirm your e-mail address/)).toBeNull());
  });
});

const invitation = {
  registryTitle: 'Ana & Ben are getting married',
  coupleNames: 'Ana & Ben',
  invitedBy: 'Ben',
  email: 'clara@example.com',
  expiresAt: '2026-12-17T10:00:00Z',
};

describe('partner invitation', () => {
  beforeEach(() => api.on('GET', '/api/public/partner-invitations/{token}', () => json(invitation)));

  it('tells a visitor who invited them to which list, and signs them up with the invited address pre-filled', async () => {
    api.on('GET', '/api/me', () => problem(401, 'unauthenticated', 'Log in.'));
    const { user, router } = renderApp('/invitations/wgi_token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ben invited you to co-own Ana & Ben’s gift list' })).toBeDefined();
    expect(screen.getByText('“Ana & Ben are getting married”')).toBeDefined();
    expect(screen.getByText('clara@example.com')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe('/login?next=%2Finvitations%2Fwgi_token');

    await user.click(screen.getByRole('link', { name: 'Create your account' }));
    expect(await screen.findByRole('heading', { name: 'Create your account' })).toBeDefined();
    expect(router.state.location.search).toBe('?next=%2Finvitations%2Fwgi_token');
    expect(await screen.findByText(/Ben invited you to co-own Ana & Ben’s gift list\. Create your account with the address/)).toBeDefined();
    expect(screen.queryByText(/invite your partner to your gift list later/)).toBeNull();
    await waitFor(() => expect((screen.getByLabelText('E-mail') as HTMLInputElement).value).toBe('clara@example.com'));
  });

  it('says when the link is spent or expired, instead of offering to accept it', async () => {
    api.on('GET', '/api/me', () => json(aUser({ email: 'clara@example.com' })));
    api.on('GET', '/api/public/partner-invitations/{token}', () => problem(404, 'not-found', 'This invitation was not found.'));
    renderApp('/invitations/wgi_token');
    expect(await screen.findByRole('heading', { name: 'This invitation can no longer be used' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Accept the invitation' })).toBeNull();
  });

  it('lets the signed-in partner accept and open the registry', async () => {
    const registry = aRegistry({ title: 'Ana & Ben' });
    api.on('GET', '/api/me', () => json(aUser({ email: 'ben@example.com', displayName: 'Ben' })));
    api.on('POST', '/api/partner-invitations/{token}/accept', () => json(registry));
    const { user } = renderApp('/invitations/wgi_token');
    await user.click(await screen.findByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByText('You now co-own Ana & Ben.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Open the gift list' }).getAttribute('href')).toBe(`/dashboard/registries/${registry.id}`);
    expect(api.sent('POST', '/api/partner-invitations/wgi_token/accept')).toHaveLength(1);
  });
});
