import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Registry, TrackerCounts, TrackerEntry, TrackerSummary } from '@whispergifts/api-client';
import { aRegistry, anItem, anOwnerReservation, aUser } from '@/testing/data';
import { fakeApi, json, noContent, problem, type FakeApi } from '@/testing/fake-api';
import { loadLanguageForTest } from '@/testing/catalogues';
import { renderApp } from '@/testing/render';

const TRACKER = '/api/registries/{registryId}/tracker';
const ETAG = 'W/"1-tracker-9"';

let seq = 0;
const anEntry = (overrides: Partial<TrackerEntry> = {}): TrackerEntry => ({
  id: `r-00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  kind: 'reservation',
  itemId: 'c0ffee00-0000-4000-8000-000000000001',
  gift: 'A toaster that cooks crumpets',
  category: 'Kitchen',
  quantity: 1,
  amount: null,
  receivedAmount: null,
  currency: 'EUR',
  guest: { name: 'Aunt May', email: 'may@example.com', address: '12 Rose Lane\nBath BA1 1AA', message: 'Enjoy the crumpets!' },
  stage: 'reserved',
  createdAt: '2026-11-21T10:00:00.000Z',
  boughtAt: null,
  receivedAt: null,
  thankedAt: null,
  thankNote: '',
  personalDataErased: false,
  ...overrides,
});

const counts = (overrides: Partial<TrackerCounts> = {}): TrackerCounts => ({
  total: 4,
  active: 3,
  held: 0,
  lapsed: 0,
  reserved: 1,
  pledged: 0,
  bought: 1,
  received: 0,
  thanked: 1,
  cancelled: 1,
  ...overrides,
});

const summary = (overrides: Partial<TrackerSummary> = {}): TrackerSummary => ({
  counts: counts(),
  overTime: [
    { date: '2026-11-20', reservations: 2, pledges: 0 },
    { date: '2026-11-21', reservations: 1, pledges: 1 },
  ],
  categories: [{ category: 'Kitchen', wanted: 3, reserved: 2 }],
  funds: [{ itemId: 'f', title: 'Honeymoon fund', kind: 'fund', targetAmount: 150000, pledgedAmount: 5000, receivedAmount: 5000 }],
  currency: 'EUR',
  timeZone: 'Europe/Lisbon',
  ...overrides,
});

const toaster = anEntry();
const plates = anEntry({
  gift: 'Dinner plates',
  quantity: 2,
  category: 'Table',
  stage: 'bought',
  boughtAt: '2026-11-22T09:00:00.000Z',
  guest: { name: 'Uncle Bob', email: 'bob@example.com', address: null, message: '' },
});
const honeymoon = anEntry({
  id: 'p-00000000-0000-4000-8000-0000000000aa',
  kind: 'pledge',
  gift: 'Honeymoon fund',
  category: 'Experiences',
  quantity: null,
  amount: 5000,
  receivedAmount: 5000,
  stage: 'thanked',
  receivedAt: '2026-11-23T09:00:00.000Z',
  thankedAt: '2026-11-24T09:00:00.000Z',
  thankNote: 'card sent',
});
const vase = anEntry({
  gift: 'A tall glass vase',
  category: 'Home',
  stage: 'cancelled',
  guest: { name: 'Cousin Sam', email: 'sam@example.com', address: null, message: '' },
});

let api: FakeApi;
let registry: Registry;
beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry();
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/items', () =>
    json([anItem({ category: 'Kitchen' }), anItem({ name: 'Dinner plates', category: 'Table' }), anItem({ name: 'Vase', category: 'Home' })]),
  );
  api.on('GET', TRACKER, () =>
    json({ entries: [toaster, plates, honeymoon, vase], nextCursor: null, counts: counts(), surpriseHidden: false }, { headers: { ETag: ETAG } }),
  );
  api.on('GET', '/api/registries/{registryId}/tracker/summary', () => json(summary()));
});

const open = async () => {
  const view = renderApp(`/dashboard/registries/${registry.id}/tracker`);
  await screen.findByRole('row', { name: /Dinner plates/ });
  return view;
};
const rowOf = (name: RegExp) => screen.getByRole('row', { name });
const trackerGets = () => api.sent('GET', `/api/registries/${registry.id}/tracker`);

describe('the gift tracker', () => {
  it('speaks the account’s language: progress, stages, buttons, filters, dialog and charts in German, no English left', async () => {
    loadLanguageForTest('de');
    api.on('GET', '/api/me', () => json(aUser({ language: 'de' })));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/tracker`);
    expect(await screen.findByText('1 von 3 bedankt')).toBeDefined();
    expect(screen.getByRole('progressbar', { name: '1 von 3 Geschenken bedankt' })).toBeDefined();
    expect(screen.getByText('1 aufgehoben, nicht mitgezählt', { exact: false })).toBeDefined();
    const counters = screen.getByRole('region', { name: 'Stand der Dankeschöns' }).querySelectorAll('dl div');
    expect([...counters].map((c) => c.textContent)).toEqual(['Reserviert1', 'Zugesagt0', 'Gekauft1', 'Erhalten0', 'Bedankt1']);
    const fund = within(rowOf(/Honeymoon fund/));
    expect(fund.getByText('Geldgeschenk', { exact: false })).toBeDefined();
    expect(fund.getByText('„card sent“')).toBeDefined();
    expect(fund.getByRole('button', { name: 'Noch nicht bedankt: Honeymoon fund von Aunt May' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Stand' })).toBeDefined();
    expect(screen.getByRole('option', { name: 'Bestätigung ausstehend' })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Als bedankt markieren: A toaster that cooks crumpets von Aunt May' }));
    const dialog = within(screen.getByRole('dialog', { name: 'A toaster that cooks crumpets als bedankt markieren' }));
    expect(dialog.getByLabelText('Notiz (freiwillig)')).toBeDefined();
    expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeDefined();
    await user.click(dialog.getByRole('button', { name: 'Abbrechen' }));
    expect(await screen.findByRole('heading', { name: 'Auf einen Blick' })).toBeDefined();
    const text = document.body.textContent ?? '';
    for (const english of ['thanked', 'Reserved', 'Mark ', 'Add a gift', 'Download', 'Search', 'Any stage', 'At a glance', 'Thank-you']) {
      expect(text).not.toContain(english);
    }
  });

  it('is a tab beside Reservations, with "1 of 3 thanked", the counters, and each gift’s giver, address, message and stage', async () => {
    await open();
    const tabs = within(screen.getByRole('navigation', { name: 'Gift list sections' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(tabs.slice(2, 4)).toEqual(['Reservations', 'Tracker']);
    expect(screen.getByText('1 of 3 thanked')).toBeDefined();
    const bar = screen.getByRole('progressbar', { name: '1 of 3 gifts thanked' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '3']);
    expect(screen.getByText('1 cancelled, not counted', { exact: false })).toBeDefined();
    const counters = screen.getByRole('region', { name: 'Thank-you progress' }).querySelectorAll('dl div');
    expect([...counters].map((c) => c.textContent)).toEqual(['Reserved1', 'Pledged0', 'Bought1', 'Received0', 'Thanked1']);

    const row = within(rowOf(/A toaster/));
    expect(row.getByText('Aunt May')).toBeDefined();
    expect(row.getByRole('link', { name: 'may@example.com' }).getAttribute('href')).toBe('mailto:may@example.com');
    expect(row.getByText(/12 Rose Lane/).tagName).toBe('ADDRESS');
    expect(row.getByText('Enjoy the crumpets!')).toBeDefined();
    expect(row.getByText('Reserved')).toBeDefined();
    expect(within(rowOf(/2 × Dinner plates/)).getByText('Bought')).toBeDefined();
    const fund = within(rowOf(/Honeymoon fund/));
    expect(fund.getByText('€50.00')).toBeDefined();
    expect(fund.getByText('“card sent”')).toBeDefined();
    expect(fund.getByRole('button', { name: 'Not thanked yet: Honeymoon fund from Aunt May' })).toBeDefined();
    // A cancelled reservation stays in the list, muted, with nothing left to mark.
    expect(rowOf(/A tall glass vase/).className).toBe('row-muted');
    expect(within(rowOf(/A tall glass vase/)).queryAllByRole('button')).toHaveLength(0);
    expect(within(rowOf(/A tall glass vase/)).queryByRole('checkbox')).toBeNull();
  });

  it('hides guests in surprise mode and says when their data was erased', async () => {
    api.on('GET', TRACKER, () =>
      json({
        entries: [anEntry({ guest: null }), anEntry({ gift: 'Kettle', guest: null, personalDataErased: true })],
        nextCursor: null,
        counts: counts(),
        surpriseHidden: true,
      }),
    );
    registry = aRegistry({ surpriseMode: true, revealDate: '2027-06-20' });
    renderApp(`/dashboard/registries/${registry.id}/tracker`);
    expect(await screen.findByText('Hidden until the reveal')).toBeDefined();
    expect(screen.getByText(/Surprise mode is on: you see each gift and how far it is, not who gave it, until June 20, 2027/)).toBeDefined();
    expect(within(rowOf(/Kettle/)).getByText('Guest’s details erased')).toBeDefined();
    expect(screen.queryByText('Aunt May')).toBeNull();
  });

  it('filters by stage, category and guest and searches, in the address too; clearing asks for everything again', async () => {
    const { user, router } = await open();
    await user.selectOptions(screen.getByLabelText('Stage'), 'bought');
    await waitFor(() => expect(trackerGets().at(-1)!.url.searchParams.get('stage')).toBe('bought'));
    expect(screen.getByLabelText('Category').querySelectorAll('option').length).toBe(4);
    await user.selectOptions(screen.getByLabelText('Category'), 'Table');
    await user.type(screen.getByLabelText('Guest'), 'bob');
    await user.type(screen.getByLabelText('Search'), 'plates');
    await waitFor(() => {
      const query = trackerGets().at(-1)!.url.searchParams;
      expect(Object.fromEntries(query)).toEqual({ stage: 'bought', category: 'Table', guest: 'bob', q: 'plates', limit: '100' });
    });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ stage: 'bought', category: 'Table', guest: 'bob', q: 'plates' });
    // Typing is one request once it pauses, not one per letter.
    expect(trackerGets().filter((r) => r.url.searchParams.get('q') === 'p')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(Object.fromEntries(trackerGets().at(-1)!.url.searchParams)).toEqual({ limit: '100' }));
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('');
  });

  it('keeps what is typed after a search has gone out, when its answer comes back', async () => {
    const { user } = await open();
    const search = screen.getByLabelText('Search') as HTMLInputElement;
    await user.type(search, 'pl');
    await waitFor(() => expect(trackerGets().at(-1)!.url.searchParams.get('q')).toBe('pl'));
    await user.type(screen.getByLabelText('Guest'), 'bob');
    await user.type(search, 'ates');
    await waitFor(() => expect(Object.fromEntries(trackerGets().at(-1)!.url.searchParams)).toEqual({ q: 'plates', guest: 'bob', limit: '100' }));
    expect(search.value).toBe('plates');
    expect((screen.getByLabelText('Guest') as HTMLInputElement).value).toBe('bob');
  });

  it('opens with the filters of its address', async () => {
    renderApp(`/dashboard/registries/${registry.id}/tracker?stage=received&q=vase`);
    await screen.findByRole('row', { name: /Dinner plates/ });
    expect(Object.fromEntries(trackerGets()[0].url.searchParams)).toEqual({ stage: 'received', q: 'vase', limit: '100' });
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('received');
  });

  it('says when no gift matches a filter', async () => {
    api.on('GET', TRACKER, ({ url }) =>
      json({ entries: url.searchParams.get('q') ? [] : [toaster], nextCursor: null, counts: counts(), surpriseHidden: false }, { headers: { ETag: ETAG } }),
    );
    const { user } = renderApp(`/dashboard/registries/${registry.id}/tracker`);
    await screen.findByRole('row', { name: /A toaster/ });
    await user.type(screen.getByLabelText('Search'), 'zebra');
    expect(await screen.findByRole('heading', { name: 'No gifts match' })).toBeDefined();
  });

  it('marks the selected gifts thanked at once, with one note', async () => {
    api.on('POST', '/api/registries/{registryId}/tracker/thanked', ({ body }) => {
      const { entryIds } = body as { entryIds: string[] };
      return json({ entries: entryIds.map((id) => anEntry({ id, stage: 'thanked' })) });
    });
    const { user } = await open();
    const bulk = within(screen.getByRole('group', { name: 'Selected gifts' }));
    expect((bulk.getByRole('button', { name: 'Mark thanked' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Select A toaster that cooks crumpets from Aunt May' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select 2 × Dinner plates from Uncle Bob' }));
    expect(bulk.getByText('2 gifts selected')).toBeDefined();
    const before = trackerGets().length;
    await user.click(bulk.getByRole('button', { name: 'Mark 2 gifts thanked' }));

    const dialog = within(screen.getByRole('dialog', { name: 'Mark 2 gifts thanked' }));
    expect(dialog.getByText('A toaster that cooks crumpets from Aunt May, 2 × Dinner plates from Uncle Bob')).toBeDefined();
    await user.type(dialog.getByLabelText('Note (optional)'), '  card sent ');
    await user.click(dialog.getByRole('button', { name: 'Mark thanked' }));

    expect(await screen.findByText('2 gifts marked thanked.')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/tracker/thanked`)[0].body).toEqual({ entryIds: [toaster.id, plates.id], note: 'card sent' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(trackerGets().length).toBeGreaterThan(before));
    expect(bulk.getByText('Select gifts to mark several thanked at once.')).toBeDefined();
  });

  it('"Select all shown" takes only the gifts that can still be thanked', async () => {
    api.on('POST', '/api/registries/{registryId}/tracker/thanked', () => json({ entries: [] }));
    const { user } = await open();
    await user.click(screen.getByRole('checkbox', { name: 'Select all shown' }));
    await user.click(screen.getByRole('button', { name: 'Mark 2 gifts thanked' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark thanked' }));
    await waitFor(() => expect(api.sent('POST', `/api/registries/${registry.id}/tracker/thanked`)).toHaveLength(1));
    expect(api.sent('POST', `/api/registries/${registry.id}/tracker/thanked`)[0].body).toEqual({ entryIds: [toaster.id, plates.id] });
  });

  it('marks one gift received, then thanked with a note, sending the tracker’s ETag; and takes a mark back', async () => {
    api.on('PATCH', '/api/registries/{registryId}/tracker/{entryId}', ({ params }) => json(anEntry({ id: params.entryId })));
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Mark received: 2 × Dinner plates from Uncle Bob' }));
    expect(await screen.findByText('2 × Dinner plates marked received.')).toBeDefined();
    const [received] = api.sent('PATCH', `/api/registries/${registry.id}/tracker/${plates.id}`);
    expect(received.body).toEqual({ received: true });
    expect(received.headers.get('If-Match')).toBe(ETAG);

    await user.click(screen.getByRole('button', { name: 'Mark thanked: A toaster that cooks crumpets from Aunt May' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Mark A toaster that cooks crumpets thanked' }));
    await user.type(dialog.getByLabelText('Note (optional)'), 'called her');
    await user.click(dialog.getByRole('button', { name: 'Mark thanked' }));
    expect(await screen.findByText('A toaster that cooks crumpets marked thanked.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}/tracker/${toaster.id}`)[0].body).toEqual({ thanked: true, note: 'called her' });

    await user.click(screen.getByRole('button', { name: 'Not thanked yet: Honeymoon fund from Aunt May' }));
    expect(await screen.findByText('Honeymoon fund no longer marked thanked.')).toBeDefined();
    expect(api.sent('PATCH', `/api/registries/${registry.id}/tracker/${honeymoon.id}`)[0].body).toEqual({ thanked: false });
  });

  it('holds every mark button until the list is read again after a mark, so the next mark sends the new ETag', async () => {
    let answer: (response: Response) => void = () => undefined;
    api.on('PATCH', '/api/registries/{registryId}/tracker/{entryId}', () => new Promise<Response>((resolve) => (answer = resolve)));
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Mark received: 2 × Dinner plates from Uncle Bob' }));
    const other = screen.getByRole('button', { name: 'Mark thanked: A toaster that cooks crumpets from Aunt May' }) as HTMLButtonElement;
    await waitFor(() => expect(other.disabled).toBe(true));
    // The list as read after the mark: a new version.
    api.on('GET', TRACKER, () =>
      json({ entries: [toaster, plates], nextCursor: null, counts: counts(), surpriseHidden: false }, { headers: { ETag: 'W/"1-tracker-10"' } }),
    );
    answer(json(anEntry({ id: plates.id, stage: 'received' })));
    await waitFor(() => expect(other.disabled).toBe(false));
    await user.click(other);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark thanked' }));
    await waitFor(() => expect(api.sent('PATCH', `/api/registries/${registry.id}/tracker/${toaster.id}`)).toHaveLength(1));
    expect(api.sent('PATCH', `/api/registries/${registry.id}/tracker/${toaster.id}`)[0].headers.get('If-Match')).toBe('W/"1-tracker-10"');
  });

  it('after a 412 says the gift changed meanwhile, and reads the tracker again', async () => {
    api.on('PATCH', '/api/registries/{registryId}/tracker/{entryId}', () => problem(412, 'precondition-failed', 'The registry changed since you read it.'));
    const { user } = await open();
    const before = trackerGets().length;
    await user.click(screen.getByRole('button', { name: 'Mark thanked: A toaster that cooks crumpets from Aunt May' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark thanked' }));
    expect(await within(screen.getByRole('dialog')).findByText(/This gift was changed meanwhile/)).toBeDefined();
    await waitFor(() => expect(trackerGets().length).toBeGreaterThan(before));
  });

  it('adds a gift given outside the list, in minor units, and checks what it needs first', async () => {
    api.on('POST', TRACKER, ({ body }) => {
      const { giver, description, amount } = body as { giver: string; description: string; amount?: number };
      return json(
        anEntry({ id: 'o-1', kind: 'offline', gift: description, amount: amount ?? null, guest: { name: giver, email: '', address: null, message: '' } }),
        { status: 201 },
      );
    });
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Add a gift given outside the list' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Add a gift given outside the list' }));
    await user.click(dialog.getByRole('button', { name: 'Add the gift' }));
    expect(dialog.getByText('Who gave it? A name is enough.')).toBeDefined();
    expect(dialog.getByText(/What was it\?/)).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/tracker`)).toHaveLength(0);

    await user.type(dialog.getByLabelText('From'), 'Grandma Rose');
    await user.type(dialog.getByLabelText('What'), 'An envelope');
    await user.type(dialog.getByLabelText('Amount (EUR, optional)'), '100');
    await user.type(dialog.getByLabelText('Note (optional)'), 'at the party');
    await user.click(dialog.getByRole('button', { name: 'Add the gift' }));
    expect(await screen.findByText('An envelope added.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.sent('POST', `/api/registries/${registry.id}/tracker`)[0].body).toEqual({
      giver: 'Grandma Rose',
      description: 'An envelope',
      amount: 10000,
      note: 'at the party',
    });
  });

  it('shows the API’s field errors for a gift given outside the list', async () => {
    api.on('POST', TRACKER, () =>
      problem(400, 'validation-error', 'Some fields are invalid; see `errors`.', {
        errors: [{ pointer: '#/giver', detail: 'must be shorter than 200 characters' }],
      }),
    );
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Add a gift given outside the list' }));
    const dialog = within(screen.getByRole('dialog'));
    await user.type(dialog.getByLabelText('From'), 'Grandma');
    await user.type(dialog.getByLabelText('What'), 'A quilt');
    await user.click(dialog.getByRole('button', { name: 'Add the gift' }));
    expect(await dialog.findByText('must be shorter than 200 characters')).toBeDefined();
    expect(dialog.getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
  });

  it('removes a gift given outside the list; guests’ reservations have no Remove', async () => {
    const quilt = anEntry({
      id: 'o-00000000-0000-4000-8000-000000000009',
      kind: 'offline',
      gift: 'A quilt',
      guest: { name: 'Grandma', email: '', address: null, message: '' },
    });
    api.on('GET', TRACKER, () => json({ entries: [quilt, plates], nextCursor: null, counts: counts(), surpriseHidden: false }, { headers: { ETag: ETAG } }));
    api.on('DELETE', '/api/registries/{registryId}/tracker/{entryId}', () => noContent());
    const { user } = await open();
    expect(within(rowOf(/Dinner plates/)).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(within(rowOf(/A quilt/)).getByText('Given outside the list', { exact: false })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Remove A quilt from Grandma' }));
    expect(await screen.findByText('A quilt removed.')).toBeDefined();
    expect(api.sent('DELETE', `/api/registries/${registry.id}/tracker/${quilt.id}`)).toHaveLength(1);
  });

  it('downloads the XLSX and the CSV the API writes, and says so when a download fails', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:http://localhost/x';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    let fail = false;
    const xlsx = new Uint8Array([0x50, 0x4b, 3, 4]);
    api.on('GET', '/api/registries/{registryId}/tracker.xlsx', () =>
      fail
        ? problem(401, 'unauthorized', 'Please log in.')
        : new Response(xlsx, { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }),
    );
    api.on('GET', '/api/registries/{registryId}/tracker.csv', () => new Response('\uFEFFGift,Kind\r\n', { headers: { 'content-type': 'text/csv' } }));
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Download (Excel)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(saved[0].name).toBe('ana-and-ben-gifts.xlsx');
    expect(new Uint8Array(await saved[0].blob.arrayBuffer())).toEqual(xlsx);
    await user.click(screen.getByRole('button', { name: 'Download (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect(saved[1].name).toBe('ana-and-ben-gifts.csv');

    fail = true;
    await user.click(screen.getByRole('button', { name: 'Download (Excel)' }));
    expect(await screen.findByText('The download did not work. Please try again.')).toBeDefined();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('prints the thank-you checklist', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Print thank-you checklist' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe('Thank-you checklist');
  });

  it('loads the charts with their figures in words', async () => {
    await open();
    const charts = await screen.findByRole('region', { name: 'At a glance' });
    expect(within(charts).getByText('1 of 3 thanked (33%).')).toBeDefined();
    expect(within(charts).getByText('3 reservations and 1 pledge over 2 days.')).toBeDefined();
    expect(within(charts).getByText('Kitchen: 2 of 3')).toBeDefined();
    expect(within(charts).getByText('Honeymoon fund: €50.00 of €1,500.00 pledged, €50.00 received')).toBeDefined();
  });

  it('shows more when the tracker has another page', async () => {
    api.on('GET', TRACKER, ({ url }) =>
      url.searchParams.get('cursor') === 'next'
        ? json({ entries: [vase], nextCursor: null, counts: counts(), surpriseHidden: false }, { headers: { ETag: ETAG } })
        : json({ entries: [toaster, plates], nextCursor: 'next', counts: counts(), surpriseHidden: false }, { headers: { ETag: ETAG } }),
    );
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('row', { name: /A tall glass vase/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

describe('the Reservations tab’s thank-you list', () => {
  it('is the tracker’s CSV, as the API writes it', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:http://localhost/csv');
    const csv = '\uFEFFGift,Kind,Quantity\r\nToaster,reservation,1\r\n';
    api.on('GET', '/api/registries/{registryId}/reservations', () =>
      json({ surpriseHidden: false, revealDate: null, nextCursor: null, reservations: [anOwnerReservation({ itemName: 'Toaster' })] }),
    );
    api.on('GET', '/api/registries/{registryId}/tracker.csv', () => new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    const { user } = renderApp(`/dashboard/registries/${registry.id}/reservations`);
    await user.click(await screen.findByRole('button', { name: 'Download for thank-you notes (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    // Byte for byte: the BOM that tells Excel the names are UTF-8 survives (Blob.text() would hide it).
    expect([...new Uint8Array(await (create.mock.calls[0][0] as Blob).arrayBuffer())]).toEqual([...new TextEncoder().encode(csv)]);
    expect(api.sent('GET', `/api/registries/${registry.id}/reservations`).every((r) => r.url.searchParams.get('limit') !== '500')).toBe(true);
  });
});
