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

describe('accounts', () => {
  it('sends a visitor to log in and back to where they wanted to go', async () => {
    let signedIn = false;
    const user = aUser();
    api.on('GET', '/api/me', () => (signedIn ? json(user) : problem(401, 'unauthenticated', 'Log in.')));
    api.on('POST', '/api/auth/login', () => {
      signedIn = true;
      return json(user);
    });
    api.on('GET', '/api/registries', () => json([aRegistrySummary(aRegistry())]));
    const { user: person, router } = renderApp('/dashboard');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeDefined();
    expect(router.state.location.search).toBe('?next=%2Fdashboard');
    await person.type(screen.getByLabelText('E-mail'), 'ana@example.com');
    await person.type(screen.getByLabelText('Password'), 'correct horse battery');
    await person.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Your gift lists' })).toBeDefined();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(api.sent('POST', '/api/auth/login')[0].body).toEqual({ email: 'ana@example.com', password: 'correct horse battery' });
  });

  it('says when the e-mail or password is wrong', async () => {
    api.on('POST', '/api/auth/login', () => problem(401, 'unauthenticated', 'The e-mail address or the password is not right.'));
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('E-mail'), 'ana@example.com');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The e-mail address or the password is not right.');
  });

  it('shows each field error from the problem+json pointers next to its field on sign-up', async () => {
    api.on('POST', '/api/auth/signup', () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [
          { pointer: '#/email', code: 'invalid-email', detail: 'email must be an e-mail address' },
          { pointer: '#/password', code: 'too-short', limit: 10, detail: 'password must be longer than or equal to 10 characters' },
          { pointer: '#/displayName', code: 'too-long', limit: 80, detail: 'displayName must be shorter than or equal to 80 characters' },
        ],
      }),
    );
    const { user } = renderApp('/signup');
    await user.type(await screen.findByLabelText('Your name'), 'Ana');
    await user.type(screen.getByLabelText('E-mail'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true'));
    // In the person's words, naming each field as the form labels it; the validator's English never shows.
    expect(screen.getByText('E-mail does not look like an e-mail address. Check it for typos (it should look like name@example.com).')).toBeDefined();
    expect(screen.getByText('Password needs at least 10 characters.')).toBeDefined();
    expect(screen.getByText('Your name can be at most 80 characters. Please shorten it.')).toBeDefined();
    expect(screen.queryByText(/must be|longer than or equal/)).toBeNull();
  });

  const SIGNUP_ACCEPTED = {
    detail: 'Check your inbox: we have sent a message to ana@example.com. To use WhisperGifts now, log in with the password you chose.',
  };

  it('signs up, is logged in with the password just chosen, lands on the dashboard; logs out', async () => {
    let signedIn = false;
    const user = aUser();
    api.on('GET', '/api/me', () => (signedIn ? json(user) : problem(401, 'unauthenticated', 'Log in.')));
    // Signup starts no session (it answers the same for any address); the app logs in next.
    api.on('POST', '/api/auth/signup', () => json(SIGNUP_ACCEPTED, { status: 202 }));
    api.on('POST', '/api/auth/login', () => {
      signedIn = true;
      return json(user);
    });
    api.on('POST', '/api/auth/logout', () => {
      signedIn = false;
      return noContent();
    });
    api.on('GET', '/api/registries', () => json([]));
    const { user: person, router } = renderApp('/signup');

    await person.type(await screen.findByLabelText('Your name'), 'Ana');
    await person.type(screen.getByLabelText('E-mail'), 'ana@example.com');
    await person.type(screen.getByLabelText('Password'), 'correct horse battery');
    await person.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'No gift list yet' })).toBeDefined();
    expect(screen.getByText('Signed in as Ana')).toBeDefined();
    expect(api.sent('POST', '/api/auth/signup')[0].body).toEqual({ displayName: 'Ana', email: 'ana@example.com', password: 'correct horse battery' });
    expect(api.sent('POST', '/api/auth/login')[0].body).toEqual({ email: 'ana@example.com', password: 'correct horse battery' });

    await person.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.sent('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('asks to check the e-mail when the address had an account already (the login with the new password fails)', async () => {
    api.on('GET', '/api/me', () => problem(401, 'unauthenticated', 'Log in.'));
    api.on('POST', '/api/auth/signup', () => json(SIGNUP_ACCEPTED, { status: 202 }));
    api.on('POST', '/api/auth/login', () => problem(401, 'unauthenticated', 'The e-mail address or the password is not right.'));
    const { user: person, router } = renderApp('/signup');

    await person.type(await screen.findByLabelText('Your name'), 'Ana');
    await person.type(screen.getByLabelText('E-mail'), 'ana@example.com');
    await person.type(screen.getByLabelText('Password'), 'correct horse battery');
    await person.click(screen.getByRole('button', { name: 'Create account' }));

    const heading = await screen.findByRole('heading', { name: 'Check your e-mail' });
    expect(document.activeElement).toBe(heading);
    expect(heading.parentElement!.textContent).toContain('We have sent a message to ana@example.com.');
    // No error, no hint that the address is taken, and the form is gone.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(router.state.location.pathname).toBe('/signup');
    expect(screen.getByRole('link', { name: 'Forgot your password?' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('shows a refused signup (e.g. too many attempts) above the form, without trying to log in', async () => {
    api.on('GET', '/api/me', () => problem(401, 'unauthenticated', 'Log in.'));
    api.on('POST', '/api/auth/signup', () => problem(429, 'too-many-requests', 'Too many attempts. Try again in 60 seconds.'));
    const { user: person } = renderApp('/signup');
    await person.type(await screen.findByLabelText('Your name'), 'Ana');
    await person.type(screen.getByLabelText('E-mail'), 'ana@example.com');
    await person.type(screen.getByLabelText('Password'), 'correct horse battery');
    await person.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Try again in 60 seconds.');
    expect(api.sent('POST', '/api/auth/login')).toHaveLength(0);
  });

  it.each(['//evil.example/phish', '/%5Cevil.example', '/%09/evil.example', 'javascript:alert(1)', 'https://evil.example/'])(
    'never follows a "next" of %s to another site',
    async (next) => {
      let signedIn = false;
      api.on('POST', '/api/auth/login', () => {
        signedIn = true;
        return json(aUser());
      });
      api.on('GET', '/api/me', () => (signedIn ? json(aUser()) : problem(401, 'unauthenticated', 'Log in.')));
      api.on('GET', '/api/registries', () => json([]));
      const { user, router } = renderApp(`/login?next=${encodeURIComponent(next)}`);
      await user.type(await screen.findByLabelText('E-mail'), 'ana@example.com');
      await user.type(screen.getByLabelText('Password'), 'correct horse battery');
      await user.click(screen.getByRole('button', { name: 'Log in' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
      expect(window.location.origin).toBe('http://localhost:3000');
    },
  );
});
