import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import { sha256 } from '../src/common/crypto/tokens';
import { shareInvitation } from '../src/mail/templates/invitation.templates';
import { MAX_INVITATIONS_PER_REQUEST } from '../src/registries/share-invitation-addresses';
import { TestUser, createRegistry, createUser } from './support/factories';
import { expectWhisperGiftsLayout, recipients, tokenFromLink } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** Partner and sharing invitations: written with the invitation, e-mailed by the worker over real SMTP. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
});
afterAll(() => world.close());
const perDay = () => t.config.shareInvitationsPerDay;

const PROBLEMS = 'https://whispergifts.com/problems/';
const SHARE = '/api/registries/{registryId}/invitations';
const uniqueEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.com`;

const share = (owner: TestUser, registryId: string, body: Record<string, unknown>) =>
  owner.agent().post(`/api/registries/${registryId}/invitations`).send(body);

const count = async (sql: string, params: unknown[]): Promise<number> => ((await t.db.query(sql, params)) as { n: number }[])[0].n;
const sharedRows = (registryId: string) => count('SELECT count(*)::int AS n FROM share_invitations WHERE registry_id = $1', [registryId]);
const shareJobs = (registryId: string) =>
  count(
    `SELECT count(*)::int AS n FROM outbox_events o JOIN share_invitations s ON s.id::text = o.payload->>'invitationId'
      WHERE o.name = 'share-invitation' AND s.registry_id = $1`,
    [registryId],
  );
const versionOf = async (owner: TestUser, registryId: string) => (await owner.agent().get(`/api/registries/${registryId}`).expect(200)).body.version as number;

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

/** Records invitations the account sent `hoursAgo`, straight into the ledger the limits count (200 real requests would be slow). */
async function alreadySent(registryId: string, userId: string, n: number, hoursAgo = 0): Promise<void> {
  await t.db.query(
    `INSERT INTO sent_invitations (user_id, kind, registry_id, email, created_at)
     SELECT $2, 'share', $1, 'earlier' || g || '@example.com', now() - make_interval(hours => $4) FROM generate_series(1, $3) AS g`,
    [registryId, userId, n, hoursAgo],
  );
}

describe('partner invitation e-mail', () => {
  it('mails the partner a link that makes them an owner', async () => {
    const ana = await createUser(t, { displayName: 'Ana <3', verified: true });
    const benEmail = uniqueEmail('ben');
    const ben = await createUser(t, { email: benEmail, displayName: 'Ben', verified: true });
    const registry = await createRegistry(ana, { title: 'Our <big> day', coupleNames: 'Ana & Ben' });

    const invited = await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: benEmail }).expect(201);
    const [job] = (await t.db.query("SELECT payload FROM outbox_events WHERE name = 'partner-invitation' AND payload->>'invitationId' = $1", [
      invited.body.id,
    ])) as { payload: Record<string, unknown> }[];
    expect(job.payload).toEqual({ invitationId: invited.body.id });

    const [mail] = await smtp.waitFor(1, (m) => smtp.to(benEmail).includes(m));
    expect(recipients(mail)).toEqual([benEmail]);
    expect(mail.subject).toBe('Ana <3 invited you to run your gift list together');
    expectWhisperGiftsLayout(mail);
    expect(mail.text).toContain('"Our <big> day" (Ana & Ben)');
    expect(mail.html).toContain('<strong>Ana &lt;3</strong>');
    expect(mail.html).toContain('Our &lt;big&gt; day');
    expect(mail.html).not.toContain('<big>');
    const token = tokenFromLink(mail, t.config.publicUrl, '/invitations/');
    expect(`${t.config.publicUrl}/invitations/${token}`).toBe(invited.body.acceptUrl);
    const [{ token_hash }] = (await t.db.query('SELECT token_hash FROM partner_invitations WHERE id = $1', [invited.body.id])) as { token_hash: string }[];
    expect(token_hash).toBe(sha256(token));

    const accepted = await ben.agent().post(`/api/partner-invitations/${token}/accept`).expect(200);
    expect(accepted.body.owners.map((o: { id: string }) => o.id)).toEqual([ana.id, ben.id]);
  });

  it('writes no e-mail when the invitation is refused', async () => {
    const ana = await createUser(t, { verified: true });
    const stranger = await createUser(t);
    const registry = await createRegistry(ana);
    const jobs = () => count("SELECT count(*)::int AS n FROM outbox_events WHERE name = 'partner-invitation'", []);
    const before = await jobs();
    await stranger.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'accomplice@example.com' }).expect(404);
    await ana.agent().post(`/api/registries/${registry.id}/partner-invitations`).send({ email: 'not an address' }).expect(400);
    expect(await jobs()).toBe(before);
  });
});

describe('sharing the gift list by e-mail', () => {
  // Every sender here has verified their address (sending on someone's behalf needs it; see 'e-mail on an account's behalf').
  it("mails each guest, once, the gift list link and the couple's message, escaped; the registry's version stays", async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner, { title: 'Ana & Ben <3', coupleNames: 'Ana & Ben' });
    const version = await versionOf(owner, registry.id);
    const may = uniqueEmail('may');
    const tom = uniqueEmail('tom');
    const message = 'Come <b>celebrate</b> & "enjoy"!\nLove, A & B';

    const response = await share(owner, registry.id, { emails: [may.toUpperCase(), tom, ` ${may} `], message }).expect(202);
    expectMatchesSpec(response, 'POST', SHARE);
    expect(response.body).toEqual({ invited: [may, tom], skipped: [], remaining: perDay() - 2 });
    expect(await sharedRows(registry.id)).toBe(2);
    expect(await shareJobs(registry.id)).toBe(2);

    const mails = await smtp.waitFor(2, (m) => smtp.to(may).includes(m) || smtp.to(tom).includes(m));
    expect(mails.flatMap(recipients).sort()).toEqual([may, tom].sort());
    for (const mail of mails) {
      expect(mail.subject).toBe('Ana & Ben shared their gift list with you');
      expectWhisperGiftsLayout(mail);
      expect(mail.text).toContain(message);
      expect(mail.text).toContain('"Ana & Ben <3"');
      expect(mail.html).toContain('Come &lt;b&gt;celebrate&lt;/b&gt; &amp; &quot;enjoy&quot;!');
      expect(mail.html).toContain('Ana &amp; Ben &lt;3');
      expect(mail.html).not.toContain('<b>celebrate');
      expect(tokenFromLink(mail, t.config.publicUrl, '/r/')).toBe(registry.slug);
    }
    // The link opens the gift list.
    await t.http().get(`/api/public/registries/${registry.slug}`).expect(200);
    // Invitations are not part of any representation of the registry: its version (and every cached copy) stays.
    expect(await versionOf(owner, registry.id)).toBe(version);
  });

  it('tells guests of a password-protected list to ask the couple for the password', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner, { visibility: 'password', password: 'secret garden', coupleNames: 'Cleo & Dan' });
    const guest = uniqueEmail('guest');
    await share(owner, registry.id, { emails: [guest] }).expect(202);
    const [mail] = await smtp.waitFor(1, (m) => smtp.to(guest).includes(m));
    expect(mail.text).toContain('protected by a password; Cleo & Dan will tell you');
    expect(mail.text).not.toContain('secret garden');
  });

  it('includes the password when the couple asks for it, checked first and only while it still opens the list (issue 15, item 7)', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner, { visibility: 'password', password: 'secret garden', coupleNames: 'Cleo & Dan' });
    const guest = uniqueEmail('guest');

    const typo = await share(owner, registry.id, { emails: [guest], password: 'secret gardne' }).expect(400);
    expectProblem(typo, 400, 'validation-error');
    expect(typo.body.errors).toEqual([expect.objectContaining({ pointer: '#/password', code: 'invalid' })]);
    expect(await sharedRows(registry.id)).toBe(0);

    const sent = await share(owner, registry.id, { emails: [guest], password: 'secret garden' }).expect(202);
    expectMatchesSpec(sent, 'POST', SHARE);
    const [mail] = await smtp.waitFor(1, (m) => smtp.to(guest).includes(m));
    expect(mail.text).toContain('Type this one when it asks: secret garden');
    expect(mail.html).toContain('secret garden');
    expect(mail.text).not.toContain('will tell you');
    // Never read back: the account export leaves it out.
    const exported = await owner.agent().get('/api/me/export').expect(200);
    expect(JSON.stringify(exported.body)).not.toContain('secret garden');

    // Changed before the e-mail went out (a job still queued, or retried later): the template renders it without
    // the old password and tells the guest to ask instead.
    const [row] = (await t.db.query('SELECT id FROM share_invitations WHERE registry_id = $1 AND email = $2', [registry.id, guest])) as { id: string }[];
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ password: 'another garden' }).expect(200);
    const later = await shareInvitation({ invitationId: row.id }, { db: t.db, config: t.config });
    expect(later?.content.text).not.toContain('secret garden');
    expect(later?.content.text).toContain('Cleo & Dan will tell you');

    const open = await createRegistry(owner);
    const refused = await share(owner, open.id, { emails: [uniqueEmail('x')], password: 'anything' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/password', code: 'not-applicable' })]);
  });

  it('refuses invalid addresses, naming each by its pointer, and sends nothing', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    const invalid = await share(owner, registry.id, { emails: ['ok@example.com', 'nope', 'ok@example.com', 42, 'two words@example.com'] }).expect(400);
    expectMatchesSpec(invalid, 'POST', SHARE);
    expectProblem(invalid, 400, 'validation-error');
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['#/emails/1', '#/emails/3', '#/emails/4']);

    const tooMany = Array.from({ length: MAX_INVITATIONS_PER_REQUEST + 1 }, (_, i) => `guest${i}@example.com`);
    const big = await share(owner, registry.id, { emails: tooMany }).expect(400);
    expect(big.body.errors).toEqual([expect.objectContaining({ pointer: '#/emails' })]);
    await share(owner, registry.id, { emails: [] }).expect(400);
    await share(owner, registry.id, {}).expect(400);
    const long = await share(owner, registry.id, { emails: ['ok@example.com'], message: 'x'.repeat(1001) }).expect(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ pointer: '#/message' })]);
    expect(await sharedRows(registry.id)).toBe(0);
    expect(await shareJobs(registry.id)).toBe(0);
  });

  it('allows SHARE_INVITATIONS_PER_DAY per account in any 24 hours, across its registries, and says how many are left', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    await alreadySent(registry.id, owner.id, 30, 25); // outside the window: they do not count
    await alreadySent(registry.id, owner.id, perDay() - 10);
    const guests = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}@example.com`);

    const tooMany = await share(owner, registry.id, { emails: guests(11, 'first') }).expect(429);
    expectMatchesSpec(tooMany, 'POST', SHARE);
    expectProblem(tooMany, 429, 'invitation-limit');
    expect(tooMany.body).toMatchObject({ remaining: 10, limit: perDay() });
    expect(tooMany.body.detail).toContain('10 more');
    // One of the invitations sent just now must leave the window first: about 24 hours.
    const retryAfter = Number(tooMany.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(86_000);
    expect(retryAfter).toBeLessThanOrEqual(86_400);

    const rowsBefore = await sharedRows(registry.id);
    const accepted = await share(owner, registry.id, { emails: [...guests(10, 'second'), 'second0@example.com'] }).expect(202);
    expect(accepted.body.remaining).toBe(0);
    expect(await sharedRows(registry.id)).toBe(rowsBefore + 10);

    const spent = await share(owner, registry.id, { emails: ['one-more@example.com'] }).expect(429);
    expect(spent.body).toMatchObject({ remaining: 0 });
    expect(await shareJobs(registry.id)).toBe(10);

    // The allowance is the account's: another registry of the same couple shares it...
    const other = await createRegistry(owner);
    expectProblem(await share(owner, other.id, { emails: ['one-more@example.com'] }), 429, 'invitation-limit');
    // ... deleting the registry and making a new one does not reset it ...
    await owner.agent().delete(`/api/registries/${registry.id}`).expect(204);
    const fresh = await createRegistry(owner);
    expectProblem(await share(owner, fresh.id, { emails: ['one-more@example.com'] }), 429, 'invitation-limit');
    expect(await shareJobs(fresh.id)).toBe(0);
    // ... while another account has its own.
    const friend = await createUser(t, { verified: true });
    await share(friend, (await createRegistry(friend)).id, { emails: ['one-more@example.com'] }).expect(202);
  });

  it('lets only one of two simultaneous requests take the last places', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    await alreadySent(registry.id, owner.id, perDay() - 15);
    // A slow insert keeps each request between its count and its commit long enough for the other to arrive.
    await t.db.query(`
      CREATE FUNCTION slow_share_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.3); RETURN NULL; END $$;
      CREATE TRIGGER slow_share_insert BEFORE INSERT ON share_invitations FOR EACH STATEMENT EXECUTE FUNCTION slow_share_insert();
    `);
    try {
      const batch = (tag: string) => Array.from({ length: 10 }, (_, i) => `${tag}${i}@example.com`);
      const responses = await Promise.all([share(owner, registry.id, { emails: batch('a') }), share(owner, registry.id, { emails: batch('b') })]);
      expect(responses.map((r) => r.status).sort()).toEqual([202, 429]);
      expect(await sharedRows(registry.id)).toBe(10);
    } finally {
      await t.db.query('DROP TRIGGER slow_share_insert ON share_invitations; DROP FUNCTION slow_share_insert()');
    }
  });

  it("answers 404 for another couple's registry and 401 without credentials, and sends nothing", async () => {
    const owner = await createUser(t, { verified: true });
    const stranger = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);

    const foreign = await share(stranger, registry.id, { emails: ['victim@example.com'] }).expect(404);
    expectMatchesSpec(foreign, 'POST', SHARE);
    expectProblem(foreign, 404, 'not-found');
    await share(stranger, '00000000-0000-4000-8000-000000000000', { emails: ['victim@example.com'] }).expect(404);

    const anonymous = await t
      .http()
      .post(`/api/registries/${registry.id}/invitations`)
      .send({ emails: ['victim@example.com'] })
      .expect(401);
    expectMatchesSpec(anonymous, 'POST', SHARE);
    expectProblem(anonymous, 401, 'unauthenticated');
    expect(await sharedRows(registry.id)).toBe(0);
    expect(await shareJobs(registry.id)).toBe(0);
  });
});

describe("e-mail on an account's behalf (issue 11, item 3)", () => {
  const invitePartner = (owner: TestUser, registryId: string, body: Record<string, unknown>) =>
    owner.agent().post(`/api/registries/${registryId}/partner-invitations`).send(body);
  const partnerJobs = (registryId: string) =>
    count(
      `SELECT count(*)::int AS n FROM outbox_events o JOIN partner_invitations p ON p.id::text = o.payload->>'invitationId'
        WHERE o.name = 'partner-invitation' AND p.registry_id = $1`,
      [registryId],
    );

  it('sends nothing for an account whose address is not verified: 403 email-unverified, saying to verify first', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const version = await versionOf(owner, registry.id);

    const shared = await share(owner, registry.id, { emails: [uniqueEmail('guest')] });
    expectMatchesSpec(shared, 'POST', SHARE);
    expectProblem(shared, 403, 'email-unverified');
    expect(shared.body.detail).toMatch(/verify your e-mail address/i);
    const partner = await invitePartner(owner, registry.id, { email: uniqueEmail('partner') });
    expectMatchesSpec(partner, 'POST', '/api/registries/{registryId}/partner-invitations');
    expectProblem(partner, 403, 'email-unverified');

    expect(await sharedRows(registry.id)).toBe(0);
    expect(await shareJobs(registry.id)).toBe(0);
    expect(await partnerJobs(registry.id)).toBe(0);
    expect(await versionOf(owner, registry.id)).toBe(version);

    // Once verified, the same requests go through.
    await t.db.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [owner.id]);
    await share(owner, registry.id, { emails: [uniqueEmail('guest')] }).expect(202);
    await invitePartner(owner, registry.id, { email: uniqueEmail('partner') }).expect(201);
  });

  it('invites an address to a registry once a week: a repeat is skipped and reported, `resend: true` sends again and counts', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    const may = uniqueEmail('may');
    const tom = uniqueEmail('tom');
    await share(owner, registry.id, { emails: [may] }).expect(202);

    const again = await share(owner, registry.id, { emails: [may.toUpperCase(), tom] }).expect(202);
    expectMatchesSpec(again, 'POST', SHARE);
    expect(again.body).toEqual({
      invited: [tom],
      skipped: [{ email: may, reason: 'invited-recently', invitedAt: expect.any(String) }],
      remaining: perDay() - 2,
    });
    // Only repeats: nothing sent, still a success.
    expect((await share(owner, registry.id, { emails: [may, tom] }).expect(202)).body).toMatchObject({ invited: [], remaining: perDay() - 2 });

    const resent = await share(owner, registry.id, { emails: [may], resend: true }).expect(202);
    expect(resent.body).toEqual({ invited: [may], skipped: [], remaining: perDay() - 3 });
    await smtp.waitFor(2, (m) => smtp.to(may).includes(m));
    expect(await shareJobs(registry.id)).toBe(3);

    // Another registry of the couple may invite the same address; older than the window counts as new.
    const other = await createRegistry(owner);
    expect((await share(owner, other.id, { emails: [may] }).expect(202)).body.invited).toEqual([may]);
    await t.db.query("UPDATE sent_invitations SET created_at = now() - interval '8 days' WHERE registry_id = $1", [registry.id]);
    expect((await share(owner, registry.id, { emails: [tom] }).expect(202)).body.invited).toEqual([tom]);
    await share(owner, registry.id, { emails: ['x'], resend: 'yes' }).expect(400);
  });

  it('lists whom the list was sent to, with dates, newest first, a resend as its own entry; resend stays inside the daily cap', async () => {
    const owner = await createUser(t, { verified: true });
    const registry = await createRegistry(owner);
    const may = uniqueEmail('may');
    const tom = uniqueEmail('tom');
    const sent = (query = '') => owner.agent().get(`/api/registries/${registry.id}/invitations${query}`);
    expect((await sent().expect(200)).body).toEqual({ invitations: [], nextCursor: null });

    await share(owner, registry.id, { emails: [may, tom] }).expect(202);
    const warned = await share(owner, registry.id, { emails: [may] }).expect(202);
    expect(warned.body).toMatchObject({ invited: [], skipped: [{ email: may, reason: 'invited-recently' }] });
    await share(owner, registry.id, { emails: [may], resend: true }).expect(202);

    const list = await sent().expect(200);
    expectMatchesSpec(list, 'GET', SHARE);
    expect(list.headers['cache-control']).toMatch(/^private/);
    expect(list.body.invitations.map((i: { email: string }) => i.email).sort()).toEqual([may, may, tom].sort());
    expect(list.body.invitations[0]).toEqual({ id: expect.any(String), email: may, sentAt: expect.any(String) });
    const times = list.body.invitations.map((i: { sentAt: string }) => Date.parse(i.sentAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // Pages: one at a time, then the end.
    const first = await sent('?limit=2').expect(200);
    expect(first.body.invitations).toHaveLength(2);
    const second = await sent(`?limit=2&cursor=${first.body.nextCursor as string}`).expect(200);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect([...first.body.invitations, ...second.body.invitations]).toEqual(list.body.invitations);
    expectProblem(await sent('?cursor=nonsense'), 400, 'validation-error');
    expectProblem(await sent('?limit=501'), 400, 'validation-error');

    // A resend counts: with the allowance spent it is a 429 like any other invitation.
    await alreadySent(registry.id, owner.id, perDay() - 3);
    expectProblem(await share(owner, registry.id, { emails: [tom], resend: true }), 429, 'invitation-limit');

    // Another couple's registry: 404, and nothing of it shows.
    const stranger = await createUser(t, { verified: true });
    expectProblem(await stranger.agent().get(`/api/registries/${registry.id}/invitations`), 404, 'not-found');
  });

  it('sends a partner invitation to an address once a week unless resent, and at most PARTNER_INVITATIONS_PER_DAY a day per account', async () => {
    const owner = await createUser(t, { verified: true });
    const first = await createRegistry(owner);
    const ben = uniqueEmail('ben');
    await invitePartner(owner, first.id, { email: ben }).expect(201);
    const version = await versionOf(owner, first.id);

    const repeat = await invitePartner(owner, first.id, { email: ben.toUpperCase() });
    expectMatchesSpec(repeat, 'POST', '/api/registries/{registryId}/partner-invitations');
    expectProblem(repeat, 409, 'already-invited');
    expect(repeat.body.detail).toContain('"resend": true');
    expect(await versionOf(owner, first.id)).toBe(version);
    await invitePartner(owner, first.id, { email: ben, resend: true }).expect(201);
    await smtp.waitFor(2, (m) => smtp.to(ben).includes(m));

    // Two sent; the account's allowance (5) spans its registries, and deleting one does not give it back.
    const second = await createRegistry(owner);
    for (let i = 0; i < t.config.partnerInvitationsPerDay - 3; i++) await invitePartner(owner, second.id, { email: uniqueEmail('p') }).expect(201);
    await owner.agent().delete(`/api/registries/${second.id}`).expect(204);
    const third = await createRegistry(owner);
    await invitePartner(owner, third.id, { email: uniqueEmail('last') }).expect(201);
    const over = await invitePartner(owner, third.id, { email: uniqueEmail('over') });
    expectMatchesSpec(over, 'POST', '/api/registries/{registryId}/partner-invitations');
    expectProblem(over, 429, 'invitation-limit');
    expect(over.body).toMatchObject({ remaining: 0, limit: t.config.partnerInvitationsPerDay });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(86_000);
    expect(await partnerJobs(third.id)).toBe(1);
  });
});
