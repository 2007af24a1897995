import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aGiftList } from '@/testing/data';
import { fakeApi, json, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';
import { currentLocale, initialLanguage, startLanguage } from './language';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

const picker = () => screen.findByRole('combobox', { name: /^(Language|Sprache|اللغة|Langue)$/ });

describe('languages in the web app', () => {
  it('switches with the picker, downloads that language, remembers it, and lays Arabic out right to left', async () => {
    api.on('GET', '/api/public/registries/{slug}', () => json(aGiftList()));
    const { user } = renderApp('/r/ana-and-ben');
    await user.selectOptions(await picker(), 'Deutsch');
    expect(await screen.findByRole('combobox', { name: 'Sprache' })).toBeDefined();
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('wg:language')).toBe('de');

    await user.selectOptions(await picker(), 'العربية');
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toBeDefined();
    expect(document.documentElement).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('shows a gift list in the couple’s language, unless the guest chose their own', async () => {
    api.on('GET', '/api/public/registries/{slug}', () => json(aGiftList(undefined, { language: 'fr' })));
    const first = renderApp('/r/ana-and-ben');
    expect(await screen.findByRole('combobox', { name: 'Langue' })).toBeDefined();
    expect(document.documentElement.lang).toBe('fr');
    // Following the couple is not a choice of the guest's.
    expect(localStorage.getItem('wg:language')).toBeNull();
    first.unmount();

    localStorage.setItem('wg:language', 'ar');
    expect(initialLanguage()).toBe('ar');
    localStorage.setItem('wg:language', 'en');
    // As main.tsx starts the app.
    await startLanguage(initialLanguage(), ['common', 'guest']);
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 1, name: 'Ana & Ben are getting married' });
    // A switch to the couple's French would have happened by now: its catalogues are loaded, so it takes microtasks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeDefined();
  });

  it('starts from the couple’s language in the first paint, else the browser’s, else English', () => {
    document.documentElement.dataset.registryLanguage = 'nl';
    expect(initialLanguage()).toBe('nl');
    delete document.documentElement.dataset.registryLanguage;
    // jsdom's navigator.languages is en-US.
    expect(initialLanguage()).toBe('en');
    expect(currentLocale()).toBe('en-US');
  });
});
