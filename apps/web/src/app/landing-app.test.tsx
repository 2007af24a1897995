import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json } from '@/testing/fake-api';
import { LandingApp } from './landing-app';

beforeEach(() => {
  const api = fakeApi();
  api.install();
  api.on('GET', '/api/plans', () => json({ defaultPlan: 'free', plans: [] }));
});

describe('the prerendered landing page', () => {
  it('hydrates the English HTML, then speaks the visitor’s German in the same elements, without a mismatch', async () => {
    // What scripts/prerender-landing.mjs writes into #root at build time (tests start in English).
    const root = document.createElement('div');
    root.innerHTML = renderToString(<LandingApp />);
    document.body.append(root);
    const heading = root.querySelector('h1')!;
    const picture = root.querySelector('img')!;
    expect(heading.textContent).toBe('A wedding gift list from anywhere');

    loadLanguageForTest('de');
    const recoverable = vi.fn();
    await act(() => {
      hydrateRoot(root, <LandingApp thenLanguage="de" />, { onRecoverableError: recoverable });
      return Promise.resolve();
    });
    await waitFor(() => expect(heading.textContent).toBe('Eine Wunschliste für die Hochzeit, mit Geschenken von überall'));
    // Hydrated, not replaced: the painted elements stay (the picture is not fetched again, nothing jumps).
    expect(root.querySelector('h1')).toBe(heading);
    expect(root.querySelector('img')).toBe(picture);
    expect(picture.getAttribute('alt')).toMatch(/^Die Wunschliste von Ana und Ben/);
    expect(recoverable).not.toHaveBeenCalled();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('link', { name: 'Ihre Wunschliste anlegen' })).toBeDefined();
    expect(root.querySelector('.landing')!.textContent).not.toMatch(/How it works|For the guests|Create your gift list|Funds and group gifts/);
    root.remove();
  });
});
