import JSZip from 'jszip';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type request from 'supertest';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { eventually, smallWebp, temporaryMediaDir } from './support/image-fixtures';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';
import { startTestWorker } from './support/test-worker';

/** Issue 13, data that leaves: GET /api/me/export (a ZIP, opened here) and DELETE /api/me. */
let media: Awaited<ReturnType<typeof temporaryMediaDir>>;
let t: TestApp;
beforeAll(async () => {
  media = await temporaryMediaDir();
  t = await startTestApp({ MEDIA_DIR: media.path });
});
afterAll(async () => {
  await t.close();
  await media.remove();
});

const PROBLEMS = 'https://whispergifts.com/problems/';

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

/** Reads a binary body whole (supertest only buffers text by itself). */
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

async function signedIn(user: TestUser): Promise<request.Agent> {
  const agent = t.http();
  await agent.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
  return agent;
}

/** Ana owns one registry alone and one with Ben. */
async function couple() {
  const ana = await createUser(t, { verified: true, displayName: 'Ana' });
  const ben = await createUser(t, { verified: true, displayName: 'Ben' });
  const shared = await createRegistry(ana, { title: 'Ana & Ben', eventDate: '2027-06-12' });
  const invitation = await ana.agent().post(`/api/registries/${shared.id}/partner-invitations`).send({ email: ben.email }).expect(201);
  const token = new URL(invitation.body.acceptUrl as string).pathname.split('/').pop()!;
  await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
  const solo = await createRegistry(ana, { title: 'Ana’s list' });
  return { ana, ben, shared, solo };
}

async function uploadImage(owner: TestUser, registry: TestRegistry, itemId: string): Promise<string> {
  await owner
    .agent()
    .put(`/api/registries/${registry.id}/items/${itemId}/image`)
    .attach('file', await smallWebp(), 'small.webp')
    .expect(200);
  const [row] = (await t.db.query('SELECT image->>$2 AS original FROM items WHERE id = $1', [itemId, 'original'])) as { original: string }[];
  return row.original;
}

describe('GET /api/me/export', () => {
  it('streams a ZIP of the account, every registry it owns, their rows, tracker and photos', async () => {
    const { ana, ben, shared, solo } = await couple();
    const toaster = await createItem(ana, solo, { name: 'Toaster', quantity: 2, category: 'Kitchen' });
    const fund = await createItem(ana, solo, { name: 'Honeymoon', kind: 'fund' });
    const original = await uploadImage(ana, solo, toaster.id);
    await t
      .http()
      .post(`/api/public/registries/${solo.slug}/reservations`)
      .send(reservationBody(toaster.id, { name: '=HYPERLINK("x")', message: 'Enjoy!' }))
      .expect(201);
    await t
      .http()
      .post(`/api/public/registries/${solo.slug}/pledges`)
      .send(pledgeBody(fund.id, { amount: 5000 }))
      .expect(201);
    await t.db.query(`INSERT INTO offline_gifts (registry_id, giver, description, amount) VALUES ($1, 'Grandma', 'A quilt', NULL)`, [solo.id]);
    const sharedItem = await createItem(ben, shared, { name: 'Kettle' });
    await t
      .http()
      .post(`/api/public/registries/${shared.slug}/reservations`)
      .send(reservationBody(sharedItem.id, { name: 'Uncle Bob' }))
      .expect(201);
    // Someone else's registry never appears.
    const stranger = await createUser(t);
    await createRegistry(stranger, { title: 'Not Ana’s' });

    const response = await binary(ana.agent().get('/api/me/export')).expect(200);
    // The spec's schema for a ZIP is a binary string: check the status and media type against it, not the bytes.
    expectMatchesSpec({ status: response.status, headers: response.headers, body: 'zip bytes', text: '' } as unknown as Response, 'GET', '/api/me/export');
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="whispergifts-export-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(response.headers['cache-control']).toBe('private, no-store');

    const zip = await JSZip.loadAsync(response.body as Buffer);
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    const soloDir = `registries/${solo.slug}`;
    const sharedDir = `registries/${shared.slug}`;
    const perRegistry = ['registry.json', 'items.json', 'items.csv', 'reservations.json', 'pledges.json', 'offline-gifts.json', 'tracker.csv'];
    expect(names.sort()).toEqual(
      [
        'README.txt',
        'account.json',
        ...perRegistry.map((f) => `${soloDir}/${f}`),
        `${soloDir}/images/${original}`,
        ...perRegistry.map((f) => `${sharedDir}/${f}`),
      ].sort(),
    );
    const read = (name: string) => zip.file(name)!.async('string');
    const readJson = async (name: string) => JSON.parse(await read(name)) as Record<string, unknown> & unknown[];

    const account = await readJson('account.json');
    expect(account.account).toMatchObject({ id: ana.id, email: ana.email, displayName: 'Ana' });
    expect(account.accessTokens).toEqual([expect.objectContaining({ name: 'tests', scope: 'write', tokenHint: ana.token.slice(-4) })]);
    // No secret leaves: neither the password hash nor any token or its hash.
    const everything = (await Promise.all(names.filter((n) => !n.includes('/images/')).map(read))).join('\n');
    expect(everything).not.toMatch(/argon2|passwordHash|tokenHash|undoTokenHash/);
    expect(everything).not.toContain(ana.token);

    const registry = await readJson(`${soloDir}/registry.json`);
    expect(registry.registry).toMatchObject({ id: solo.id, slug: solo.slug, title: 'Ana’s list', guestDataRetentionDays: 365 });
    expect(registry.owners).toEqual([{ id: ana.id, displayName: 'Ana', email: ana.email }]);
    const sharedRegistry = await readJson(`${sharedDir}/registry.json`);
    expect((sharedRegistry.owners as { id: string }[]).map((o) => o.id)).toEqual([ana.id, ben.id]);
    expect(sharedRegistry.partnerInvitations).toEqual([expect.objectContaining({ email: ben.email, acceptedBy: ben.id })]);

    const items = await readJson(`${soloDir}/items.json`);
    expect((items as { name: string }[]).map((i) => i.name)).toEqual(['Toaster', 'Honeymoon']);
    const reservations = await readJson(`${soloDir}/reservations.json`);
    expect(reservations).toEqual([
      expect.objectContaining({
        itemId: toaster.id,
        quantity: 1,
        guestName: '=HYPERLINK("x")',
        guestEmail: 'may@example.com',
        message: 'Enjoy!',
        stage: 'reserved',
      }),
    ]);
    expect(await readJson(`${soloDir}/pledges.json`)).toEqual([
      expect.objectContaining({ itemId: fund.id, amount: 5000, guestName: 'Aunt May', stage: 'pledged' }),
    ]);
    expect(await readJson(`${soloDir}/offline-gifts.json`)).toEqual([expect.objectContaining({ giver: 'Grandma', description: 'A quilt' })]);
    expect(await readJson(`${sharedDir}/reservations.json`)).toEqual([expect.objectContaining({ guestName: 'Uncle Bob' })]);

    const tracker = (await read(`${soloDir}/tracker.csv`)).replace(/^\uFEFF/, '').split('\r\n');
    // The tracker's own CSV (one writer for the download and the export), newest first.
    expect(tracker[0]).toBe(
      '"Gift","Kind","Quantity","Amount","Giver","E-mail","Address","Message","Stage","Reserved/pledged at","Bought at","Received at","Thanked at","Thank-you note"',
    );
    // The guest's "formula" is text in a spreadsheet (a leading apostrophe), its quotes doubled.
    expect(tracker[3]).toMatch(/^"Toaster","reservation",1,,"'=HYPERLINK\(""x""\)","may@example.com",,"Enjoy!","reserved",20\d\d-/);
    expect(tracker[2]).toMatch(/^"Honeymoon","pledge",,50.00,"Aunt May","may@example.com",,"","pledged",/);
    expect(tracker[1]).toMatch(/^"A quilt","outside the list",,,"Grandma",/);
    expect(tracker).toHaveLength(5); // header, three rows, the final line end

    // The gifts in the import's own columns: the file imports on another list as it is (a round trip).
    const itemsCsv = await read(`${soloDir}/items.csv`);
    expect(itemsCsv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      '"name","description","url","price min","price max","quantity","kind","target","category","priority"',
    );
    const elsewhere = await createRegistry(ana);
    const preview = await ana
      .agent()
      .post(`/api/registries/${elsewhere.id}/items/import`)
      .attach('file', Buffer.from(itemsCsv, 'utf8'), 'items.csv')
      .expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows.map((row: { name: string; kind: string }) => [row.name, row.kind])).toEqual([
      ['Toaster', 'gift'],
      ['Honeymoon', 'fund'],
    ]);

    const photo = await zip.file(`${soloDir}/images/${original}`)!.async('nodebuffer');
    expect(photo.equals(await readFile(join(media.path, original)))).toBe(true);
    expect(await read('README.txt')).toContain('tracker.csv');
  });

  it('leaves out who gave what while surprise mode hides it, as the reservations view does', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner, { surpriseMode: true, revealDate: '2099-01-01' });
    const item = await createItem(owner, registry);
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(item.id, { message: 'A secret' }))
      .expect(201);

    const zip = await JSZip.loadAsync((await binary(owner.agent().get('/api/me/export')).expect(200)).body as Buffer);
    const dir = `registries/${registry.slug}`;
    const [reservation] = JSON.parse(await zip.file(`${dir}/reservations.json`)!.async('string')) as Record<string, unknown>[];
    expect(reservation).toMatchObject({ guestName: '', guestEmail: '', message: '', guestAddress: null, quantity: 1, stage: 'reserved' });
    const tracker = await zip.file(`${dir}/tracker.csv`)!.async('string');
    expect(tracker).not.toMatch(/Aunt May|may@example\.com|A secret/);
    expect(await zip.file('README.txt')!.async('string')).toContain(`Surprise mode hides who gave what until its reveal date`);
  });

  it('needs a signed-in person or a token, read scope enough; a few exports an hour', async () => {
    expectProblem(await t.http().get('/api/me/export'), 401, 'unauthenticated');
    const owner = await createUser(t);
    const agent = await signedIn(owner);
    for (let i = 0; i < 10; i++) await binary(agent.get('/api/me/export')).expect(200);
    const refused = await agent.get('/api/me/export');
    expectProblem(refused, 429, 'too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('DELETE /api/me', () => {
  it('refuses a wrong or missing password and an access token, and deletes nothing', async () => {
    const { ana, solo } = await couple();
    const agent = await signedIn(ana);
    const wrong = await agent.delete('/api/me').send({ password: 'not the password' });
    expectMatchesSpec(wrong, 'DELETE', '/api/me');
    expectProblem(wrong, 403, 'wrong-password');
    expect(wrong.body.errors).toEqual([{ pointer: '#/password', code: 'invalid', detail: 'is not right' }]);
    expectProblem(await agent.delete('/api/me').send({}), 400, 'validation-error');
    // A token, even one with the write scope and the right password, cannot delete the account.
    expectProblem(await ana.agent().delete('/api/me').send({ password: ana.password }), 403, 'session-required');

    await agent.get('/api/me').expect(200);
    await ana.agent().get(`/api/registries/${solo.id}`).expect(200);
  });

  it('deletes the account, its sessions and tokens and the registries it owns alone (their photos too); the co-owned one stays with the partner', async () => {
    const { ana, ben, shared, solo } = await couple();
    const item = await createItem(ana, solo, { name: 'Toaster' });
    const original = await uploadImage(ana, solo, item.id);
    await t.http().post(`/api/public/registries/${solo.slug}/reservations`).send(reservationBody(item.id)).expect(201);
    const sharedItem = await createItem(ana, shared, { name: 'Kettle' });
    await t.http().post(`/api/public/registries/${shared.slug}/reservations`).send(reservationBody(sharedItem.id)).expect(201);
    const sharedBefore = (await ben.agent().get(`/api/registries/${shared.id}`).expect(200)).body as { version: number };
    const laptop = await signedIn(ana);
    const phone = await signedIn(ana);

    const deleted = await laptop.delete('/api/me').send({ password: ana.password });
    expect(deleted.status).toBe(204);
    expectMatchesSpec(deleted, 'DELETE', '/api/me');
    expect(String(deleted.headers['set-cookie'])).toMatch(/wg_session=;/);

    // Signed out everywhere, the token revoked, the account gone.
    expectProblem(await laptop.get('/api/me'), 401, 'unauthenticated');
    expectProblem(await phone.get('/api/me'), 401, 'unauthenticated');
    expectProblem(await ana.agent().get('/api/me'), 401, 'unauthenticated');
    expect(await t.db.query('SELECT id FROM users WHERE id = $1', [ana.id])).toEqual([]);
    expect(await t.db.query('SELECT id FROM access_tokens WHERE user_id = $1', [ana.id])).toEqual([]);

    // The registry Ana owned alone is gone, with its items and reservations; its gift list too.
    expect(await t.db.query('SELECT id FROM registries WHERE id = $1', [solo.id])).toEqual([]);
    expect(await t.db.query('SELECT id FROM items WHERE registry_id = $1 UNION ALL SELECT id FROM reservations WHERE registry_id = $1', [solo.id])).toEqual([]);
    await t.http().get(`/api/public/registries/${solo.slug}`).expect(404);

    // The one she shared stays with Ben, who is now its only owner; its version moved, so no cached view still names her.
    const sharedAfter = (await ben.agent().get(`/api/registries/${shared.id}`).expect(200)).body as { version: number; owners: { id: string }[] };
    expect(sharedAfter.owners.map((o) => o.id)).toEqual([ben.id]);
    expect(sharedAfter.version).toBeGreaterThan(sharedBefore.version);
    const reservations = await ben.agent().get(`/api/registries/${shared.id}/reservations`).expect(200);
    expect(JSON.stringify(reservations.body)).toContain('Kettle');
    await t.http().get(`/api/public/registries/${shared.slug}`).expect(200);

    // The photo's files are queued for deletion with the registry, and the worker removes them.
    expect(await stat(join(media.path, original)).then(() => true)).toBe(true);
    const worker = await startTestWorker(t);
    try {
      await eventually(
        () =>
          stat(join(media.path, original)).then(
            () => undefined,
            () => true,
          ),
        'the photo to be removed',
      );
    } finally {
      await worker.close();
    }
  });
});
