import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 17: the dashboard speaks the account's language, chosen under "Your account", on every device. */
let api: FakeApi;
const registry = aRegistry();
beforeEach(() => {
  api = fakeApi();
  api.install();
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
});

describe('the dashboard’s language', () => {
  it('follows the account’s language, right to left in Arabic', async () => {
    loadLanguageForTest('ar');
    api.on('GET', '/api/me', () => json(aUser({ language: 'ar' })));
    renderApp('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'قوائم هداياك' })).toBeDefined();
    expect(document.documentElement).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('is the admin area’s too', async () => {
    loadLanguageForTest('de');
    api.on('GET', '/api/me', () => json(aUser({ role: 'admin', language: 'de' })));
    api.on('GET', '/api/admin/metrics', () => json({ from: '2026-11-01', to: '2026-11-30', days: [] }));
    renderApp('/admin');
    expect(await screen.findByRole('navigation', { name: 'Verwaltung' })).toBeDefined();
    expect(document.documentElement).toMatchObject({ lang: 'de', dir: 'ltr' });
  });

  it('changes with the picker under "Your account", which saves it on the account', async () => {
    loadLanguageForTest('de');
    let me = aUser();
    const patched: unknown[] = [];
    api.on('GET', '/api/me', () => json(me));
    api.on('PATCH', '/api/me', ({ body: sent }) => {
      const body = sent as { language: 'de' };
      patched.push(body);
      me = { ...me, language: body.language };
      return json(me);
    });
    const { user } = renderApp('/dashboard/account');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Dashboard and e-mail language' }), 'Deutsch');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ihr Konto' })).toBeDefined();
    expect(await screen.findByRole('link', { name: 'Ihre Wunschlisten' })).toBeDefined();
    expect(patched).toEqual([{ language: 'de' }]);
    expect(document.documentElement).toMatchObject({ lang: 'de', dir: 'ltr' });
  });
});
