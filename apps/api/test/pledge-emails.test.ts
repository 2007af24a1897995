import type { ParsedMail } from 'mailparser';
import { createItem, createRegistry, createUser, TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout, recipients, tokenFromLink } from './support/mail';
import { decodeQrPng } from './support/qr';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** A pledge's e-mails: written to the outbox with it, sent by the worker over real SMTP, the QR code decoded from the PNG. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
});
afterAll(() => world.close());

const GIVING = {
  instructions: 'Any amount helps <3 — thank you!',
  accountHolder: 'Ana Müller & Ben Côté',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  paymentLinkTemplate: 'https://paypal.me/anaben/{amount}',
};

async function fundOf(owner: TestUser, registry: Record<string, unknown> = {}, giving: Record<string, unknown> | null = GIVING) {
  const r: TestRegistry = await createRegistry(owner, registry);
  if (giving) await owner.agent().patch(`/api/registries/${r.id}`).send({ giving }).expect(200);
  const item = await createItem(owner, r, { name: 'Honeymoon in <Lisbon>', kind: 'fund' });
  return { registry: r, item };
}

interface PledgeAnswer {
  pledge: { id: string; amount: number; reference: string };
  undoToken: string;
  payment: { reference: string; epcPayload: string | null; link: string | null };
}

async function pledge(slug: string, itemId: string, fields: Record<string, unknown>): Promise<PledgeAnswer> {
  const response = await t
    .http()
    .post(`/api/public/registries/${slug}/pledges`)
    .send({ itemId, amount: 5000, name: 'May <b>Parker</b>', email: 'may@example.com', message: 'Enjoy! <script>x</script>', ...fields })
    .expect(201);
  return response.body as PledgeAnswer;
}

const forGuest = (address: string, reference: string) => (m: ParsedMail) => recipients(m).includes(address) && (m.text ?? '').includes(reference);
const qrOf = (mail: ParsedMail) => mail.attachments.find((a) => a.cid === 'epc-qr@whispergifts' || a.contentId === '<epc-qr@whispergifts>');

it("sends the guest the amount, reference, bank details and undo link, with a QR code that decodes to the pledge's EPC payload", async () => {
  const owner = await createUser(t, { email: 'ana-pledges@example.com', verified: true });
  const { registry, item } = await fundOf(owner, { coupleNames: 'Ana & Ben' });
  const answer = await pledge(registry.slug, item.id, { email: 'may-pledge@example.com' });
  expect(answer.payment.epcPayload).toEqual(expect.stringMatching(/^BCD\n002\n1\nSCT\n/));

  const [mail] = await smtp.waitFor(1, forGuest('may-pledge@example.com', answer.pledge.reference));
  expect(mail.subject).toBe('You pledged €50.00 towards Honeymoon in <Lisbon> for Ana & Ben');
  expectWhisperGiftsLayout(mail);
  for (const part of [mail.text ?? '', String(mail.html)]) {
    expect(part).toContain('€50.00');
    expect(part).toContain(answer.pledge.reference);
    // Grouped in fours, as people read it off a screen.
    expect(part).toContain('DE89 3704 0044 0532 0130 00');
    expect(part).toContain('COBADEFFXXX');
  }
  // User text escaped in HTML; the couple's link and instructions present (verified owner).
  expect(mail.html).toContain('Honeymoon in &lt;Lisbon&gt;');
  expect(mail.html).toContain('May &lt;b&gt;Parker&lt;/b&gt;');
  expect(mail.html).not.toContain('<b>Parker</b>');
  expect(mail.html).toContain('Any amount helps &lt;3');
  expect(mail.html).toContain(`href="${answer.payment.link}"`);
  expect(mail.text).toContain(answer.payment.link);

  // The inline QR code: a PNG shown by the HTML, decoding to exactly the payload the API returned.
  const qr = qrOf(mail);
  expect(qr?.contentType).toBe('image/png');
  expect(mail.html).toContain('src="cid:epc-qr@whispergifts"');
  expect(await decodeQrPng(qr!.content)).toBe(answer.payment.epcPayload);

  // The undo link works, and is the one the API answered with.
  const token = tokenFromLink(mail, t.config.publicUrl, '/pledges/undo/');
  expect(token).toBe(answer.undoToken);
  await t.http().delete(`/api/public/pledges/${token}`).expect(200);
});

it('sends no QR code for a registry outside the euro, but the bank details and reference still', async () => {
  const owner = await createUser(t, { verified: true });
  const { registry, item } = await fundOf(owner, { currency: 'GBP' }, { ...GIVING, iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2L' });
  const answer = await pledge(registry.slug, item.id, { email: 'pounds@example.com', amount: 2500 });
  expect(answer.payment.epcPayload).toBeNull();
  const [mail] = await smtp.waitFor(1, forGuest('pounds@example.com', answer.pledge.reference));
  expect(mail.text).toContain('£25.00');
  expect(mail.text).toContain('GB29 NWBK 6016 1331 9268 19');
  expect(qrOf(mail)).toBeUndefined();
  expect(mail.html).not.toContain('cid:epc-qr');
  expectWhisperGiftsLayout(mail);
});

it("leaves the couple's payment link and instructions out while their address is unverified, keeping the bank details", async () => {
  const owner = await createUser(t, { verified: false });
  const { registry, item } = await fundOf(owner);
  const answer = await pledge(registry.slug, item.id, { email: 'unverified-pledge@example.com' });
  const [mail] = await smtp.waitFor(1, forGuest('unverified-pledge@example.com', answer.pledge.reference));
  for (const part of [mail.text ?? '', String(mail.html)]) {
    expect(part).not.toContain('paypal.me');
    expect(part).not.toContain('Any amount helps');
    expect(part).toContain('DE89 3704 0044 0532 0130 00');
  }
  expect(await decodeQrPng(qrOf(mail)!.content)).toBe(answer.payment.epcPayload);
});

it("tells the couple who pledged what, with the guest's message", async () => {
  const owner = await createUser(t, { email: 'couple-notice@example.com', verified: true });
  const { registry, item } = await fundOf(owner);
  const answer = await pledge(registry.slug, item.id, { email: 'notice-guest@example.com', amount: 7500 });
  const [notice] = await smtp.waitFor(1, (m) => recipients(m).includes('couple-notice@example.com') && (m.subject ?? '').startsWith('A pledge'));
  expect(notice.subject).toBe('A pledge of €75.00 towards Honeymoon in <Lisbon>');
  expect(notice.text).toContain('May <b>Parker</b> pledged €75.00');
  expect(notice.text).toContain(answer.pledge.reference);
  expect(notice.html).toContain('Enjoy! &lt;script&gt;x&lt;/script&gt;');
  expect(notice.html).toContain(`href="${t.config.publicUrl}/dashboard/registries/${registry.id}/pledges"`);
  expectWhisperGiftsLayout(notice);
});

it('in surprise mode, tells the couple the item and amount but not who gave it', async () => {
  const owner = await createUser(t, { email: 'surprise-pledges@example.com', verified: true });
  const { registry, item } = await fundOf(owner, { surpriseMode: true, revealDate: '2099-06-01' });
  await pledge(registry.slug, item.id, { email: 'secret-giver@example.com', name: 'Secret Santa', message: 'From Santa' });
  const [notice] = await smtp.waitFor(1, (m) => recipients(m).includes('surprise-pledges@example.com') && (m.subject ?? '').startsWith('A pledge'));
  expect(notice.text).toContain('€50.00');
  expect(notice.text).toContain('Honeymoon in <Lisbon>');
  for (const part of [notice.text ?? '', String(notice.html)]) {
    expect(part).not.toContain('Secret Santa');
    expect(part).not.toContain('From Santa');
    expect(part).not.toContain('secret-giver');
  }
  expect(notice.text).toContain('until Monday, 1 June 2099');
});

it('writes the guest’s pledge confirmation in the registry’s language and its money in that locale, both parts, with no English sentence left', async () => {
  const owner = await createUser(t, { email: 'jana-pledges@example.com', verified: true });
  const { registry, item } = await fundOf(owner, { coupleNames: 'Jana & Lukas', language: 'de' });
  const answer = await pledge(registry.slug, item.id, { email: 'erna-pledge@example.com', name: 'Oma <Erna>' });
  const [mail] = await smtp.waitFor(1, forGuest('erna-pledge@example.com', answer.pledge.reference));
  const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(50);
  expect(euros).toMatch(/^50,00\s€$/);
  expect(mail.subject).toBe(`Sie haben ${euros} für Honeymoon in <Lisbon> von Jana & Lukas zugesagt`);
  expect(mail.text).toContain('Hallo Oma <Erna>,');
  expect(mail.text).toContain(`Vielen Dank! Sie haben ${euros} für Honeymoon in <Lisbon> von der Wunschliste von Jana & Lukas zugesagt.`);
  expect(mail.text).toContain(`Ihr Verwendungszweck: ${answer.pledge.reference}`);
  expect(mail.text).toContain('Kontoinhaber: Ana Müller & Ben Côté');
  expect(mail.text).toContain(`Betrag: ${euros}`);
  expect(mail.text).toContain('Jana & Lukas schreiben: Any amount helps <3');
  expect(mail.html).toContain('<html lang="de" dir="ltr">');
  expect(mail.html).toMatch(/Sie haben <strong[^>]*>50,00\s€<\/strong> für <strong[^>]*>Honeymoon in &lt;Lisbon&gt;<\/strong>/);
  expect(mail.html).toMatch(/<a href="[^"]*\/pledges\/undo\/wgp_[\w-]+"[^>]*>Beitrag zurücknehmen<\/a>/);
  expect(mail.html).toContain('alt="QR-Code für eine Überweisung von 50,00');
  for (const english of [
    'You pledged',
    'Hello',
    'Thank you',
    'Bank transfer',
    'Account holder',
    'Amount',
    'Undo the pledge',
    'Open my gifts',
    'See the gift list',
    'Scan this code',
  ]) {
    expect(`${mail.text}\n${mail.html}`).not.toContain(english);
  }
});
