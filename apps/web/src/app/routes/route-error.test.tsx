import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it, vi } from 'vitest';
import { loadLanguageForTest } from '@/testing/catalogues';
import { RouteError } from './route-error';

vi.mock('@/lib/error-reporting', () => ({ reportError: () => undefined }));

function Broken(): never {
  throw new Error('a page that does not render');
}

const renderBroken = () =>
  render(
    <I18nProvider i18n={i18n}>
      <RouterProvider router={createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError /> }])} />
    </I18nProvider>,
  );

describe('the last line of defence', () => {
  it('apologises in the visitor’s language, without waiting for anything', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    loadLanguageForTest('de');
    i18n.activate('de');
    renderBroken();
    expect(await screen.findByRole('heading', { name: 'Entschuldigung, da ist etwas schiefgelaufen' })).toBeDefined();
    expect(screen.getByText('Diese Seite konnte nicht angezeigt werden.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Zur Startseite' })).toBeDefined();
  });
});
