import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createItem, createRegistry, createUser, DEFAULT_PASSWORD, pledgeBody, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The admin area's API (issue 16): accounts (verify, disable, make admin), registries (plan, suspension) and the
 * audit log, against the real PostgreSQL and Redis. Who may call it at all: route-auth.test.ts.
 */
let t: TestApp;
let admin: TestUser;
// The web app's index.html, for the shared page's HTML (link previews).
const shellDir = mkdtempSync(join(tmpdir(), 'wg-admin-shell-'));
writeFileSync(join(shellDir, 'index.html'), '<!doctype html><html><head><title>WhisperGifts</title></head><body><div id="root"></div></body></html>');
beforeAll(async () => {
  t = await startTestApp({ WEB_SHELL_FILE: join(shellDir, 'index.html') });
  admin = await createUser(t, { role: 'admin', email: `admin-${Date.now()}@example.com` });
});
afterAll(async () => {
  await t.close();
  rmSync(shellDir, { recursive: true, force: true });
});

const PROBLEM = 'https://whispergifts.com/problems/';
const patchUser = (id: string, body: object, as = admin) => as.agent().patch(`/api/admin/users/${id}`).send(body);
const patchRegistry = (id: string, body: object) => admin.agent().patch(`/api/admin/registries/${id}`).send(body);

async function signedIn(user: TestUser) {
  const agent = t.http();
  await agent.post('/api/auth/login').send({ email: user.email, password: DEFAULT_PASSWORD }).expect(200);
  return agent;
}

async function auditOf(targetId: string) {
  const response = await admin.agent().get(`/api/admin/audit?targetId=${targetId}`).expect(200);
  expectMatchesSpec(response, 'GET', '/api/admin/audit');
  return response.body.entries as { action: string; actor: { id: string; email: string }; before: object; after: object; createdAt: string }[];
}

describe('accounts', () => {
  it('finds accounts by part of the address or name, newest first, a page at a time', async () => {
    const marker = `findme${Date.now()}`;
    const made = [];
    for (const name of ['Ana', 'Ben', 'Cleo']) made.push(await createUser(t, { email: `${name.toLowerCase()}.${marker}@example.com`, displayName: name }));
    const first = await admin.agent().get(`/api/admin/users?q=${marker.toUpperCase()}&limit=2`).expect(200);
    expectMatchesSpec(first, 'GET', '/api/admin/users');
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.body.users.map((u: { displayName: string }) => u.displayName)).toEqual(['Cleo', 'Ben']);
    const second = await admin
      .agent()
      .get(`/api/admin/users?q=${marker}&limit=2&cursor=${first.body.nextCursor as string}`)
      .expect(200);
    expect(second.body.users.map((u: { id: string }) => u.id)).toEqual([made[0].id]);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.users[0]).toMatchObject({ email: made[0].email, role: 'user', emailVerifiedAt: null, disabledAt: null, registries: 0 });
    const byName = await admin.agent().get('/api/admin/users?q=cle').expect(200);
    expect(byName.body.users.map((u: { id: string }) => u.id)).toContain(made[2].id);
    await admin.agent().get('/api/admin/users?cursor=nonsense').expect(400);
    await admin.agent().get('/api/admin/users?limit=101').expect(400);
  });

  it('verifies an address, with an audit row saying who, when, before and after', async () => {
    const user = await createUser(t);
    const response = await patchUser(user.id, { emailVerified: true }).expect(200);
    expectMatchesSpec(response, 'PATCH', '/api/admin/users/{userId}');
    expect(response.body.emailVerifiedAt).not.toBeNull();
    const me = await user.agent().get('/api/me').expect(200);
    expect(me.body.emailVerifiedAt).toBe(response.body.emailVerifiedAt);
    const [entry, ...rest] = await auditOf(user.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: 'user.verify-email',
      actor: { id: admin.id, email: admin.email },
      before: { emailVerifiedAt: null },
      after: { emailVerifiedAt: response.body.emailVerifiedAt },
    });
    expect(Math.abs(Date.parse(entry.createdAt) - Date.now())).toBeLessThan(60_000);
    // Verifying again changes nothing and writes nothing.
    await patchUser(user.id, { emailVerified: true }).expect(200);
    expect(await auditOf(user.id)).toHaveLength(1);
  });

  it('disables an account: its very next request is refused, session (even a cached owner view) and token alike; enabling restores it', async () => {
    const user = await createUser(t);
    const registry = await createRegistry(user);
    const session = await signedIn(user);
    await session.get(`/api/registries/${registry.id}`).expect(200);
    await session.get(`/api/registries/${registry.id}`).expect(200); // now answered from the owner cache

    const disabled = await patchUser(user.id, { disabled: true }).expect(200);
    expect(disabled.body.disabledAt).not.toBeNull();
    expect((await session.get(`/api/registries/${registry.id}`)).status).toBe(401);
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await user.agent().get('/api/me')).status).toBe(401);
    const login = await t.http().post('/api/auth/login').send({ email: user.email, password: DEFAULT_PASSWORD }).expect(403);
    expect(login.body.type).toBe(`${PROBLEM}account-disabled`);
    // A wrong password is still just wrong: the refusal tells nothing to someone without it.
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'not the password at all' }).expect(401);

    await patchUser(user.id, { disabled: false }).expect(200);
    await user.agent().get('/api/me').expect(200);
    await signedIn(user);
    expect((await auditOf(user.id)).map((e) => [e.action, e.before, e.after])).toEqual([
      ['user.enable', { disabledAt: disabled.body.disabledAt }, { disabledAt: null }],
      ['user.disable', { disabledAt: null }, { disabledAt: disabled.body.disabledAt }],
    ]);
  });

  it('makes an administrator, who may use admin routes from the next request on, and removes one', async () => {
    const user = await createUser(t);
    const session = await signedIn(user);
    expect((await session.get('/api/admin/users')).status).toBe(403);
    await patchUser(user.id, { role: 'admin' }).expect(200);
    await session.get('/api/admin/users').expect(200);
    await user.agent().get('/api/admin/audit').expect(200);
    await patchUser(user.id, { role: 'user' }).expect(200);
    expect((await session.get('/api/admin/users')).status).toBe(403);
    expect((await user.agent().get('/api/admin/audit')).status).toBe(403);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['user.remove-admin', 'user.make-admin']);
  });

  it('never locks everyone out: no disabling oneself, and the last active administrator stays', async () => {
    const self = await patchUser(admin.id, { disabled: true }).expect(409);
    expect(self.body.type).toBe(`${PROBLEM}last-admin`);
    // Other admins may exist from earlier tests only as demoted ones: make sure `admin` is the only active one.
    await t.db.query("UPDATE users SET role = 'user' WHERE role = 'admin' AND id <> $1", [admin.id]);
    const demote = await patchUser(admin.id, { role: 'user' }).expect(409);
    expect(demote.body.type).toBe(`${PROBLEM}last-admin`);
    expect(await auditOf(admin.id)).toEqual([]);
    await admin.agent().get('/api/admin/users').expect(200);

    // With a second administrator, one may step down (and the other may then not).
    const other = await createUser(t, { role: 'admin' });
    await patchUser(admin.id, { role: 'user' }, other).expect(200);
    expect((await patchUser(other.id, { role: 'user' }, other)).status).toBe(409);
    await patchUser(admin.id, { role: 'admin' }, other).expect(200);
  });

  it('refuses a body without a change, unknown values and unknown accounts', async () => {
    const user = await createUser(t);
    for (const body of [{}, { role: 'owner' }, { disabled: 'yes' }, { emailVerified: false }, { nickname: 'x' }]) {
      const response = await patchUser(user.id, body).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    await patchUser('00000000-0000-4000-8000-000000000000', { emailVerified: true }).expect(404);
  });
});

describe('registries', () => {
  let owner: TestUser;
  let registry: TestRegistry;
  let giftId: string;
  let fundId: string;
  beforeAll(async () => {
    owner = await createUser(t, { verified: true });
    registry = await createRegistry(owner, { coupleNames: 'Zoe & Yann', title: 'Zoe and Yann say yes' });
    giftId = (await createItem(owner, registry, { name: 'Teapot', quantity: 3 })).id;
    fundId = (await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' })).id;
  });

  const guestList = () => t.http().get(`/api/public/registries/${registry.slug}`);
  const versionOf = async () => (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version as number;

  it('finds registries by names, title or an owner’s address', async () => {
    for (const q of ['zoe & y', 'SAY YES', owner.email, registry.slug]) {
      const response = await admin
        .agent()
        .get(`/api/admin/registries?q=${encodeURIComponent(q)}`)
        .expect(200);
      expectMatchesSpec(response, 'GET', '/api/admin/registries');
      expect(response.body.registries.map((r: { id: string }) => r.id)).toEqual([registry.id]);
    }
    const [found] = (await admin.agent().get(`/api/admin/registries?q=${registry.id}`).expect(200)).body.registries;
    expect(found).toMatchObject({ plan: 'free', suspendedAt: null, suspendedReason: null, items: 2, owners: [{ id: owner.id, email: owner.email }] });
    expect(found.guestUrl).toBe(`${t.config.publicUrl}/r/${registry.slug}`);
  });

  it('grants a plan, which the couple sees in RegistryDto, with the version bumped and the change audited', async () => {
    const before = await versionOf();
    const response = await patchRegistry(registry.id, { plan: 'premium' }).expect(200);
    expectMatchesSpec(response, 'PATCH', '/api/admin/registries/{registryId}');
    expect(response.body.plan).toBe('premium');
    const mine = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expect(mine.body.plan).toBe('premium');
    expect(mine.body.version).toBeGreaterThan(before);
    const [entry] = await auditOf(registry.id);
    expect(entry).toMatchObject({ action: 'registry.change-plan', before: { plan: 'free' }, after: { plan: 'premium' } });
    expect((await patchRegistry(registry.id, { plan: 'platinum' }).expect(400)).body.errors[0]).toMatchObject({ pointer: '#/plan', code: 'not-one-of' });
  });

  it('suspends a list: guests see the reason instead of the gifts, cannot reserve or pledge, and search drops it; lifting restores it all', async () => {
    const shown = await guestList().expect(200);
    expect(shown.body.items).toHaveLength(2);
    const before = await versionOf();

    const missing = await patchRegistry(registry.id, { suspended: true }).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ pointer: '#/suspendedReason', code: 'required' });
    expect(await versionOf()).toBe(before);

    const reason = 'Reported as a scam; under review.';
    const suspended = await patchRegistry(registry.id, { suspended: true, suspendedReason: `  ${reason} ` }).expect(200);
    expect(suspended.body).toMatchObject({ suspendedReason: reason });
    expect(await versionOf()).toBeGreaterThan(before);

    const hidden = await guestList().expect(200);
    expectMatchesSpec(hidden, 'GET', '/api/public/registries/{slug}');
    expect(hidden.body.suspension).toEqual({ reason });
    expect(hidden.body.items).toEqual([]);
    expect(hidden.body.registry).toMatchObject({ welcomeMessage: '', headerImage: null, giving: null, coupleNames: 'Zoe & Yann' });
    await t
      .http()
      .get(`/api/public/registries/${registry.slug}`)
      .set('if-none-match', shown.headers.etag as string)
      .expect(200);

    const reserve = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(giftId)).expect(403);
    expect(reserve.body).toMatchObject({ type: `${PROBLEM}registry-suspended`, reason });
    const pledge = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fundId)).expect(403);
    expect(pledge.body.type).toBe(`${PROBLEM}registry-suspended`);
    const search = await t.http().get('/api/public/registries?q=Zoe%20Yann').expect(200);
    expect(search.body.results).toEqual([]);
    // A link pasted anywhere shows nothing of the list either.
    const page = await t.http().get(`/api/public/pages/registries/${registry.slug}`).expect(200);
    expect(page.text).not.toContain('Zoe');
    expect(page.text).toContain('noindex');

    const lifted = await patchRegistry(registry.id, { suspended: false }).expect(200);
    expect(lifted.body).toMatchObject({ suspendedAt: null, suspendedReason: null });
    const back = await guestList().expect(200);
    expect(back.body.suspension).toBeUndefined();
    expect(back.body.items).toHaveLength(2);
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(giftId)).expect(201);
    expect((await t.http().get('/api/public/registries?q=Zoe%20Yann').expect(200)).body.results).toHaveLength(1);
    expect((await t.http().get(`/api/public/pages/registries/${registry.slug}`).expect(200)).text).toContain('Zoe &amp; Yann');

    const [lift, suspend] = await auditOf(registry.id);
    expect(suspend).toMatchObject({
      action: 'registry.suspend',
      before: { suspendedAt: null, suspendedReason: null },
      after: { suspendedAt: suspended.body.suspendedAt, suspendedReason: reason },
    });
    expect(lift).toMatchObject({
      action: 'registry.lift-suspension',
      before: { suspendedReason: reason },
      after: { suspendedAt: null, suspendedReason: null },
    });
  });

  it('refuses a reason without a suspension, and unknown registries', async () => {
    for (const body of [{ suspendedReason: 'spam' }, { suspended: false, suspendedReason: 'spam' }]) {
      const response = await patchRegistry(registry.id, body).expect(400);
      expect(response.body.errors[0]).toMatchObject({ pointer: '#/suspendedReason', code: 'not-applicable' });
    }
    await patchRegistry(registry.id, { suspended: true, suspendedReason: 'x'.repeat(501) }).expect(400);
    await patchRegistry('00000000-0000-4000-8000-000000000000', { plan: 'standard' }).expect(404);
  });
});

describe('audit log', () => {
  it('lists every action newest first, a page at a time', async () => {
    const all = (await admin.agent().get('/api/admin/audit?limit=100').expect(200)).body.entries as { id: string; createdAt: string }[];
    expect(all.length).toBeGreaterThan(3);
    const times = all.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const paged: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await admin
        .agent()
        .get(`/api/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      paged.push(...(page.body.entries as { id: string }[]).map((e) => e.id));
      cursor = page.body.nextCursor as string | null;
    }
    expect(paged).toEqual(all.map((e) => e.id));
    await admin.agent().get('/api/admin/audit?targetId=not-a-uuid').expect(400);
  });
});
