import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomDomain, GuestCards, Registry } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

/** Issue 16 in the SPA: the Share tab's custom-domain panel (claim, records, check, remove) and printed guest cards. */
let api: FakeApi;
let registry: Registry;
let domain: CustomDomain;
let renders: GuestCards[];

const none: CustomDomain = { domain: null, status: 'none', records: [], verifiedAt: null, checkedAt: null, failure: null };
const claimed = (host: string): CustomDomain => ({
  domain: host,
  status: 'pending',
  records: [
    { type: 'TXT', name: `_whispergifts.${host}`, value: '0123456789abcdef0123456789abcdef' },
    { type: 'CNAME', name: host, value: 'whispergifts.com' },
  ],
  verifiedAt: null,
  checkedAt: null,
  failure: null,
});
const aRender = (fields: Partial<GuestCards> = {}): GuestCards => ({
  id: '0c0c0c0c-0000-4000-8000-00000000000c',
  status: 'rendering',
  url: null,
  previewUrl: null,
  paper: 'a4',
  perPage: 4,
  theme: 'classic',
  createdAt: '2026-12-03T10:00:00.000Z',
  ...fields,
});

beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry({ plan: 'premium' });
  domain = none;
  renders = [];
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/custom-domain', () => json(domain));
  api.on('GET', '/api/registries/{registryId}/guest-cards', () => json(renders));
});

const share = () => renderApp(`/dashboard/registries/${registry.id}/share`);
const panel = async (name: string) => (await screen.findByRole('heading', { name })).closest('section')!;

describe('the custom domain panel', () => {
  it('claims a domain, shows the two records to set, and checks them', async () => {
    api.on('PUT', '/api/registries/{registryId}/custom-domain', ({ body }) => json((domain = claimed((body as { domain: string }).domain))));
    api.on('POST', '/api/registries/{registryId}/custom-domain/verify', () =>
      json((domain = { ...domain, status: 'verified', verifiedAt: '2026-12-03T10:00:00.000Z', checkedAt: '2026-12-03T10:00:00.000Z' })),
    );
    const { user } = share();
    const section = await panel('Your own domain');
    await user.type(await within(section).findByLabelText('Your domain'), 'gifts.ana-and-ben.com');
    await user.click(within(section).getByRole('button', { name: 'Add domain' }));
    expect(api.sent('PUT', `/api/registries/${registry.id}/custom-domain`)[0].body).toEqual({ domain: 'gifts.ana-and-ben.com' });

    expect(await within(section).findByText('Waiting for DNS')).toBeDefined();
    expect((within(section).getByLabelText('TXT record name') as HTMLInputElement).value).toBe('_whispergifts.gifts.ana-and-ben.com');
    expect((within(section).getByLabelText('TXT record value') as HTMLInputElement).value).toBe('0123456789abcdef0123456789abcdef');
    expect((within(section).getByLabelText('CNAME record points to') as HTMLInputElement).value).toBe('whispergifts.com');

    await user.click(within(section).getByRole('button', { name: 'Check now' }));
    expect(await within(section).findByText('Verified')).toBeDefined();
    expect(within(section).getByRole('link', { name: 'gifts.ana-and-ben.com' }).getAttribute('href')).toBe('https://gifts.ana-and-ben.com/');
  });

  it('says why a check did not verify it', async () => {
    domain = { ...claimed('gifts.ana-and-ben.com'), failure: 'txt-mismatch', checkedAt: '2026-12-03T10:00:00.000Z' };
    share();
    const section = await panel('Your own domain');
    expect(await within(section).findByText(/not with this code/)).toBeDefined();
    expect(within(section).getByText(/Last checked/)).toBeDefined();
  });

  it("puts a refused domain's message beside the field", async () => {
    api.on('PUT', '/api/registries/{registryId}/custom-domain', () =>
      problem(400, 'validation-error', 'Some fields are invalid', { errors: [{ pointer: '#/domain', code: 'reserved', detail: 'reserved' }] }),
    );
    const { user } = share();
    const section = await panel('Your own domain');
    await user.type(await within(section).findByLabelText('Your domain'), 'whispergifts.com');
    await user.click(within(section).getByRole('button', { name: 'Add domain' }));
    expect(await within(section).findByText(/must be a domain of your own/)).toBeDefined();
  });

  it('removes the domain after a confirmation', async () => {
    domain = claimed('gifts.ana-and-ben.com');
    api.on('DELETE', '/api/registries/{registryId}/custom-domain', () => {
      domain = none;
      return noContent();
    });
    const { user } = share();
    const section = await panel('Your own domain');
    await user.click(await within(section).findByRole('button', { name: 'Remove domain' }));
    expect(api.sent('DELETE', `/api/registries/${registry.id}/custom-domain`)).toHaveLength(0);
    await user.click(within(section).getByRole('button', { name: 'Yes, remove it' }));
    expect(await within(section).findByLabelText('Your domain')).toBeDefined();
    expect(api.sent('DELETE', `/api/registries/${registry.id}/custom-domain`)).toHaveLength(1);
  });

  it('tells a Free couple it comes with Standard and Premium, asking nothing', async () => {
    registry = aRegistry({ plan: 'free' });
    share();
    const section = await panel('Your own domain');
    expect(within(section).getByText(/comes with the Standard and Premium plans/)).toBeDefined();
    expect(within(section).queryByRole('textbox')).toBeNull();
    expect(api.sent('GET', `/api/registries/${registry.id}/custom-domain`)).toHaveLength(0);
  });
});

describe('the guest cards panel', () => {
  it('starts a render with the choices made, shows progress, then the preview and the download', async () => {
    api.on('POST', '/api/registries/{registryId}/guest-cards', () => {
      renders = [aRender()];
      return json({ id: renders[0].id }, { status: 202 });
    });
    const { user } = share();
    const section = await panel('Printed guest cards');
    await user.selectOptions(within(section).getByLabelText('Design'), 'garden');
    await user.click(within(section).getByLabelText('US Letter'));
    await user.click(within(section).getByLabelText('8 business-card-sized cards'));
    await user.type(within(section).getByLabelText('Short message (optional)'), 'See you there!');
    await user.click(within(section).getByRole('button', { name: 'Make the cards' }));
    expect(api.sent('POST', `/api/registries/${registry.id}/guest-cards`)[0].body).toEqual({
      theme: 'garden',
      paper: 'letter',
      perPage: 8,
      // The line above the names was left as offered: the API prints its default in the list's language.
      message: 'See you there!',
    });
    expect(await within(section).findByText(/Drawing your cards/)).toBeDefined();
    expect(within(section).getByRole('button', { name: 'Making your cards…' })).toHaveProperty('disabled', true);

    // The worker finishes; the next poll sees it.
    renders = [aRender({ status: 'ready', url: 'http://localhost/media/guest-cards/a.pdf', previewUrl: 'http://localhost/media/guest-cards/a.png' })];
    const download = await within(section).findByRole('link', { name: 'Download the PDF' }, { timeout: 4000 });
    expect(download.getAttribute('href')).toBe('http://localhost/media/guest-cards/a.pdf');
    expect(
      within(section)
        .getByRole('img', { name: /Preview of the sheet/ })
        .getAttribute('src'),
    ).toBe('http://localhost/media/guest-cards/a.png');
  });

  it('says when a render failed', async () => {
    renders = [aRender({ status: 'failed' })];
    share();
    const section = await panel('Printed guest cards');
    expect((await within(section).findByRole('alert')).textContent).toMatch(/could not make these cards/);
  });

  it('shows a plan-limit refusal, and tells other plans it comes with Premium', async () => {
    api.on('POST', '/api/registries/{registryId}/guest-cards', () =>
      problem(403, 'plan-limit', 'Your plan does not include printed guest cards. The Premium plan allows it.'),
    );
    const { user } = share();
    const section = await panel('Printed guest cards');
    await user.click(within(section).getByRole('button', { name: 'Make the cards' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(/Premium plan allows it/);
  });

  it('offers nothing to make on Standard', async () => {
    registry = aRegistry({ plan: 'standard' });
    share();
    const section = await panel('Printed guest cards');
    await waitFor(() => expect(within(section).getByText(/come with the Premium plan/)).toBeDefined());
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
