import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AdminAuditEntry, AdminRegistry, AdminUser } from '@whispergifts/api-client';
import { currentLocale, switchLanguage } from '@/lib/i18n';
import { loadLanguageForTest } from '@/testing/catalogues';
import { aGiftList, anOrder, aRegistry, aUser } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
const me = aUser({ id: '00000000-0000-4000-8000-00000000a001', email: 'root@example.com', role: 'admin', displayName: 'Root' });

const anAdminUser = (overrides: Partial<AdminUser> = {}): AdminUser => ({
  id: '00000000-0000-4000-8000-00000000b001',
  email: 'cleo@example.com',
  displayName: 'Cleo',
  role: 'user',
  emailVerifiedAt: null,
  disabledAt: null,
  registries: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

const anAdminRegistry = (overrides: Partial<AdminRegistry> = {}): AdminRegistry => ({
  id: '00000000-0000-4000-8000-00000000c001',
  slug: 'ana-and-ben',
  title: 'Ana & Ben are getting married',
  coupleNames: 'Ana & Ben',
  eventDate: '2027-06-12',
  visibility: 'public',
  plan: 'free',
  suspendedAt: null,
  suspendedReason: null,
  items: 4,
  owners: [{ id: '00000000-0000-4000-8000-00000000b002', email: 'ana@example.com', displayName: 'Ana' }],
  guestUrl: 'http://localhost/r/ana-and-ben',
  version: 3,
  createdAt: '2026-11-02T10:00:00.000Z',
  ...overrides,
});

/** The audit log's entry for `me` moving anAdminRegistry() from Free to Premium. */
const aPlanChange = (): AdminAuditEntry => ({
  id: '00000000-0000-4000-8000-00000000d001',
  actor: { id: me.id, email: 'root@example.com' },
  action: 'registry.change-plan',
  targetType: 'registry',
  targetId: '00000000-0000-4000-8000-00000000c001',
  before: { plan: 'free' },
  after: { plan: 'premium' },
  createdAt: '2026-12-01T10:00:00.000Z',
});

beforeEach(() => {
  api = fakeApi();
  api.install();
  api.on('GET', '/api/me', () => json(me));
});

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li')!;
const adminRequests = () => api.requests.filter((r) => r.url.pathname.startsWith('/api/admin'));

describe('who may enter /admin', () => {
  it('tells a signed-in person who is not an administrator that they may not, and asks the API for nothing of the admin area', async () => {
    api.on('GET', '/api/me', () => json(aUser({ role: 'user' })));
    renderApp('/admin/users');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Back to your gift lists' }).getAttribute('href')).toBe('/dashboard');
    expect(adminRequests()).toEqual([]);
  });

  it('sends a visitor to log in, and back afterwards', async () => {
    api.on('GET', '/api/me', () => problem(401, 'unauthenticated', 'Log in.'));
    const { router } = renderApp('/admin/registries?q=ana');
    await screen.findByRole('heading', { name: 'Log in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/admin/registries?q=ana')}`);
  });

  it('shows an administrator the sections, Orders and the queues among them', async () => {
    api.on('GET', '/api/admin/metrics', () => json({ from: '2026-11-01', to: '2026-11-30', days: [] }));
    renderApp('/admin');
    const nav = await screen.findByRole('navigation', { name: 'Admin' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Overview', '/admin'],
      ['Users', '/admin/users'],
      ['Registries', '/admin/registries'],
      ['Orders', '/admin/orders'],
      ['Audit log', '/admin/audit'],
      ['Queues (opens in a new tab)', '/api/admin/queues'],
    ]);
    expect(await screen.findByText(/No day of this range has been counted yet/)).toBeDefined();
  });
});

describe('the overview', () => {
  it('asks for the last 30 finished days and says each chart’s figures in words', async () => {
    api.on('GET', '/api/admin/metrics', ({ url }) =>
      json({
        from: url.searchParams.get('from'),
        to: url.searchParams.get('to'),
        days: [
          { day: '2026-11-28', signups: 3, registries: 1, items: 12, reservations: 5, upgrades: 0, computedAt: '2026-11-29T00:05:00.000Z' },
          { day: '2026-11-29', signups: 2, registries: 2, items: 8, reservations: 7, upgrades: 0, computedAt: '2026-11-30T00:05:00.000Z' },
        ],
      }),
    );
    renderApp('/admin');
    expect(await screen.findByText('5 sign-ups and 3 registries over 2 days.')).toBeDefined();
    expect(screen.getByText('20 items added and 12 reservations over 2 days.')).toBeDefined();
    const [request] = api.sent('GET', '/api/admin/metrics');
    const from = new Date(`${request.url.searchParams.get('from')}T00:00:00Z`).getTime();
    const to = new Date(`${request.url.searchParams.get('to')}T00:00:00Z`).getTime();
    expect((to - from) / 86_400_000).toBe(29);
    expect(request.url.searchParams.get('to')! < new Date().toISOString().slice(0, 10)).toBe(true);
  });
});

describe('users', () => {
  it('searches through the address, and verifies, disables (after a confirmation) and makes an admin', async () => {
    let cleo = anAdminUser();
    api.on('GET', '/api/admin/users', () =>
      json({ users: [cleo, anAdminUser({ id: me.id, email: me.email, displayName: 'Root', role: 'admin' })], nextCursor: null }),
    );
    api.on('PATCH', '/api/admin/users/{userId}', ({ body }) => {
      const change = body as { emailVerified?: boolean; disabled?: boolean; role?: AdminUser['role'] };
      cleo = {
        ...cleo,
        ...(change.emailVerified ? { emailVerifiedAt: '2026-12-01T10:00:00.000Z' } : {}),
        ...(change.disabled !== undefined ? { disabledAt: change.disabled ? '2026-12-01T10:00:00.000Z' : null } : {}),
        ...(change.role ? { role: change.role } : {}),
      };
      return json(cleo);
    });
    const { user, router } = renderApp('/admin/users');
    await screen.findByRole('heading', { level: 2, name: 'Cleo' });
    await user.type(screen.getByRole('searchbox', { name: 'Find accounts' }), 'cleo');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=cleo'));
    await waitFor(() => expect(api.sent('GET', '/api/admin/users').at(-1)!.url.searchParams.get('q')).toBe('cleo'));

    // One's own account cannot be disabled from here.
    expect(within(card('Root')).queryByRole('button', { name: 'Disable…' })).toBeNull();

    await user.click(within(card('Cleo')).getByRole('button', { name: 'Verify e-mail' }));
    await waitFor(() => expect(within(card('Cleo')).queryByRole('button', { name: 'Verify e-mail' })).toBeNull());
    expect(within(card('Cleo')).getByText('(verified)')).toBeDefined();

    await user.click(within(card('Cleo')).getByRole('button', { name: 'Disable…' }));
    expect(within(card('Cleo')).getByText(/signed out everywhere at once/)).toBeDefined();
    await user.click(within(card('Cleo')).getByRole('button', { name: 'Disable account' }));
    await within(card('Cleo')).findByRole('button', { name: 'Enable' });
    expect(within(card('Cleo')).getByText('Disabled', { selector: '.badge' })).toBeDefined();

    await user.click(within(card('Cleo')).getByRole('button', { name: 'Make admin' }));
    await within(card('Cleo')).findByRole('button', { name: 'Remove admin' });
    expect(api.sent('PATCH', '/api/admin/users/{userId}'.replace('{userId}', cleo.id)).map((r) => r.body)).toEqual([
      { emailVerified: true },
      { disabled: true },
      { role: 'admin' },
    ]);
  });

  it('says why a change was refused', async () => {
    api.on('GET', '/api/admin/users', () => json({ users: [anAdminUser({ role: 'admin', displayName: 'Other' })], nextCursor: null }));
    api.on('PATCH', '/api/admin/users/{userId}', () =>
      problem(409, 'last-admin', 'This is the last active administrator: make someone else an administrator first.'),
    );
    const { user } = renderApp('/admin/users');
    await user.click(await within(await screen.findByRole('listitem', { name: 'Other' })).findByRole('button', { name: 'Remove admin' }));
    expect((await screen.findByRole('alert')).textContent).toContain('last active administrator');
  });
});

describe('registries', () => {
  it('opens the guest page, changes the plan, suspends with a reason and lifts it', async () => {
    let registry = anAdminRegistry();
    api.on('GET', '/api/admin/registries', () => json({ registries: [registry], nextCursor: null }));
    api.on('PATCH', '/api/admin/registries/{registryId}', ({ body }) => {
      const change = body as { plan?: AdminRegistry['plan']; suspended?: boolean; suspendedReason?: string };
      registry = {
        ...registry,
        ...(change.plan ? { plan: change.plan } : {}),
        ...(change.suspended === true ? { suspendedAt: '2026-12-01T10:00:00.000Z', suspendedReason: change.suspendedReason ?? null } : {}),
        ...(change.suspended === false ? { suspendedAt: null, suspendedReason: null } : {}),
      };
      return json(registry);
    });
    const { user } = renderApp('/admin/registries');
    const title = 'Ana & Ben are getting married';
    await screen.findByRole('heading', { level: 2, name: title });
    const guestLink = within(card(title)).getByRole('link', { name: /the guest page/ });
    expect(guestLink.getAttribute('href')).toBe('http://localhost/r/ana-and-ben');
    expect(guestLink.getAttribute('target')).toBe('_blank');

    await user.selectOptions(within(card(title)).getByLabelText('Plan'), 'premium');
    await user.click(within(card(title)).getByRole('button', { name: 'Change plan' }));
    await within(card(title)).findByText('Plan changed.');
    expect(within(card(title)).getByText('Premium', { selector: '.badge' })).toBeDefined();

    const suspend = within(card(title)).getByRole('button', { name: 'Suspend' });
    expect(suspend.hasAttribute('disabled')).toBe(true);
    await user.type(within(card(title)).getByLabelText('Reason for suspending'), 'Reported as a scam.');
    await user.click(suspend);
    await within(card(title)).findByRole('button', { name: 'Lift suspension' });
    expect(within(card(title)).getByText(/“Reported as a scam\.”/)).toBeDefined();

    await user.click(within(card(title)).getByRole('button', { name: 'Lift suspension' }));
    await within(card(title)).findByText('Suspension lifted.');
    expect(api.sent('PATCH', `/api/admin/registries/${registry.id}`).map((r) => r.body)).toEqual([
      { plan: 'premium' },
      { suspended: true, suspendedReason: 'Reported as a scam.' },
      { suspended: false },
    ]);
  });
});

describe('the audit log', () => {
  it('lists who did what, when, with the values before and after, and filters by target', async () => {
    const entry = aPlanChange();
    api.on('GET', '/api/admin/audit', () => json({ entries: [entry], nextCursor: null }));
    renderApp(`/admin/audit?target=${entry.targetId}`);
    const row = (await screen.findByRole('cell', { name: 'Changed the plan' })).closest('tr')!;
    expect(within(row).getByText('root@example.com')).toBeDefined();
    expect(within(row).getByRole('listitem').textContent).toBe('Plan: free → premium');
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/admin/registries?q=${entry.targetId}`);
    expect(api.sent('GET', '/api/admin/audit')[0].url.searchParams.get('targetId')).toBe(entry.targetId);
  });
});

describe('a suspended gift list', () => {
  it('shows guests the reason instead of the gifts', async () => {
    api.on('GET', '/api/public/registries/{slug}', () =>
      json({ ...aGiftList([]), suspension: { reason: 'This list was reported as a scam and is under review.' } }),
    );
    renderApp('/r/ana-and-ben');
    expect(await screen.findByRole('heading', { name: 'This gift list is suspended' })).toBeDefined();
    expect(screen.getByText('This list was reported as a scam and is under review.')).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Ana & Ben are getting married' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /Reserve/ })).toBeNull();
    expect(screen.queryByText('No gifts yet')).toBeNull();
  });
});

describe('a suspended list in the couple’s dashboard', () => {
  it('tells the couple what guests see instead of their gifts', async () => {
    const registry = aRegistry({ suspension: { reason: 'Reported as a scam.', since: '2026-12-01T10:00:00.000Z' } });
    api.on('GET', '/api/me', () => json(aUser()));
    api.on('GET', '/api/registries/{registryId}', () => json(registry));
    api.on('GET', '/api/registries/{registryId}/items', () => json([]));
    renderApp(`/dashboard/registries/${registry.id}`);
    const notice = await screen.findByText(/An administrator has suspended this list/);
    expect(notice.closest('[role="status"]')?.textContent).toContain('guests see “Reported as a scam.” instead of your gifts');
  });
});

describe('the admin area in the account’s language', () => {
  /** English sentences of the cards, the charts and the audit log that must not be left on a German page. */
  const ENGLISH = /Verify e-mail|Make admin|Signed up|Change plan|Reason for suspending|sign-ups|registries over|Changed the plan|No admin actions|History/;

  it('shows accounts, registries, the charts and the audit log in German', async () => {
    loadLanguageForTest('de');
    // As the footer's picker does (the admin layout does not follow the account's language by itself yet).
    await switchLanguage('de');
    api.on('GET', '/api/me', () => json({ ...me, language: 'de' }));
    api.on('GET', '/api/admin/users', () => json({ users: [anAdminUser()], nextCursor: null }));
    api.on('GET', '/api/admin/registries', () => json({ registries: [anAdminRegistry()], nextCursor: null }));
    api.on('GET', '/api/admin/metrics', ({ url }) =>
      json({
        from: url.searchParams.get('from'),
        to: url.searchParams.get('to'),
        days: [{ day: '2026-11-28', signups: 1, registries: 2, items: 12, reservations: 5, upgrades: 0, computedAt: '2026-11-29T00:05:00.000Z' }],
      }),
    );
    const entry = aPlanChange();
    api.on('GET', '/api/admin/audit', () => json({ entries: [entry], nextCursor: null }));

    const users = renderApp('/admin/users');
    await screen.findByRole('heading', { level: 2, name: 'Cleo' });
    expect(await within(card('Cleo')).findByRole('button', { name: 'E-Mail bestätigen' })).toBeDefined();
    expect(within(card('Cleo')).getByText('(nicht bestätigt)')).toBeDefined();
    await users.user.click(within(card('Cleo')).getByRole('button', { name: 'Sperren…' }));
    expect(within(card('Cleo')).getByText(/wird sofort überall abgemeldet/)).toBeDefined();
    expect(card('Cleo').textContent).not.toMatch(ENGLISH);
    users.unmount();

    const registries = renderApp('/admin/registries');
    const title = 'Ana & Ben are getting married';
    await screen.findByRole('heading', { level: 2, name: title });
    expect(within(card(title)).getByRole('button', { name: 'Tarif ändern' })).toBeDefined();
    expect(within(card(title)).getByText('Free', { selector: '.badge' })).toBeDefined();
    expect(within(card(title)).getByText('4 · öffentlich')).toBeDefined();
    expect(within(card(title)).getByLabelText('Grund der Sperre')).toBeDefined();
    expect(card(title).textContent).not.toMatch(ENGLISH);
    registries.unmount();

    const overview = renderApp('/admin');
    expect(await screen.findByText('1 Registrierung und 2 Wunschlisten in 1 Tag.')).toBeDefined();
    expect(screen.getByText('12 Geschenke hinzugefügt und 5 Reservierungen in 1 Tag.')).toBeDefined();
    overview.unmount();

    renderApp(`/admin/audit?target=${entry.targetId}`);
    const row = (await screen.findByRole('cell', { name: 'Hat den Tarif geändert' })).closest('tr')!;
    expect(within(row).getByRole('listitem').textContent).toBe('Tarif: free → premium');
    expect(within(row).getByRole('link').textContent).toBe('Wunschliste 00000000');
    expect(screen.getByRole('columnheader', { name: 'Wann' })).toBeDefined();
  });
});

describe('the orders in the account’s language', () => {
  /** English words of the orders table and the refund dialog that must not be left on a German page. */
  const ENGLISH = /Refund|Ordered|Buyer|Gift list|Amount|Not paid|Paid|deleted|Keep the payment|Stripe returns|audit log|the buyer/;

  it('shows the orders and the refund dialog in German, dates and money in the German way', async () => {
    loadLanguageForTest('de');
    await switchLanguage('de');
    api.on('GET', '/api/me', () => json({ ...me, language: 'de' }));
    const paid = anOrder({ buyerEmail: 'ana@example.com' });
    const refunded = anOrder({ status: 'refunded', refundedAt: '2026-11-22T09:30:00.000Z' });
    const pending = anOrder({ status: 'pending', paidAt: null, buyerEmail: null, registrySlug: null, registryTitle: null });
    api.on('GET', '/api/admin/orders', () => json({ orders: [paid, refunded, pending], total: 3, paymentsEnabled: true }));

    const { user } = renderApp('/admin/orders');
    const table = (await screen.findByRole('cell', { name: 'Nicht bezahlt (Bezahlvorgang offen oder abgebrochen)' })).closest('table')!;
    for (const name of ['Bestellt', 'Wunschliste', 'Käufer', 'Tarif', 'Betrag', 'Status'])
      expect(within(table).getByRole('columnheader', { name })).toBeDefined();
    const when = (iso: string) => new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    expect(currentLocale()).toMatch(/^de/);
    expect(within(table).getByRole('cell', { name: `Bezahlt am ${when(paid.paidAt!)}` })).toBeDefined();
    expect(within(table).getByRole('cell', { name: `Erstattet am ${when(refunded.refundedAt!)}` })).toBeDefined();
    expect(within(table).getByText('gelöschte Liste')).toBeDefined();
    expect(within(table).getByText('gelöschtes Konto')).toBeDefined();
    expect(within(table).getAllByRole('cell', { name: /^49,00\s€$/ })).toHaveLength(3);
    expect(table.textContent).not.toMatch(ENGLISH);

    await user.click(within(table).getByRole('button', { name: /^49,00\s€ an ana@example\.com erstatten$/ }));
    const dialog = await screen.findByRole('dialog', { name: /^49,00\s€ erstatten\?$/ });
    expect(within(dialog).getByText(/^Stripe erstattet 49,00\s€ an ana@example\.com für „Ana & Ben“\. Sobald Stripe dies bestätigt/)).toBeDefined();
    expect(within(dialog).getByText('Dies wird unter Ihrem Namen im Protokoll vermerkt.')).toBeDefined();
    expect(within(dialog).getByRole('button', { name: /^49,00\s€ erstatten$/ })).toBeDefined();
    expect(within(dialog).getByRole('button', { name: 'Zahlung behalten' })).toBeDefined();
    expect(dialog.textContent).not.toMatch(ENGLISH);
  });
});
