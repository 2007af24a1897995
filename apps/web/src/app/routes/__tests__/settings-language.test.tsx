import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomDomain, Registry } from '@whispergifts/api-client';
import english from '../../../../../../libs/i18n/catalogues/en/dashboard.json';
import { aRegistry, aRegistrySummary, anItem, aUser, somePlans } from '@/testing/data';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fakeApi, json, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 17: the registry's settings, sharing and plan speak the account's language, as the rest of the dashboard. */
let api: FakeApi;
let registry: Registry;
const domain: CustomDomain = {
  domain: 'gifts.ana-and-ben.com',
  status: 'pending',
  records: [
    { type: 'TXT', name: '_whispergifts.gifts.ana-and-ben.com', value: '0123456789abcdef0123456789abcdef' },
    { type: 'CNAME', name: 'gifts.ana-and-ben.com', value: 'whispergifts.com' },
  ],
  verifiedAt: null,
  checkedAt: null,
  failure: 'txt-missing',
};

beforeEach(() => {
  api = fakeApi();
  api.install();
  loadLanguageForTest('de');
  registry = aRegistry({ plan: 'premium', visibility: 'password' });
  api.on('GET', '/api/me', () => json(aUser({ language: 'de' })));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/custom-domain', () => json(domain));
  api.on('GET', '/api/registries/{registryId}/guest-cards', () => json([]));
  api.on('GET', '/api/registries/{registryId}/items', () => json([anItem()]));
  api.on('GET', '/api/plans', () => json(somePlans()));
});

/** The English sentences of these screens (placeholders left out): none may be left on the German page. */
const englishSentences = Object.entries(english as Record<string, string>)
  .filter(([key]) => /^(settings|share|domains|plan|guest-cards|theme)\./.test(key))
  .flatMap(([, message]) => message.split(/\{[^}]*\}|<\/?\w+>/))
  .map((part) => part.trim())
  .filter((part) => part.split(' ').length >= 3);

const englishLeft = () => englishSentences.filter((sentence) => document.body.textContent!.includes(sentence));

describe('the registry’s settings, sharing and plan in German', () => {
  it('labels the settings form, the money gifts, the theme picker and its preview in German', async () => {
    renderApp(`/dashboard/registries/${registry.id}/settings`);
    expect(await screen.findByRole('button', { name: 'Einstellungen speichern' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Geldgeschenke' })).toBeDefined();
    expect(screen.getByLabelText('Kontoinhaber')).toBeDefined();
    expect(screen.getByLabelText('Sprache der Wunschliste')).toBeDefined();
    expect(screen.getByRole('option', { name: 'Nur Gäste mit dem Passwort' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Design' })).toBeDefined();
    expect(screen.getByText('Klassisch')).toBeDefined();
    expect(screen.getByText('Geldtopf für die Flitterwochen')).toBeDefined();
    expect(screen.getByRole('group', { name: 'Persönliche Daten der Gäste' })).toBeDefined();
    expect(englishLeft()).toEqual([]);
  });

  it('offers sharing, e-mails to guests, printed cards and the own domain in German', async () => {
    renderApp(`/dashboard/registries/${registry.id}/share`);
    expect(await screen.findByLabelText('Link zu Ihrer Wunschliste')).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Gäste per E-Mail einladen' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Einladungen senden' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Gedruckte Gästekarten' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Karten erstellen' })).toBeDefined();
    expect(await screen.findByText(/Wir haben den TXT-Eintrag noch nicht gefunden/)).toBeDefined();
    expect(screen.getByLabelText('Ziel des CNAME-Eintrags')).toBeDefined();
    expect(englishLeft()).toEqual([]);
  });

  it('shows the plan and the plans above in German', async () => {
    registry = aRegistry({ plan: 'free' });
    renderApp(`/dashboard/registries/${registry.id}/plan`);
    expect(await screen.findByRole('heading', { level: 3, name: 'Ihr Tarif: Free' })).toBeDefined();
    expect(screen.getByText('1 von 40 Geschenken')).toBeDefined();
    expect(screen.getByRole('button', { name: /^Zu Standard wechseln für 49,00/ })).toBeDefined();
    expect(englishLeft()).toEqual([]);
  });
});
