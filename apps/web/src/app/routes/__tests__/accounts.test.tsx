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
          { pointer: '#/email', detail: 'email must be an e-mail address' },
          { pointer: '#/password', detail: 'password must be longer than or equal to 10 characters' },
        ],
      }),
    );
    const { user } = renderApp('/signup');
    await user.type(await screen.findByLabelText('Your name'), 'Ana');
    await user.type(screen.getByLabelText('E-mail'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('email must be an e-mail address')).toBeDefined();
    expect(screen.getByText('password must be longer than or equal to 10 characters')).toBeDefined();
    expect(screen.getByLabelText('Your name').getAttribute('aria-invalid')).toBeNull();
  });

  it('signs up and lands on the dashboard; logs out', async () => {
    let signedIn = false;
    const user = aUser();
    api.on('GET', '/api/me', () => (signedIn ? json(user) : problem(401, 'unauthenticated', 'Log in.')));
    api.on('POST', '/api/auth/signup', () => {
      signedIn = true;
      return json(user, { status: 201 });
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

    await person.click(screen.getByRole('button', { name: 'Log out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(api.sent('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('never follows a "next" to another site', async () => {
    api.on('POST', '/api/auth/login', () => json(aUser()));
    api.on('GET', '/api/me', () => json(aUser()));
    api.on('GET', '/api/registries', () => json([]));
    const { user, router } = renderApp('/login?next=//evil.example/phish');
    await user.type(await screen.findByLabelText('E-mail'), 'ana@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });
});
