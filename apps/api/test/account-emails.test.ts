import type { ParsedMail } from 'mailparser';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type request from 'supertest';
import { RESET_REQUEST_MIN_MS } from '../src/accounts/password-reset.service';
import { sha256 } from '../src/common/crypto/tokens';
import { expectWhisperGiftsLayout, recipients, tokenFromLink } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** Verify-address and password-reset e-mails: written to the outbox with the change, sent by the worker over real SMTP. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  // Each request comes "from" its own address (X-Forwarded-For), so only the limit a test is about can stop it.
  world = await startMailWorld({ TRUST_PROXY: 'loopback' });
  ({ smtp, t } = world);
});
afterAll(() => world.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const VERIFY_SUBJECT = 'Confirm your e-mail address for WhisperGifts';
const RESET_SUBJECT = 'Choose a new WhisperGifts password';
const SIGNUP_ATTEMPT_SUBJECT = 'Someone tried to sign up with your e-mail address';
let ipSequence = 0;
const nextIp = () => `198.51.${Math.floor(++ipSequence / 250)}.${(ipSequence % 250) + 1}`;
const uniqueEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.com`;

/** Signs up, then logs in (signup itself starts no session), and returns the signed-in agent. */
async function signup(email: string, fields: Record<string, unknown> = {}, agent = t.http()): Promise<request.Agent> {
  const body = { email, password: 'the first password', displayName: 'Ana', ...fields };
  await agent.post('/api/auth/signup').set('x-forwarded-for', nextIp()).send(body).expect(202);
  await agent.post('/api/auth/login').set('x-forwarded-for', nextIp()).send({ email, password: body.password }).expect(200);
  return agent;
}

const mailsTo = (email: string, subject: string) => smtp.to(email).filter((m) => m.subject === subject);
const waitForMail = async (email: string, subject: string, count = 1): Promise<ParsedMail[]> => smtp.waitFor(count, (m) => mailsTo(email, subject).includes(m));

const verify = (token: string) => t.http().post('/api/auth/verify-email').send({ token });
const requestReset = (email: string, ip = nextIp()) => t.http().post('/api/auth/password-reset').set('x-forwarded-for', ip).send({ email });
const confirmReset = (token: string, password: string) => t.http().post('/api/auth/password-reset/confirm').send({ token, password });
const login = (email: string, password: string) => t.http().post('/api/auth/login').set('x-forwarded-for', nextIp()).send({ email, password });

async function verifiedAt(email: string): Promise<Date | null> {
  const [row] = (await t.db.query('SELECT email_verified_at FROM users WHERE email = $1', [email])) as { email_verified_at: Date | null }[];
  return row.email_verified_at;
}

const countOutbox = async (name: string): Promise<number> =>
  ((await t.db.query('SELECT count(*)::int AS n FROM outbox_events WHERE name = $1', [name])) as { n: number }[])[0].n;

describe('verifying the e-mail address', () => {
  it('signup mails a link that verifies the address, once', async () => {
    const email = uniqueEmail('verify');
    const agent = await signup(email, { displayName: '<Ana & "Co">' });

    // The token row and the e-mail job were written with the account; the job carries the row id, not the token.
    const [token] = (await t.db.query(
      `SELECT t.id, t.token_hash, t.expires_at, o.payload FROM account_tokens t JOIN users u ON u.id = t.user_id
         JOIN outbox_events o ON o.name = 'verify-email' AND o.payload->>'tokenId' = t.id::text
        WHERE u.email = $1 AND t.purpose = 'verify-email'`,
      [email],
    )) as { id: string; token_hash: string; expires_at: Date; payload: Record<string, unknown> }[];
    expect(token.payload).toEqual({ tokenId: token.id });
    const hours = (token.expires_at.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);

    const [mail] = await waitForMail(email, VERIFY_SUBJECT);
    expect(recipients(mail)).toEqual([email]);
    expectWhisperGiftsLayout(mail);
    expect(mail.text).toContain('Hello <Ana & "Co">,');
    expect(mail.html).toContain('Hello &lt;Ana &amp; &quot;Co&quot;&gt;,');
    expect(mail.html).not.toContain('<Ana');
    const link = tokenFromLink(mail, t.config.publicUrl, '/verify-email/');
    expect(link).toMatch(/^wgv_[\w-]{43}$/);
    expect(token.token_hash).toBe(sha256(link));

    expect((await agent.get('/api/me').expect(200)).body.emailVerifiedAt).toBeNull();
    const verified = await verify(link).expect(200);
    expectMatchesSpec(verified, 'POST', '/api/auth/verify-email');
    expect(verified.body).toEqual({ email, emailVerifiedAt: expect.any(String) });
    expect((await agent.get('/api/me').expect(200)).body.emailVerifiedAt).toBe(verified.body.emailVerifiedAt);

    const again = await verify(link).expect(400);
    expectMatchesSpec(again, 'POST', '/api/auth/verify-email');
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ type: `${PROBLEMS}invalid-token`, errors: [{ pointer: '#/token' }] });
    expect(again.body.detail).toMatch(/used already/);
  });

  it('refuses an expired or unknown token, and the address stays unverified', async () => {
    const email = uniqueEmail('late');
    await signup(email);
    const link = tokenFromLink((await waitForMail(email, VERIFY_SUBJECT))[0], t.config.publicUrl, '/verify-email/');
    await t.db.query("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [sha256(link)]);

    const expired = await verify(link).expect(400);
    expect(expired.body).toMatchObject({ type: `${PROBLEMS}invalid-token` });
    expect(expired.body.detail).toMatch(/expired/);
    const unknown = await verify(`wgv_${randomBytes(32).toString('base64url')}`).expect(400);
    expect(unknown.body).toMatchObject({ type: `${PROBLEMS}invalid-token` });
    // A reset token is not a verification token, even for the same person.
    await requestReset(email).expect(202);
    const resetLink = tokenFromLink((await waitForMail(email, RESET_SUBJECT))[0], t.config.publicUrl, '/reset-password/');
    await verify(resetLink).expect(400);
    const tooLong = await verify('x'.repeat(101)).expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ pointer: '#/token' })]);
    expect(await verifiedAt(email)).toBeNull();
  });

  it('for an address that has an account, sends no link but tells the owner, with a way to reset the password', async () => {
    const email = uniqueEmail('twice');
    await signup(email, { displayName: '<Owner>' });
    const before = await countOutbox('verify-email');
    const again = () =>
      t.http().post('/api/auth/signup').set('x-forwarded-for', nextIp()).send({ email, password: 'somebody else’s password', displayName: 'Again' });
    const response = await again().expect(202);
    expectMatchesSpec(response, 'POST', '/api/auth/signup');
    expect(await countOutbox('verify-email')).toBe(before);

    const [mail] = await waitForMail(email, SIGNUP_ATTEMPT_SUBJECT);
    expect(recipients(mail)).toEqual([email]);
    expectWhisperGiftsLayout(mail);
    expect(mail.text).toContain('Hello <Owner>,');
    expect(mail.html).toContain('Hello &lt;Owner&gt;,');
    expect(mail.text).toContain(`${t.config.publicUrl}/forgot-password`);
    expect(mail.html).toContain(`href="${t.config.publicUrl}/forgot-password"`);
    expect(mail.text).not.toContain('Again');

    // Bounded per account, silently: the answer stays the same, the owner's inbox does not fill up.
    const { points } = t.config.rateLimits['signup-existing-mail'];
    // (One more attempt than it sends, and within the per-address signup limit of 5 an hour.)
    for (let i = 1; i <= points; i++) expect((await again().expect(202)).body).toEqual(response.body);
    expect(await countOutbox('signup-attempt')).toBe(points);
  });

  it('resends a new link on request; either link verifies, and then both are spent', async () => {
    const email = uniqueEmail('resend');
    const agent = await signup(email);
    const resent = await agent.post('/api/auth/verify-email/resend').expect(202);
    expectMatchesSpec(resent, 'POST', '/api/auth/verify-email/resend');
    expect(resent.body.detail).toContain(email);

    const mails = await waitForMail(email, VERIFY_SUBJECT, 2);
    const [first, second] = mails.map((m) => tokenFromLink(m, t.config.publicUrl, '/verify-email/'));
    expect(first).not.toBe(second);
    await verify(second).expect(200);
    const old = await verify(first).expect(400);
    expect(old.body.detail).toMatch(/used already/);

    const verifiedAlready = await agent.post('/api/auth/verify-email/resend').expect(409);
    expectMatchesSpec(verifiedAlready, 'POST', '/api/auth/verify-email/resend');
  });

  it('needs a signed-in person to resend, and limits how often', async () => {
    const unauthenticated = await t.http().post('/api/auth/verify-email/resend').expect(401);
    expectMatchesSpec(unauthenticated, 'POST', '/api/auth/verify-email/resend');

    const agent = await signup(uniqueEmail('impatient'));
    for (let i = 0; i < t.config.rateLimits['verify-email-resend'].points; i++) await agent.post('/api/auth/verify-email/resend').expect(202);
    const limited = await agent.post('/api/auth/verify-email/resend').expect(429);
    expectMatchesSpec(limited, 'POST', '/api/auth/verify-email/resend');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('password reset', () => {
  it('mails a link that sets a new password once, and signs the account out everywhere', async () => {
    const email = uniqueEmail('forgetful');
    const laptop = await signup(email, { displayName: '<b>Forgetful</b>' });
    const phone = t.http();
    await phone.post('/api/auth/login').set('x-forwarded-for', nextIp()).send({ email, password: 'the first password' }).expect(200);
    await laptop.get('/api/me').expect(200);
    await phone.get('/api/me').expect(200);

    const accepted = await requestReset(`  ${email.toUpperCase()} `).expect(202);
    expectMatchesSpec(accepted, 'POST', '/api/auth/password-reset');

    const [mail] = await waitForMail(email, RESET_SUBJECT);
    expect(recipients(mail)).toEqual([email]);
    expectWhisperGiftsLayout(mail);
    expect(mail.text).toContain('Hello <b>Forgetful</b>,');
    expect(mail.html).toContain('Hello &lt;b&gt;Forgetful&lt;/b&gt;,');
    const token = tokenFromLink(mail, t.config.publicUrl, '/reset-password/');
    expect(token).toMatch(/^wgr_[\w-]{43}$/);
    const [row] = (await t.db.query('SELECT expires_at FROM account_tokens WHERE token_hash = $1', [sha256(token)])) as { expires_at: Date }[];
    const minutes = (row.expires_at.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(59);
    expect(minutes).toBeLessThanOrEqual(60);

    const confirmed = await confirmReset(token, 'a brand new password').expect(204);
    expectMatchesSpec(confirmed, 'POST', '/api/auth/password-reset/confirm');

    await login(email, 'the first password').expect(401);
    await login(email, 'a brand new password').expect(200);
    const [{ password_hash }] = (await t.db.query('SELECT password_hash FROM users WHERE email = $1', [email])) as { password_hash: string }[];
    expect(password_hash).toMatch(/^\$argon2id\$/);
    // Whoever knew the old password is signed out.
    await laptop.get('/api/me').expect(401);
    await phone.get('/api/me').expect(401);
    // The link proved the address.
    expect(await verifiedAt(email)).not.toBeNull();

    const reused = await confirmReset(token, 'a third new password').expect(400);
    expectMatchesSpec(reused, 'POST', '/api/auth/password-reset/confirm');
    expect(reused.body).toMatchObject({ type: `${PROBLEMS}invalid-token`, errors: [{ pointer: '#/token' }] });
    await login(email, 'a third new password').expect(401);
  });

  it('answers the same, after the same minimum time, whether or not the address has an account', async () => {
    const email = uniqueEmail('known');
    await signup(email);
    const unknownEmail = uniqueEmail('nobody');
    const before = await countOutbox('password-reset');

    const timed = async (address: string) => {
      const started = Date.now();
      const response = await requestReset(address).expect(202);
      return { response, ms: Date.now() - started };
    };
    const known = await timed(email);
    const unknown = await timed(unknownEmail);
    expect(unknown.response.body).toEqual(known.response.body);
    expect(unknown.response.headers['content-type']).toBe(known.response.headers['content-type']);
    expect(known.ms).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS);
    expect(unknown.ms).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS);

    // Only the account's address gets an e-mail.
    expect(await countOutbox('password-reset')).toBe(before + 1);
    await waitForMail(email, RESET_SUBJECT);
    expect(smtp.to(unknownEmail)).toEqual([]);
  });

  it('refuses an expired link, and a reset spends every other outstanding link', async () => {
    const email = uniqueEmail('twice-asked');
    await signup(email);
    await requestReset(email).expect(202);
    await requestReset(email).expect(202);
    await requestReset(email).expect(202);
    const [first, second, third] = (await waitForMail(email, RESET_SUBJECT, 3)).map((m) => tokenFromLink(m, t.config.publicUrl, '/reset-password/'));
    expect(new Set([first, second, third]).size).toBe(3);

    await t.db.query("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [sha256(first)]);
    const expired = await confirmReset(first, 'an expired attempt').expect(400);
    expect(expired.body.detail).toMatch(/expired/);
    await login(email, 'the first password').expect(200);

    const unknown = await confirmReset(`wgr_${randomBytes(32).toString('base64url')}`, 'an unknown attempt').expect(400);
    expect(unknown.body.type).toBe(`${PROBLEMS}invalid-token`);
    const short = await confirmReset(second, 'short').expect(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ pointer: '#/password' })]);

    await confirmReset(second, 'the second password').expect(204);
    const stale = await confirmReset(third, 'the third password').expect(400);
    expect(stale.body.detail).toMatch(/used already/);
    await login(email, 'the second password').expect(200);
    await login(email, 'the third password').expect(401);
  });

  it('bounds the mails per account silently: whoever asks gets the same answer, and the owner still has working links', async () => {
    const { points } = t.config.rateLimits['password-reset-account'];
    const email = uniqueEmail('harassed');
    await signup(email);
    const accepted = await requestReset(email).expect(202);
    // Someone else asks again and again, each time from another IP: never a 429 that would also stop the owner.
    for (let i = 1; i < points + 3; i++) expect((await requestReset(email).expect(202)).body).toEqual(accepted.body);
    const mails = await waitForMail(email, RESET_SUBJECT, points);
    expect(mails).toHaveLength(points);
    const [row] = (await t.db.query(
      "SELECT count(*)::int AS n FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1 AND t.purpose = 'password-reset'",
      [email],
    )) as { n: number }[];
    expect(row.n).toBe(points);
    // The owner, asking now, gets the same answer, and any of the links already in their inbox works.
    expect((await requestReset(email).expect(202)).body).toEqual(accepted.body);
    await confirmReset(tokenFromLink(mails[0], t.config.publicUrl, '/reset-password/'), 'the owner’s new password').expect(204);
    await login(email, 'the owner’s new password').expect(200);
    // An address without an account gets the same answer too.
    for (let i = 0; i < points + 1; i++) expect((await requestReset(uniqueEmail('never-registered')).expect(202)).body).toEqual(accepted.body);
  });

  it('revokes every personal access token, and both the e-mail and the API say so', async () => {
    const email = uniqueEmail('token-holder');
    const agent = await signup(email);
    const tokens = await Promise.all(
      ['read', 'write'].map(async (scope) => (await agent.post('/api/me/tokens').send({ name: scope, scope }).expect(201)).body.token as string),
    );
    for (const token of tokens) await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(200);

    await requestReset(email).expect(202);
    const [mail] = await waitForMail(email, RESET_SUBJECT);
    expect(mail.text).toMatch(/revokes all your personal access tokens/);
    expect(mail.html).toMatch(/revokes all your personal access tokens/);
    await confirmReset(tokenFromLink(mail, t.config.publicUrl, '/reset-password/'), 'a fresh new password').expect(204);

    for (const token of tokens) await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(401);
    const [row] = (await t.db.query('SELECT count(*)::int AS n FROM access_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1', [email])) as {
      n: number;
    }[];
    expect(row.n).toBe(0);
    const spec = parse(readFileSync(`${__dirname}/../../../openapi.yaml`, 'utf8')) as {
      paths: Record<string, { post: { responses: Record<string, { description: string }> } }>;
    };
    expect(spec.paths['/api/auth/password-reset/confirm'].post.responses['204'].description).toMatch(/personal access token is revoked/);
  });

  it('limits requests per IP address across addresses', async () => {
    const { points } = t.config.rateLimits['password-reset-ip'];
    const ip = '203.0.113.77';
    for (let i = 0; i < points; i++) await requestReset(uniqueEmail('spray'), ip).expect(202);
    await requestReset(uniqueEmail('spray'), ip).expect(429);
    await requestReset(uniqueEmail('spray'), '203.0.113.78').expect(202);
  });
});

describe('in the account’s language', () => {
  it('a German account gets its verification and password reset e-mails in German, layout and footer too', async () => {
    const email = uniqueEmail('deutsch');
    const body = { email, password: 'das erste Passwort', displayName: 'Anja' };
    await t.http().post('/api/auth/signup').set('x-forwarded-for', nextIp()).set('accept-language', 'de-DE,de;q=0.9,en;q=0.5').send(body).expect(202);

    const [verifyMail] = await waitForMail(email, 'Bestätigen Sie Ihre E-Mail-Adresse für WhisperGifts');
    expectWhisperGiftsLayout(verifyMail);
    expect(verifyMail.text).toContain('Hallo Anja,');
    expect(verifyMail.text).toContain('Willkommen bei WhisperGifts! Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist.');
    expect(verifyMail.text).toContain('WhisperGifts · die Wunschliste für Ihre Hochzeit');
    expect(verifyMail.html).toContain('<html lang="de" dir="ltr">');
    expect(verifyMail.html).toContain('Meine Adresse bestätigen');
    expect(verifyMail.text).not.toMatch(/Hello|Welcome|Confirm/);
    expect(tokenFromLink(verifyMail, t.config.publicUrl, '/verify-email/')).toMatch(/^wgv_/);

    await requestReset(email).expect(202);
    const [resetMail] = await waitForMail(email, 'Wählen Sie ein neues WhisperGifts-Passwort');
    expect(resetMail.html).toContain('Neues Passwort wählen');
    expect(resetMail.text).toContain('Der Link ist eine Stunde lang einmal gültig.');
    expect(resetMail.text).not.toMatch(/Hello|Choose/);
  });

  it('writes an Arabic account’s e-mail right to left', async () => {
    const email = uniqueEmail('arabic');
    await t
      .http()
      .post('/api/auth/signup')
      .set('x-forwarded-for', nextIp())
      .set('accept-language', 'ar')
      .send({ email, password: 'the first password', displayName: 'ليلى' })
      .expect(202);
    const [mail] = await waitForMail(email, 'أكّد عنوان بريدك الإلكتروني في WhisperGifts');
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.text).toContain('مرحبًا ليلى،');
  });
});
