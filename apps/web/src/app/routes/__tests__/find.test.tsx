import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegistrySearchResult } from '@whispergifts/api-client';
import { switchLanguage } from '@/lib/i18n';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const SEARCH = '/api/public/registries';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const result = (fields: Partial<RegistrySearchResult> = {}): RegistrySearchResult => ({
  slug: 'ana-and-ben',
  title: 'We are getting married',
  coupleNames: 'Ana & Ben',
  eventDate: '2027-06-12',
  headerImage: null,
  ...fields,
});

describe('find a couple /find', () => {
  it('searches by names and date, shows each couple with a link to their list, and keeps the terms in the address', async () => {
    api.on('GET', SEARCH, () => json({ results: [result(), result({ slug: 'ana-and-carl', coupleNames: 'Ana & Carl', eventDate: null })], nextCursor: null }));
    const { router, user } = renderApp('/find');
    expect(await screen.findByRole('heading', { level: 1, name: 'Find a couple' })).toBeDefined();
    // Nothing is asked before the guest searches.
    expect(api.sent('GET', SEARCH)).toHaveLength(0);

    await user.type(screen.getByLabelText("The couple's names"), ' Ana ');
    await user.type(screen.getByLabelText('Wedding date (optional)'), '2027-06-12');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const first = await screen.findByRole('link', { name: 'Ana & Ben' });
    expect(first.getAttribute('href')).toBe('/r/ana-and-ben');
    expect(within(first.closest('li')!).getByText('June 12, 2027 · We are getting married')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Ana & Carl' }).getAttribute('href')).toBe('/r/ana-and-carl');
    expect(screen.getByText('2 matches')).toBeDefined();
    const [sent] = api.sent('GET', SEARCH);
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({ q: 'Ana', date: '2027-06-12' });
    expect(router.state.location.search).toBe('?q=Ana&date=2027-06-12');
    await waitFor(() => expect(document.title).toBe('Find a couple: Ana · WhisperGifts'));
  });

  it('asks for the next page with the cursor when there are more', async () => {
    api.on('GET', SEARCH, ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json({ results: [result({ slug: 'third', coupleNames: 'Third & Couple' })], nextCursor: null })
        : json({
            results: [result({ slug: 'first', coupleNames: 'First & Couple' }), result({ slug: 'second', coupleNames: 'Second & Couple' })],
            nextCursor: 'page-2',
          }),
    );
    const { user } = renderApp('/find?q=Couple');
    expect(await screen.findByRole('link', { name: 'First & Couple' })).toBeDefined();
    expect(screen.getByText('The first 2 matches')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'Third & Couple' })).toBeDefined();
    expect(within(screen.getByRole('main')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says when nothing matches, and why an unlisted list cannot be found', async () => {
    api.on('GET', SEARCH, () => json({ results: [], nextCursor: null }));
    renderApp('/find?q=Nobody');
    expect(await screen.findByRole('heading', { name: 'No public gift list matches “Nobody”' })).toBeDefined();
    expect(screen.getByText(/only their link opens it/)).toBeDefined();
  });

  it('refuses a one-letter search without asking the API', async () => {
    const { user } = renderApp('/find');
    await user.type(await screen.findByLabelText("The couple's names"), 'A');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText('Type at least two letters of a name.')).toBeDefined();
    expect(screen.getByLabelText("The couple's names").getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('GET', SEARCH)).toHaveLength(0);
  });

  it('explains a rate limit in plain words, with a retry', async () => {
    api.on('GET', SEARCH, () => problem(429, 'too-many-requests', 'Too many searches. Try again in 30 seconds.', { retryAfter: 30 }));
    renderApp('/find?q=Ana');
    expect(await screen.findByRole('heading', { name: 'Too many searches at once' })).toBeDefined();
    expect(screen.getByText('Too many searches. Try again in 30 seconds.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
  });
});

describe("the gift list's 404", () => {
  it('says what to check and offers the search, filled in with the address’s words', async () => {
    api.on('GET', '/api/public/registries/{slug}', () => problem(404, 'not-found', 'This gift list was not found.'));
    renderApp('/r/ana-and-bne');
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this gift list' })).toBeDefined();
    expect(screen.getByText(/Check the link against the couple’s invitation/)).toBeDefined();
    // The API's own sentence is not repeated under the heading ("…not found. This gift list was not found.").
    expect(screen.queryByText('This gift list was not found.')).toBeNull();
    const link = screen.getByRole('link', { name: 'Search by their names' });
    expect(link.getAttribute('href')).toBe('/find?q=ana%20and%20bne');
    await waitFor(() => expect(document.title).toBe('Gift list not found · WhisperGifts'));
  });
});

describe('find a couple in German', () => {
  it('searches, counts the matches and explains an empty search in German', async () => {
    loadLanguageForTest('de');
    await switchLanguage('de');
    api.on('GET', SEARCH, ({ url }) =>
      json({
        results: url.searchParams.get('q') === 'Niemand' ? [] : [result(), result({ slug: 'ana-and-carl', coupleNames: 'Ana & Carl' })],
        nextCursor: null,
      }),
    );
    const { user } = renderApp('/find');
    expect(await screen.findByRole('heading', { level: 1, name: 'Brautpaar finden' })).toBeDefined();
    await user.type(screen.getByLabelText('Die Namen des Brautpaars'), 'A');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    expect(screen.getByText('Bitte geben Sie mindestens zwei Buchstaben eines Namens ein.')).toBeDefined();
    await user.type(screen.getByLabelText('Die Namen des Brautpaars'), 'na');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    expect(await screen.findByText('2 Treffer')).toBeDefined();
    // The API answers its problems in the language the page speaks.
    expect(api.sent('GET', SEARCH)[0].headers.get('accept-language')).toBe('de');
    expect(within(screen.getByRole('link', { name: 'Ana & Ben' }).closest('li')!).getByText('12. Juni 2027 · We are getting married')).toBeDefined();
    expect(document.querySelector('main')!.textContent).not.toMatch(/Find a couple|matches|Search|Wedding date/);

    await user.clear(screen.getByLabelText('Die Namen des Brautpaars'));
    await user.type(screen.getByLabelText('Die Namen des Brautpaars'), 'Niemand');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    expect(await screen.findByRole('heading', { name: 'Keine öffentliche Wunschliste passt zu „Niemand“' })).toBeDefined();
    await waitFor(() => expect(document.title).toBe('Brautpaar finden: Niemand · WhisperGifts'));
  });
});
