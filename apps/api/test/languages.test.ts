import { createRegistry, createUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  // One spreadsheet import an hour, so the German 429 below is one request away.
  t = await startTestApp({ RATE_LIMIT_ITEM_IMPORT_ACCOUNT: '1/3600' });
});
afterAll(() => t.close());

describe('languages (issue 17)', () => {
  it('gives a registry the language of the account that creates it, takes another on create and PATCH, and shows it to guests', async () => {
    const owner = await createUser(t);
    await t.db.query(`UPDATE users SET language = 'de' WHERE id = $1`, [owner.id]);
    const inherited = await createRegistry(owner);
    expect(inherited).toMatchObject({ language: 'de' });

    const chosen = await owner
      .agent()
      .post('/api/registries')
      .send({ slug: `lang-${Date.now()}`, title: 'T', coupleNames: 'A & B', currency: 'EUR', language: 'ar' });
    expectMatchesSpec(chosen, 'POST', '/api/registries');
    expect(chosen.status).toBe(201);
    expect(chosen.body.language).toBe('ar');

    const patched = await owner.agent().patch(`/api/registries/${inherited.id}`).send({ language: 'fr' });
    expectMatchesSpec(patched, 'PATCH', '/api/registries/{registryId}');
    expect(patched.body.language).toBe('fr');
    const guest = await t.http().get(`/api/public/registries/${inherited.slug}`).expect(200);
    expectMatchesSpec(guest, 'GET', '/api/public/registries/{slug}');
    expect(guest.body.registry.language).toBe('fr');
  });

  it('refuses a language it has no catalogue for, with the field and the allowed values, and writes nothing', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const refused = await owner.agent().patch(`/api/registries/${registry.id}`).send({ language: 'klingon', title: 'Not half-written' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/language', code: 'not-one-of' })]);
    const after = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body as Record<string, unknown>;
    expect(after).toMatchObject({ language: 'en', title: 'We are getting married' });
  });

  it('lets a user choose their language, and starts a new account in the browser’s', async () => {
    const owner = await createUser(t);
    expect((await owner.agent().get('/api/me').expect(200)).body.language).toBe('en');
    const patched = await owner.agent().patch('/api/me').send({ language: 'nl' });
    expectMatchesSpec(patched, 'PATCH', '/api/me');
    expect(patched.status).toBe(200);
    expect(patched.body.language).toBe('nl');
    expect((await owner.agent().get('/api/me').expect(200)).body.language).toBe('nl');
    await owner.agent().patch('/api/me').send({ language: 'xx' }).expect(400);

    const email = `sprache-${Date.now()}@example.com`;
    await t
      .http()
      .post('/api/auth/signup')
      .set('accept-language', 'de-CH, de;q=0.9, en;q=0.5')
      .send({ email, password: 'a perfectly fine password', displayName: 'Jana' })
      .expect(202);
    const [row] = (await t.db.query('SELECT language FROM users WHERE email = $1', [email])) as { language: string }[];
    expect(row.language).toBe('de');
  });

  it('answers problems in the language asked for, keeping type, status and field codes', async () => {
    const slug = `nowhere-${Date.now()}`;
    const english = await t.http().get(`/api/public/registries/${slug}`).expect(404);
    expect(english.body).toMatchObject({ type: 'https://whispergifts.com/problems/not-found', title: 'Not found', detail: 'This gift list was not found.' });
    const german = await t.http().get(`/api/public/registries/${slug}`).set('accept-language', 'de-DE,de;q=0.9').expect(404);
    expect(german.body).toMatchObject({ type: english.body.type, status: 404, title: 'Nicht gefunden', detail: 'Diese Wunschliste wurde nicht gefunden.' });
    const arabic = await t.http().get(`/api/public/registries/${slug}`).set('accept-language', 'ar').expect(404);
    expect(arabic.body.detail).toBe('لم يُعثر على قائمة الهدايا هذه.');
    // A language we do not have is English.
    expect((await t.http().get(`/api/public/registries/${slug}`).set('accept-language', 'ja').expect(404)).body.detail).toBe(english.body.detail);

    const owner = await createUser(t);
    const invalid = await owner.agent().post('/api/registries').set('accept-language', 'fr').send({ slug: 'x', currency: 'EUR' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      type: 'https://whispergifts.com/problems/validation-error',
      detail: 'Certains champs ne sont pas valides ; voir `errors`.',
    });
    expect(invalid.body.errors.map((e: { code: string }) => e.code)).toContain('required');

    const badJson = await owner.agent().post('/api/registries').set('accept-language', 'es').set('content-type', 'application/json').send('{"slug":');
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({
      type: 'https://whispergifts.com/problems/bad-request',
      title: 'Solicitud incorrecta',
      detail: 'El cuerpo no es un JSON válido.',
    });
  });

  it('words the details that carry values in German too: plan limits, used links, items guests hold', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);

    // A plan limit names the plan that lifts it, in the sentence's own German.
    const cards = await owner.agent().post(`/api/registries/${registry.id}/guest-cards`).set('accept-language', 'de').send({ paper: 'a4', perPage: 4 });
    expect(cards.body).toMatchObject({ type: 'https://whispergifts.com/problems/plan-limit', status: 403, requiredPlan: 'premium' });
    expect(cards.body.detail).toBe('Ihr Tarif umfasst keine gedruckten Gästekarten. Der Tarif Premium erlaubt es.');
    const english = await owner.agent().post(`/api/registries/${registry.id}/guest-cards`).send({ paper: 'a4', perPage: 4 });
    expect(english.body.detail).toBe('Your plan does not include printed guest cards. The Premium plan allows it.');

    const theme = await owner.agent().patch(`/api/registries/${registry.id}`).set('accept-language', 'de').send({ theme: 'coastal' });
    expect(theme.body.type).toBe('https://whispergifts.com/problems/plan-limit');
    expect(theme.body.detail).toMatch(/^Das Design coastal gehört nicht zum Tarif Free\. Der Tarif \w+ erlaubt es\.$/);

    // A link that is not valid: the detail and the field error both in German, the code kept.
    const link = await t.http().post('/api/auth/verify-email').set('accept-language', 'de').send({ token: 'wgv_not-a-real-token' });
    expect(link.body).toMatchObject({ type: 'https://whispergifts.com/problems/invalid-token', status: 400 });
    expect(link.body.detail).toBe('Dieser Link ist nicht gültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder fordern Sie einen neuen an.');
    expect(link.body.errors).toEqual([expect.objectContaining({ pointer: '#/token', code: 'invalid', detail: 'Dieser Wert ist nicht gültig.' })]);

    // An item a guest reserved cannot be deleted; the count goes into the German sentence.
    const item = await owner.agent().post(`/api/registries/${registry.id}/items`).send({ name: 'Toaster', quantity: 2 }).expect(201);
    await t.db.query('UPDATE items SET reserved_quantity = 1 WHERE id = $1', [item.body.id]);
    const removed = await owner.agent().delete(`/api/registries/${registry.id}/items/${item.body.id}`).set('accept-language', 'de').send();
    expect(removed.body).toMatchObject({ type: 'https://whispergifts.com/problems/conflict', status: 409 });
    expect(removed.body.detail).toBe('Gäste haben dieses Geschenk reserviert (1). Archivieren Sie es stattdessen, damit ihre Reservierungen erhalten bleiben.');
    expect((await owner.agent().delete(`/api/registries/${registry.id}/items/${item.body.id}`)).body.detail).toBe(
      'Guests have reserved this item (1). Archive it instead, so their reservations are kept.',
    );
  });

  it('says a refused upload and a 429 in German, keeping type, status and Retry-After', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const IMPORT = `/api/registries/${registry.id}/items/import`;

    // A spreadsheet sent as JSON: the 415 names the spreadsheet in German (and counts as this hour's one import).
    const json = await owner.agent().post(IMPORT).set('accept-language', 'de').send({ name: 'x' }).expect(415);
    expect(json.body).toMatchObject({ type: 'https://whispergifts.com/problems/unsupported-media-type', status: 415 });
    expect(json.body.detail).toBe('Senden Sie die Tabelle als multipart/form-data in einem Dateifeld namens file.');

    const refused = await owner.agent().post(IMPORT).set('accept-language', 'de').send({ name: 'x' }).expect(429);
    expect(refused.body).toMatchObject({ type: 'https://whispergifts.com/problems/too-many-requests', status: 429 });
    expect(refused.body.retryAfter).toBeGreaterThan(0);
    expect(refused.headers['retry-after']).toBe(String(refused.body.retryAfter));
    expect(refused.body.detail).toMatch(/^Zu viele Tabellenimporte\. Bitte versuchen Sie es in \d+ Sekunden? erneut\.$/);
    expect(refused.body.detail).not.toMatch(/Too many|Try again/);

    // English stays the English sentence, with the plural right.
    const english = await owner.agent().post(IMPORT).send({ name: 'x' }).expect(429);
    expect(english.body.detail).toMatch(/^Too many spreadsheet imports\. Try again in \d+ seconds?\.$/);
  });
});
