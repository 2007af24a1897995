import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aGiftListItem } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('undo page /reservations/undo/:token', () => {
  it('asks before undoing (mail scanners open links), then undoes', async () => {
    api.on('DELETE', '/api/public/reservations/{token}', () => json({ item: aGiftListItem({ name: 'Toaster' }) }));
    const { user } = renderApp('/reservations/undo/wgu_abc');
    await user.click(await screen.findByRole('button', { name: 'Undo my reservation' }));
    expect(await screen.findByText(/Toaster is free again/)).toBeDefined();
    expect(api.sent('DELETE', '/api/public/reservations/wgu_abc')).toHaveLength(1);
  });

  it('explains an unknown link', async () => {
    api.on('DELETE', '/api/public/reservations/{token}', () => problem(404, 'not-found', 'This reservation was not found.'));
    const { user } = renderApp('/reservations/undo/wgu_nope');
    await user.click(await screen.findByRole('button', { name: 'Undo my reservation' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This reservation was not found.');
  });
});

describe('other pages', () => {
  it('has a 404 page for unknown addresses', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'We could not find that page' })).toBeDefined();
    // The title is set in an effect, which may run after the heading is in the page.
    await waitFor(() => expect(document.title).toBe('Page not found · WhisperGifts'));
  });

  it('has a landing page that says what it is and how to start, without calling the API', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'A wedding gift list from anywhere' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'For the couple' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'For the guests' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Create your gift list' }).getAttribute('href')).toBe('/signup');
    expect(api.requests).toHaveLength(0);
  });
});
