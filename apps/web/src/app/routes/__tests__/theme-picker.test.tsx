import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Registry } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
let registry: Registry;
function serve(fields: Partial<Registry>) {
  registry = aRegistry(fields);
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
}
beforeEach(() => {
  api = fakeApi();
  api.install();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries/{registryId}/items', () => json([]));
});

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
const preview = () => document.querySelector('.gift-list-preview-screen')!;

describe('theme picker', () => {
  it('on Free offers the first two themes and names the plans that have the others', async () => {
    serve({ plan: 'free', theme: 'classic' });
    renderApp(`/dashboard/registries/${registry.id}/settings`);
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: 'Classic' })).checked).toBe(true);
    expect(radio('Garden').disabled).toBe(false);
    for (const name of ['Modern', 'Midnight', 'Terracotta', 'Coastal']) {
      expect(radio(name).disabled).toBe(true);
      expect(radio(name).getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(radio(name).getAttribute('aria-describedby')!)!.textContent).toContain('On the Standard and Premium plans.');
    }
    expect(document.getElementById(radio('Garden').getAttribute('aria-describedby')!)!.textContent).not.toContain('Standard');
  });

  it('previews the guest page live in the theme picked and the names typed, light or dark, then saves the theme', async () => {
    serve({ plan: 'standard', theme: 'classic' });
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"saved"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    await screen.findByRole('radio', { name: 'Coastal' });
    expect(radio('Coastal').disabled).toBe(false);
    // The preview is the real header and gift cards, not a picture; inert, so nothing in it can be used.
    expect(preview().hasAttribute('inert')).toBe(true);
    expect(preview().querySelector('[data-theme]')!.getAttribute('data-theme')).toBe('classic');

    await user.click(radio('Coastal'));
    await user.clear(screen.getByLabelText('Your names'));
    await user.type(screen.getByLabelText('Your names'), 'Mia & Leo');
    expect(preview().querySelector('[data-theme]')!.getAttribute('data-theme')).toBe('coastal');
    expect(preview().querySelector('.gift-list-couple')!.textContent).toBe('Mia & Leo');
    expect(preview().querySelectorAll('.gift-card').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Dark' }));
    expect((preview() as HTMLElement).style.colorScheme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].body).toMatchObject({ theme: 'coastal', coupleNames: 'Mia & Leo' });
  });

  it('keeps a theme chosen on a plan since left selectable, and shows the API’s plan-limit answer', async () => {
    serve({ plan: 'free', theme: 'midnight' });
    api.on('PATCH', '/api/registries/{registryId}', () =>
      problem(403, 'plan-limit', 'The coastal theme is not part of the Free plan. The Standard plan allows it.', {
        feature: 'themes',
        requiredPlan: 'standard',
      }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    expect((await screen.findByRole<HTMLInputElement>('radio', { name: 'Midnight' })).checked).toBe(true);
    expect(radio('Midnight').disabled).toBe(false);
    expect(radio('Modern').disabled).toBe(true);
    await user.click(radio('Garden'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText(/The Standard plan allows it\./)).toBeDefined());
  });
});
