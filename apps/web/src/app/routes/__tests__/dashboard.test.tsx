import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item, Registry } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, anItem, anOwnerReservation, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi, type FakeRequest } from '@/testing/fake-api';
import { decodeQrSvg } from '@/testing/qr';
import { renderApp } from '@/testing/render';

let api: FakeApi;
let registry: Registry;
beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () => json([]));
  api.on('GET', '/api/registries/{registryId}/link-health', () => json([]));
  api.on('GET', '/api/registries/{registryId}/invitations', () => json({ invitations: [], nextCursor: null }));
});

describe('the weekly link check', () => {
  it('shows a badge on a gift whose shop link is broken or out of stock, and none on a healthy one', async () => {
    const [toaster, vase, kettle] = [anItem({ name: 'Toaster' }), anItem({ name: 'Vase' }), anItem({ name: 'Kettle' })];
    api.on('GET', '/api/registries/{registryId}/items', () => json([toaster, vase, kettle]));
    api.on('GET', '/api/registries/{registryId}/link-health', () =>
      json([
        { itemId: toaster.id, status: 'dead', reason: 'http-404', checkedAt: '2026-11-30T05:00:00Z' },
        { itemId: vase.id, status: 'out-of-stock', reason: null, checkedAt: '2026-11-30T05:00:00Z' },
        { itemId: kettle.id, status: 'ok', reason: null, checkedAt: '2026-11-30T05:00:00Z' },
      ]),
    );
    renderApp(`/dashboard/registries/${registry.id}`);
    expect(
      await within(await screen.findByRole('heading', { level: 3, name: 'Toaster' }).then((h) => h.closest('li')!)).findByText(/Shop link broken \(checked/),
    ).toBeDefined();
    expect(within(row('Vase')).getByText(/Out of stock at the shop/)).toBeDefined();
    expect(within(row('Kettle')).queryByText(/Shop link|Out of stock/)).toBeNull();
  });
});

const row = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

describe('registries', () => {
  it('lists the couple’s registries and creates a new one', async () => {
    const created = aRegistry({ slug: 'mia-and-leo', title: 'Mia & Leo' });
    api.on('POST', '/api/registries', () => json(created, { status: 201 }));
    api.on('GET', '/api/registries/{registryId}', ({ params }) => json(params.registryId === created.id ? created : registry));
    const { user, router } = renderApp('/dashboard');

    expect(await screen.findByRole('link', { name: 'Ana & Ben are getting married' })).toBeDefined();
    // With a list already, the form waits behind a button.
    expect(screen.queryByRole('form', { name: 'Create a gift list' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create another gift list' }));
    await user.type(screen.getByLabelText('Your names'), 'Mia & Leo');
    // The names fill in the title and the address, until the couple changes them.
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Mia & Leo are getting married');
    expect((screen.getByLabelText('Address of the list') as HTMLInputElement).value).toBe('mia-and-leo');
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Mia & Leo');
    await user.clear(screen.getByLabelText('Address of the list'));
    await user.type(screen.getByLabelText('Address of the list'), 'Mia-and-Leo');
    await user.type(screen.getByLabelText('Wedding date'), '2027-09-04');
    await user.selectOptions(screen.getByLabelText('Currency of the price hints'), 'GBP');
    await user.click(screen.getByRole('button', { name: 'Create gift list' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mia & Leo' })).toBeDefined();
    expect(router.state.location.pathname).toBe(`/dashboard/registries/${created.id}`);
    expect(api.sent('POST', '/api/registries')[0].body).toEqual({
      title: 'Mia & Leo',
      coupleNames: 'Mia & Leo',
      slug: 'mia-and-leo',
      currency: 'GBP',
      eventDate: '2027-09-04',
    });
  });

  it('shows a taken address next to the field', async () => {
    api.on('POST', '/api/registries', () =>
      problem(409, 'slug-taken', 'Another registry uses this address. Choose another slug.', {
        errors: [{ pointer: '#/slug', code: 'taken', detail: 'is taken' }],
      }),
    );
    api.on('GET', '/api/registries', () => json([]));
    const { user } = renderApp('/dashboard');
    await user.type(await screen.findByLabelText('Your names'), 'Ana & Ben');
    await user.click(screen.getByRole('button', { name: 'Create gift list' }));
    expect(await screen.findByText('Address of the list is already taken. Please try another.')).toBeDefined();
    expect(screen.getByLabelText('Address of the list').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('registry settings', () => {
  it('saves only the changed fields with If-Match', async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"1-x-4"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Ana & Ben, June 2027');
    await user.click(screen.getByRole('radio', { name: 'Garden' }));
    await user.selectOptions(screen.getByLabelText('Who can see it'), 'password');
    await user.type(screen.getByLabelText('Password for guests'), 'crumpets');
    await user.click(screen.getByLabelText('Hide who reserved what until the reveal date'));
    await user.type(screen.getByLabelText('Reveal date'), '2027-06-20');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Saved.')).toBeDefined();
    const [patch] = api.sent('PATCH', `/api/registries/${registry.id}`);
    expect(patch.headers.get('if-match')).toBe(registry.etag);
    expect(patch.body).toEqual({
      title: 'Ana & Ben, June 2027',
      theme: 'garden',
      visibility: 'password',
      password: 'crumpets',
      surpriseMode: true,
      revealDate: '2027-06-20',
    });
  });

  it("sets the registry's time zone from the IANA zones, with what it is used for", async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"1-x-4"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    const zone = await screen.findByLabelText('Time zone');
    expect((zone as HTMLSelectElement).value).toBe('UTC');
    expect(zone.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(zone).getByRole('option', { name: 'Africa/Addis Ababa' })).toBeDefined();
    await user.selectOptions(zone, 'Europe/Lisbon');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].body).toEqual({ timeZone: 'Europe/Lisbon' });
  });

  it('says "Saved." beside the Save button, and asks before leaving with unsaved edits', async () => {
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, ...(body as object), etag: 'W/"1-x-4"' }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user, router } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    const title = await screen.findByLabelText('Title');
    await user.type(title, '!');

    await user.click(screen.getByRole('link', { name: 'Gifts' }));
    expect(confirm).toHaveBeenCalledWith('You have changes that are not saved yet. Leave this page and lose them?');
    expect(router.state.location.pathname).toBe(`/dashboard/registries/${registry.id}/settings`);

    const save = screen.getByRole('button', { name: 'Save settings' });
    await user.click(save);
    const status = await within(save.parentElement!).findByText('Saved.');
    expect(status.getAttribute('role')).toBe('status');
    // Saved: leaving asks nothing more.
    await user.click(screen.getByRole('link', { name: 'Gifts' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/dashboard/registries/${registry.id}`));
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('asks for a reveal date while surprise mode is on, and keeps the date when it is turned off and on again', async () => {
    api.on('GET', '/api/registries/{registryId}', () => json({ ...registry, surpriseMode: false, revealDate: '2027-06-20' }));
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...registry, surpriseMode: false, revealDate: '2027-06-20', ...(body as object) }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    const surprise = await screen.findByLabelText('Hide who reserved what until the reveal date');
    await user.click(surprise);
    expect((screen.getByLabelText('Reveal date') as HTMLInputElement).value).toBe('2027-06-20');
    await user.click(surprise);
    await user.click(surprise);
    expect((screen.getByLabelText('Reveal date') as HTMLInputElement).value).toBe('2027-06-20');

    await user.clear(screen.getByLabelText('Reveal date'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Please choose a reveal date: names stay hidden until then.')).toBeDefined();
    expect(screen.getByLabelText('Reveal date').getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)).toHaveLength(0);

    await user.type(screen.getByLabelText('Reveal date'), '2027-07-01');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.sent('PATCH', `/api/registries/${registry.id}`)).toHaveLength(1));
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].body).toEqual({ surpriseMode: true, revealDate: '2027-07-01' });
  });

  it('on 412 shows the saved version next to the change and re-applies it on top, never overwriting silently', async () => {
    const theirs = { ...registry, title: 'Ben & Ana’s list', etag: 'W/"1-x-9"', version: 9 };
    let firstGet = true;
    api.on('GET', '/api/registries/{registryId}', () => {
      const answer = firstGet ? registry : theirs;
      firstGet = false;
      return json(answer);
    });
    api.on('PATCH', '/api/registries/{registryId}', ({ headers, body }) =>
      headers.get('if-match') === theirs.etag
        ? json({ ...theirs, ...(body as object), etag: 'W/"1-x-10"' })
        : problem(412, 'precondition-failed', 'This was changed since you loaded it.', { currentVersion: 9 }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Our list');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const notice = await screen.findByRole('alert', { name: 'This was changed while you were editing' });
    const cells = within(notice)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(cells).toContain('TitleOur listBen & Ana’s list');
    await user.click(within(notice).getByRole('button', { name: 'Apply my changes to the new version' }));

    expect(await screen.findByText('Saved.')).toBeDefined();
    const patches = api.sent('PATCH', `/api/registries/${registry.id}`);
    expect(patches.map((p) => p.headers.get('if-match'))).toEqual([registry.etag, theirs.etag]);
    expect(patches[1].body).toEqual({ title: 'Our list' });
  });
});

describe('header image', () => {
  it('uploads as multipart and later saves settings against the new version', async () => {
    const image = { url: 'http://localhost/media/h.jpg', width: 1200, height: 400, thumbnails: [] };
    const uploaded = { ...registry, headerImage: image, etag: 'W/"after-upload"', version: 4 };
    api.on('PUT', '/api/registries/{registryId}/header-image', () => json(uploaded));
    api.on('PATCH', '/api/registries/{registryId}', ({ body }) => json({ ...uploaded, ...(body as object), etag: 'W/"after-save"' }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    await user.upload(await screen.findByLabelText('Upload image'), new File(['png'], 'header.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByLabelText('Replace image')).toBeDefined());
    const [put] = api.sent('PUT', `/api/registries/${registry.id}/header-image`);
    expect(put.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    // (jsdom's File loses its name and bytes on the way into Node's Request; a browser sends both.)
    expect(put.body).toContain('Content-Disposition: form-data; name="file"');

    await user.click(screen.getByRole('radio', { name: 'Garden' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}`)[0].headers.get('if-match')).toBe('W/"after-upload"');
  });

  it('shows how much of the photo has gone out: indeterminate at first, then a percentage', async () => {
    const uploaded = { ...registry, headerImage: { url: 'http://localhost/media/h.jpg', width: 1200, height: 400, thumbnails: [] }, etag: 'W/"2"' };
    let answer!: () => void;
    let request!: FakeRequest;
    api.on('PUT', '/api/registries/{registryId}/header-image', (sent) => {
      request = sent;
      return new Promise<Response>((resolve) => (answer = () => resolve(json(uploaded))));
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);

    await user.upload(await screen.findByLabelText('Upload image'), new File(['p'.repeat(1000)], 'header.png', { type: 'image/png' }));
    const bar = await screen.findByRole('progressbar', { name: 'Uploading' });
    // No bytes counted yet: no value, so the browser shows it as indeterminate.
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.queryByText(/%$/)).toBeNull();

    act(() => request.upload!.sent(0.45));
    expect(screen.getByText('45%')).toBeDefined();
    expect(screen.getByRole('progressbar', { name: 'Uploading' }).getAttribute('value')).toBe('45');
    expect(screen.getByRole('progressbar', { name: 'Uploading' }).getAttribute('max')).toBe('100');

    act(() => answer());
    await waitFor(() => expect(screen.getByLabelText('Replace image')).toBeDefined());
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('group', { name: 'Header image' }).querySelector('img')?.getAttribute('src')).toBe('http://localhost/media/h.jpg');
  });

  it('shows a refused photo’s problem from the API, as before', async () => {
    api.on('PUT', '/api/registries/{registryId}/header-image', () =>
      problem(415, 'unsupported-media-type', 'The file is not a JPEG, PNG, WebP, AVIF or HEIC image.'),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    await user.upload(await screen.findByLabelText('Upload image'), new File(['png'], 'header.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The file is not a JPEG, PNG, WebP, AVIF or HEIC image.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('gives up the upload when the page is left, leaving no request hanging', async () => {
    let request!: FakeRequest;
    api.on('PUT', '/api/registries/{registryId}/header-image', (sent) => {
      request = sent;
      return new Promise<Response>(() => undefined);
    });
    const { user, router } = renderApp(`/dashboard/registries/${registry.id}/settings`);
    await user.upload(await screen.findByLabelText('Upload image'), new File(['p'.repeat(1000)], 'header.png', { type: 'image/png' }));
    act(() => request.upload!.sent(0.2));
    expect(screen.getByText('20%')).toBeDefined();

    await act(() => router.navigate(`/dashboard/registries/${registry.id}`));
    await waitFor(() => expect(screen.queryByLabelText('Header image')).toBeNull());
    expect(request.upload!.aborted).toBe(true);
  });
});

describe('items', () => {
  let items: Item[];
  beforeEach(() => {
    items = [
      anItem({ name: 'Toaster', position: 0 }),
      anItem({ name: 'Kettle', position: 1, quantity: null, remaining: null }),
      anItem({ name: 'Vase', position: 2 }),
    ];
    api.on('GET', '/api/registries/{registryId}/items', () => json(items));
  });

  it('asks before leaving a gift typed but not added, and lets the person stay', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user, router } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/dashboard/registries/${registry.id}/settings`));
    expect(confirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'Gifts' }));
    await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(confirm).toHaveBeenCalledWith('You have changes that are not saved yet. Leave this page and lose them?');
    expect((screen.getByLabelText('Gift') as HTMLInputElement).value).toBe('Picnic basket');
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/dashboard/registries/${registry.id}/settings`));
  });

  it('adds a gift with the price typed in the currency and sent in minor units', async () => {
    api.on('POST', '/api/registries/{registryId}/items', ({ body }) => json(anItem({ ...(body as object), position: 3 }), { status: 201 }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);

    await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');
    await user.type(screen.getByLabelText('Price from (EUR)'), '39.90');
    await user.type(screen.getByLabelText('Price up to (EUR)'), '60');
    await user.click(screen.getByLabelText('Unlimited (as many as guests like)'));
    await user.selectOptions(screen.getByLabelText('Priority'), 'high');
    await user.type(screen.getByLabelText('Category (optional)'), 'Outdoors');
    await user.click(screen.getByRole('button', { name: 'Add gift' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Picnic basket' })).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/items`)[0].body).toEqual({
      name: 'Picnic basket',
      description: '',
      url: null,
      priceMin: 3990,
      priceMax: 6000,
      quantity: null,
      priority: 'high',
      category: 'Outdoors',
      kind: 'gift',
    });
  });

  it('refuses a price it cannot read before sending anything', async () => {
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.type(await screen.findByLabelText('Gift'), 'Bowl');
    await user.type(screen.getByLabelText('Price from (EUR)'), 'about 40');
    await user.click(screen.getByRole('button', { name: 'Add gift' }));
    expect(await screen.findByText('Enter an amount like 40 or 39.90')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/items`)).toHaveLength(0);
  });

  describe('a photo with a new gift', () => {
    // 1,000 bytes, so that upload progress comes in whole percents.
    const photo = () => new File(['p'.repeat(1000)], 'basket.png', { type: 'image/png' });
    const image = { url: 'http://localhost/media/basket.png', width: 800, height: 600, thumbnails: [] };
    const addGift = () => screen.getByRole('region', { name: 'Add a gift' });
    const itemPaths = () => api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url.pathname}`);
    let created: Item;
    beforeEach(() => {
      api.on('POST', '/api/registries/{registryId}/items', ({ body }) => {
        created = anItem({ ...(body as object), position: 3 });
        return json(created, { status: 201 });
      });
    });

    it('shows the chosen photo at once; on submit creates the gift, then uploads the photo to it, and empties the form', async () => {
      let answer!: () => void;
      let request!: FakeRequest;
      api.on('PUT', '/api/registries/{registryId}/items/{itemId}/image', (sent) => {
        request = sent;
        return new Promise<Response>((resolve) => (answer = () => resolve(json({ ...created, id: sent.params.itemId, image, version: 2, etag: 'W/"2"' }))));
      });
      const revoke = vi.spyOn(URL, 'revokeObjectURL');
      const { user } = renderApp(`/dashboard/registries/${registry.id}`);

      await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');
      await user.upload(within(addGift()).getByLabelText('Upload image'), photo());
      const preview = within(addGift()).getByRole('img', { name: 'The chosen photo, not saved yet' });
      expect(preview.getAttribute('src')).toMatch(/^blob:/);
      expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);

      await user.click(screen.getByRole('button', { name: 'Add gift' }));
      // While the photo goes up: a bar, indeterminate until bytes are counted, then how far it is.
      await waitFor(() => expect(request).toBeDefined());
      expect(within(addGift()).getByRole('progressbar', { name: 'Uploading' }).hasAttribute('value')).toBe(false);
      act(() => request.upload!.sent(0.45));
      expect(within(addGift()).getByText('45%')).toBeDefined();
      expect(within(addGift()).getByRole('progressbar', { name: 'Uploading' }).getAttribute('value')).toBe('45');
      act(() => request.upload!.sent(0.9));
      expect(within(addGift()).getByText('90%')).toBeDefined();
      act(() => answer());
      expect(await within(addGift()).findByText('Added Picnic basket with its photo.')).toBeDefined();
      expect(within(addGift()).queryByRole('progressbar')).toBeNull();
      expect(itemPaths()).toEqual([`POST /api/registries/${registry.id}/items`, `PUT /api/registries/${registry.id}/items/${created.id}/image`]);
      const [post] = api.sent('POST', `/api/registries/${registry.id}/items`);
      expect(post.body).toMatchObject({ name: 'Picnic basket', quantity: 1, priority: 'medium' });
      const [put] = api.sent('PUT', `/api/registries/${registry.id}/items/${created.id}/image`);
      expect(put.headers.get('content-type')).toMatch(/^multipart\/form-data/);
      expect(put.body).toContain('Content-Disposition: form-data; name="file"');

      // The list shows the gift with its photo; the form is empty again and the preview's address is given back.
      expect(row('Picnic basket').querySelector('img')?.getAttribute('src')).toBe(image.url);
      expect((within(addGift()).getByLabelText('Gift') as HTMLInputElement).value).toBe('');
      expect(within(addGift()).queryByRole('img')).toBeNull();
      expect(revoke).toHaveBeenCalledWith(preview.getAttribute('src'));
    });

    it('when the upload fails, keeps the gift, says so beside the photo, and tries again on the same gift', async () => {
      let uploads = 0;
      api.on('PUT', '/api/registries/{registryId}/items/{itemId}/image', ({ params }) =>
        ++uploads === 1
          ? problem(413, 'payload-too-large', 'The file is larger than 10 MB (10485760 bytes), the most an image may be.', { maxBytes: 10485760 })
          : json({ ...created, id: params.itemId, image, version: 2, etag: 'W/"2"' }),
      );
      const { user } = renderApp(`/dashboard/registries/${registry.id}`);

      await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');
      await user.upload(within(addGift()).getByLabelText('Upload image'), photo());
      await user.click(screen.getByRole('button', { name: 'Add gift' }));

      const message = 'Picnic basket is added, but its photo is not: The file is larger than 10 MB (10485760 bytes), the most an image may be.';
      const alert = await within(addGift()).findByRole('alert');
      expect(within(alert).getByText(message)).toBeDefined();
      // The message is the photo field's description, and the gift is in the list.
      const input = within(addGift()).getByLabelText('Replace image');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent);
      expect(described).toEqual(['JPEG, PNG, WebP, AVIF or HEIC, up to 10 MB.', message]);
      expect(row('Picnic basket')).toBeDefined();
      // The saved fields cannot be submitted again: no second gift.
      expect(within(addGift()).queryByRole('button', { name: 'Add gift' })).toBeNull();
      // (disabled by their fieldset: the property stays false, the :disabled state is what a browser uses.)
      expect(within(addGift()).getByLabelText('Gift').matches(':disabled')).toBe(true);

      await user.click(within(alert).getByRole('button', { name: 'Try the photo again' }));
      expect(await within(addGift()).findByText('Added Picnic basket with its photo.')).toBeDefined();
      expect(itemPaths()).toEqual([
        `POST /api/registries/${registry.id}/items`,
        `PUT /api/registries/${registry.id}/items/${created.id}/image`,
        `PUT /api/registries/${registry.id}/items/${created.id}/image`,
      ]);
      expect(within(addGift()).getByRole('button', { name: 'Add gift' })).toBeDefined();
    });

    it('can leave the gift without its photo after a failed upload', async () => {
      api.on('PUT', '/api/registries/{registryId}/items/{itemId}/image', () =>
        problem(415, 'unsupported-media-type', 'The file is not a JPEG, PNG, WebP, AVIF or HEIC image.'),
      );
      const { user } = renderApp(`/dashboard/registries/${registry.id}`);
      await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');
      await user.upload(within(addGift()).getByLabelText('Upload image'), photo());
      await user.click(screen.getByRole('button', { name: 'Add gift' }));
      await user.click(await within(addGift()).findByRole('button', { name: 'Leave it without a photo' }));
      expect(within(addGift()).getByText('Added Picnic basket without a photo.')).toBeDefined();
      expect((within(addGift()).getByLabelText('Gift') as HTMLInputElement).value).toBe('');
      expect(api.sent('POST', `/api/registries/${registry.id}/items`)).toHaveLength(1);
    });

    it('refuses a file that is not an image, or is too large, before any request', async () => {
      const { user } = renderApp(`/dashboard/registries/${registry.id}`);
      // A browser's `accept` is only a suggestion: "All files" lets anything through.
      const anyFile = userEvent.setup({ applyAccept: false });
      await user.type(await screen.findByLabelText('Gift'), 'Picnic basket');

      await anyFile.upload(within(addGift()).getByLabelText('Upload image'), new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      expect(within(addGift()).getByRole('alert').textContent).toBe('notes.txt is not a photo we can use. Choose a JPEG, PNG, WebP, AVIF or HEIC image.');
      expect(within(addGift()).queryByRole('img')).toBeNull();

      const huge = photo();
      Object.defineProperty(huge, 'size', { value: 12 * 1024 * 1024 });
      await user.upload(within(addGift()).getByLabelText('Upload image'), huge);
      expect(within(addGift()).getByRole('alert').textContent).toBe('basket.png is 12.0 MB; a photo can be up to 10 MB. Choose a smaller one.');
      expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);

      // The gift itself can still be added, without a photo.
      await user.click(screen.getByRole('button', { name: 'Add gift' }));
      expect(await within(addGift()).findByText('Added Picnic basket.')).toBeDefined();
      expect(itemPaths()).toEqual([`POST /api/registries/${registry.id}/items`]);
    });
  });

  it('reorders with the keyboard-accessible buttons and announces the move', async () => {
    api.on('PUT', '/api/registries/{registryId}/items/order', ({ body }) => {
      const ids = (body as { itemIds: string[] }).itemIds;
      return json(ids.map((id, position) => ({ ...items.find((i) => i.id === id)!, position })));
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);

    await user.click(await screen.findByRole('button', { name: 'Move Vase up' }));
    expect(screen.getByRole('status').textContent).toBe('Vase moved to position 2 of 3.');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Toaster', 'Vase', 'Kettle']));
    expect(api.sent('PUT', `/api/registries/${registry.id}/items/order`)[0].body).toEqual({ itemIds: [items[0].id, items[2].id, items[1].id] });
    expect(screen.getByRole('button', { name: 'Move Toaster up' })).toHaveProperty('disabled', true);
  });

  it('reorders by drag and drop', async () => {
    api.on('PUT', '/api/registries/{registryId}/items/order', ({ body }) =>
      json((body as { itemIds: string[] }).itemIds.map((id) => items.find((i) => i.id === id)!)),
    );
    const { fireEvent } = await import('@testing-library/react');
    renderApp(`/dashboard/registries/${registry.id}`);
    await screen.findByRole('heading', { level: 3, name: 'Vase' });
    fireEvent.dragStart(row('Toaster'));
    fireEvent.dragOver(row('Vase'));
    fireEvent.drop(row('Vase'));
    await waitFor(() => expect(api.sent('PUT', `/api/registries/${registry.id}/items/order`)).toHaveLength(1));
    expect(api.sent('PUT', `/api/registries/${registry.id}/items/order`)[0].body).toEqual({ itemIds: [items[1].id, items[2].id, items[0].id] });
  });

  it('archives with If-Match, and deletes after confirming', async () => {
    api.on('PATCH', '/api/registries/{registryId}/items/{itemId}', ({ params, body }) =>
      json({ ...items.find((i) => i.id === params.itemId)!, ...(body as object), etag: 'W/"new"' }),
    );
    api.on('DELETE', '/api/registries/{registryId}/items/{itemId}', () => noContent());
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);

    // Archive and Delete wait behind the row's ⋯ menu; Escape closes it and gives focus back to its button.
    const more = await screen.findByRole('button', { name: 'More actions for Toaster' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Archive Toaster' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Archive Toaster' })).toBeNull();
    expect(document.activeElement).toBe(more);
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Archive Toaster' }));
    expect(await within(row('Toaster')).findByText('Archived')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Restore Toaster' })).toBeNull();
    const [archive] = api.sent('PATCH', `/api/registries/${registry.id}/items/${items[0].id}`);
    expect(archive.body).toEqual({ archived: true });
    expect(archive.headers.get('if-match')).toBe(items[0].etag);

    await user.click(screen.getByRole('button', { name: 'More actions for Vase' }));
    await user.click(screen.getByRole('button', { name: 'Delete Vase' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete Vase?' }));
    expect(dialog.getByText('Nobody has reserved it yet. Deleting it cannot be undone.')).toBeDefined();
    await user.click(dialog.getByRole('button', { name: 'Delete it' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Vase' })).toBeNull());
    expect(api.sent('DELETE', `/api/registries/${registry.id}/items/${items[2].id}`)[0].headers.get('if-match')).toBe(items[2].etag);
  });

  it('says up front that guests reserved a gift, and offers to archive it or remove it and tell them', async () => {
    items = [anItem({ name: 'Toaster', position: 0, quantity: 3, reserved: 2, remaining: 1 }), items[1]];
    api.on('POST', '/api/registries/{registryId}/items/{itemId}/withdraw', () => {
      items = [{ ...items[0], archived: true, reserved: 0, remaining: 3 }, items[1]];
      return json({ released: 2 });
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);
    await user.click(await screen.findByRole('button', { name: 'More actions for Toaster' }));
    await user.click(screen.getByRole('button', { name: 'Delete Toaster' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete Toaster?' }));
    expect(dialog.getByText('Guests have reserved this gift (2 reserved). What should happen to their reservations?')).toBeDefined();
    expect(dialog.getByRole('button', { name: 'Archive it' })).toBeDefined();
    expect(api.sent('DELETE', `/api/registries/${registry.id}/items/${items[0].id}`)).toHaveLength(0);

    await user.click(dialog.getByRole('button', { name: 'Remove it and tell the guests' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('POST', `/api/registries/${registry.id}/items/${items[0].id}/withdraw`)).toHaveLength(1);
    expect(await within(row('Toaster')).findByText('Archived')).toBeDefined();
  });

  it('edits a gift; on 412 shows the partner’s version and re-applies only the edit', async () => {
    const partners = { ...items[0], priceMin: 5000, etag: 'W/"partner"' };
    let itemsCalls = 0;
    api.on('GET', '/api/registries/{registryId}/items', () => json(++itemsCalls === 1 ? items : [partners, items[1], items[2]]));
    api.on('PATCH', '/api/registries/{registryId}/items/{itemId}', ({ headers, body }) =>
      headers.get('if-match') === partners.etag
        ? json({ ...partners, ...(body as object), etag: 'W/"after"' })
        : problem(412, 'precondition-failed', 'Changed.'),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}`);

    await user.click(await screen.findByRole('button', { name: 'Edit Toaster' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Toaster' });
    await user.clear(within(dialog).getByLabelText('Gift'));
    await user.type(within(dialog).getByLabelText('Gift'), 'Crumpet toaster');
    await user.click(within(dialog).getByRole('button', { name: 'Save gift' }));

    const notice = await within(dialog).findByRole('alert', { name: 'This was changed while you were editing' });
    expect(within(notice).getByRole('row', { name: /Gift/ }).textContent).toBe('GiftCrumpet toasterToaster');
    await user.click(within(notice).getByRole('button', { name: 'Apply my changes to the new version' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const patches = api.sent('PATCH', `/api/registries/${registry.id}/items/${items[0].id}`);
    expect(patches.map((p) => p.headers.get('if-match'))).toEqual([items[0].etag, partners.etag]);
    expect(patches[1].body).toEqual({ name: 'Crumpet toaster' });
    expect(screen.getByRole('heading', { level: 3, name: 'Crumpet toaster' })).toBeDefined();
  });
});

describe('reservations and sharing', () => {
  it('shows who reserved what, with a progress summary', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([anItem({ name: 'Toaster', reserved: 1, remaining: 0 }), anItem({ name: 'Vase' })]));
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({ surpriseHidden: false, revealDate: null, nextCursor: null, reservations: [anOwnerReservation({ itemName: 'Toaster' })] }),
    );
    renderApp(`/dashboard/registries/${registry.id}/reservations`);

    expect(await screen.findByText(/1 of 2 gifts fully reserved/)).toBeDefined();
    const table = screen.getByRole('table', { name: 'Who reserved what, newest first' });
    expect(within(table).getByText('Aunt May')).toBeDefined();
    expect(within(table).getByText('Enjoy the crumpets!')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Download for thank-you notes (CSV)' })).toBeDefined();
  });

  it('in surprise mode shows only counts', async () => {
    api.on('GET', '/api/registries/{registryId}/items', () => json([anItem({ name: 'Toaster', reserved: 1, remaining: 0 })]));
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({ surpriseHidden: true, revealDate: '2027-06-20', nextCursor: null, reservations: [anOwnerReservation({ itemName: 'Toaster', guest: null })] }),
    );
    renderApp(`/dashboard/registries/${registry.id}/reservations`);
    expect(await screen.findByText(/Surprise mode is on/)).toBeDefined();
    expect(screen.getByText(/until June 20, 2027/)).toBeDefined();
    const counts = screen.getAllByRole('table')[0];
    expect(within(counts).getByRole('row', { name: /Toaster/ }).textContent).toBe('Toaster1 of 1');
    expect(screen.queryByText('Aunt May')).toBeNull();
  });

  it('e-mails the list to guests and names each address the API refused', async () => {
    let first = true;
    api.on('POST', '/api/registries/{registryId}/invitations', ({ body }) => {
      if (first) {
        first = false;
        return problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
          errors: [{ pointer: '#/emails/1', code: 'invalid-email', detail: 'must be an e-mail address' }],
        });
      }
      return json({ invited: (body as { emails: string[] }).emails, skipped: [], remaining: 198 }, { status: 202 });
    });
    const { user } = renderApp(`/dashboard/registries/${registry.id}/share`);
    const emails = await screen.findByLabelText('Guests’ e-mail addresses');
    await user.type(emails, 'may@example.com, tom');
    await user.type(screen.getByLabelText('Your message (optional)'), 'See you there!');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('“tom” does not look like an e-mail address. Check it for typos (it should look like name@example.com).')).toBeDefined();

    await user.clear(emails);
    await user.type(emails, 'may@example.com{enter}tom@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('Sent to 2 guests. You can send 198 more today.')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/invitations`)[1].body).toEqual({
      emails: ['may@example.com', 'tom@example.com'],
      message: 'See you there!',
    });
  });

  it('puts a password list’s password in the invitations when asked, and says so when the API finds it wrong (issue 15, item 7)', async () => {
    registry = aRegistry({ visibility: 'password' });
    let answers = 0;
    api.on('POST', '/api/registries/{registryId}/invitations', ({ body }) =>
      answers++ === 0
        ? problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
            errors: [{ pointer: '#/password', code: 'invalid', detail: 'this is not the list’s current password' }],
          })
        : json({ invited: (body as { emails: string[] }).emails, skipped: [], remaining: 199 }, { status: 202 }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/share`);
    await user.type(await screen.findByLabelText('Guests’ e-mail addresses'), 'may@example.com');
    expect(screen.queryByLabelText('The list’s password')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Put the list’s password in the e-mail' }));
    await user.type(screen.getByLabelText('The list’s password'), 'crumpts');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('This is not the list’s password: check it, or change it in Settings.')).toBeDefined();
    await user.clear(screen.getByLabelText('The list’s password'));
    await user.type(screen.getByLabelText('The list’s password'), 'crumpets');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText(/Sent to 1 guest/)).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/invitations`)[1].body).toEqual({ emails: ['may@example.com'], password: 'crumpets' });
  });

  it('says a password is set in settings, never showing it', async () => {
    registry = aRegistry({ visibility: 'password' });
    renderApp(`/dashboard/registries/${registry.id}/settings`);
    expect(await screen.findByText(/A password is set: guests type it to open the list/)).toBeDefined();
    expect((screen.getByLabelText('New password (leave empty to keep the current one)') as HTMLInputElement).value).toBe('');
  });

  it('offers the link, a QR code and share links', async () => {
    renderApp(`/dashboard/registries/${registry.id}/share`);
    expect(((await screen.findByLabelText('Link to your gift list')) as HTMLInputElement).value).toBe(registry.guestUrl);
    // The <svg> itself is the named image (issue 15, item 5), and it scans to the list's address.
    const qr = screen.getByRole('img', { name: `QR code for ${registry.guestUrl}` });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(decodeQrSvg(qr)).toBe(registry.guestUrl);
    expect(screen.getByRole('link', { name: 'Facebook' }).getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(registry.guestUrl)}`,
    );
    expect(screen.getByRole('link', { name: 'X' }).getAttribute('href')).toContain(`url=${encodeURIComponent(registry.guestUrl)}`);
  });
});
