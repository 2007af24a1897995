import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import type { TestRegistry, TestUser } from './support/factories';
import { expectWhisperGiftsLayout } from './support/mail';
import { expectMatchesSpec } from './support/openapi-contract';
import type { SmtpSink } from './support/smtp-sink';
import type { TestApp } from './support/test-app';
import { MailWorld, startMailWorld } from './support/test-worker';

/** The couple releases a reservation: DELETE /api/registries/{registryId}/reservations/{reservationId}. */
let smtp: SmtpSink;
let t: TestApp;
let world: MailWorld;
beforeAll(async () => {
  world = await startMailWorld();
  ({ smtp, t } = world);
});
afterAll(() => world.close());

const RELEASE = '/api/registries/{registryId}/reservations/{reservationId}';
const release = (owner: TestUser, registry: TestRegistry, reservationId: string) =>
  owner.agent().delete(`/api/registries/${registry.id}/reservations/${reservationId}`);
const giftList = async (registry: TestRegistry) => (await t.http().get(`/api/public/registries/${registry.slug}`).expect(200)).body as { items: unknown[] };

async function reserved(registryFields: Record<string, unknown> = {}, guest: Record<string, unknown> = {}) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, registryFields);
  const item = await createItem(owner, registry, { name: 'Copper kettle', quantity: 3 });
  const response = await t
    .http()
    .post(`/api/public/registries/${registry.slug}/reservations`)
    .send(reservationBody(item.id, { quantity: 2, ...guest }))
    .expect(201);
  return { owner, registry, item, reservationId: response.body.reservation.id as string };
}

const version = async (owner: TestUser, registry: TestRegistry) =>
  (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body.version as number;

it('tells the guest in the registry’s language (French here), with no English left', async () => {
  const { owner, registry, reservationId } = await reserved({ coupleNames: 'Ana & Ben', language: 'fr' }, { name: 'Léa', email: 'liberee@example.com' });
  await release(owner, registry, reservationId).expect(204);
  const [mail] = await smtp.waitFor(1, (m) => smtp.to('liberee@example.com').includes(m) && (m.subject?.includes('libéré') ?? false));
  expect(mail.subject).toBe('Ana & Ben ont libéré votre réservation de 2 × Copper kettle');
  expect(mail.text).toMatch(/^Bonjour Léa,/);
  expect(mail.text).toContain('ce cadeau ne vous est plus réservé');
  expect(`${mail.subject} ${mail.text}`.replace(/https?:\/\/\S+/g, '')).not.toMatch(/released|Hello|gift list|no harm/);
});

it('gives the units back, bumps the version (the cached list shows it at once) and e-mails the guest', async () => {
  const { owner, registry, item, reservationId } = await reserved({ coupleNames: 'Ana & Ben' }, { name: 'May <b>', email: 'released@example.com' });
  expect((await giftList(registry)).items).toMatchObject([{ id: item.id, reserved: 2, remaining: 1 }]);
  const before = await version(owner, registry);

  const response = await release(owner, registry, reservationId).expect(204);
  expect(response.text).toBe('');
  expect(await version(owner, registry)).toBeGreaterThan(before);
  expect((await giftList(registry)).items).toMatchObject([{ id: item.id, reserved: 0, remaining: 3 }]);
  const [row] = await t.db.query<{ status: string; cancelled_at: Date | null }[]>('SELECT status, cancelled_at FROM reservations WHERE id = $1', [
    reservationId,
  ]);
  expect(row.status).toBe('cancelled');
  expect(row.cancelled_at).not.toBeNull();

  const [mail] = await smtp.waitFor(1, (m) => smtp.to('released@example.com').includes(m) && (m.subject?.includes('released') ?? false));
  expect(mail.subject).toBe('Ana & Ben released your reservation of 2 × Copper kettle');
  expect(mail.html).toContain('May &lt;b&gt;');
  expect(mail.text).toContain(`/r/${registry.slug}`);
  expectWhisperGiftsLayout(mail);
});

it('is harmless twice: 204 again, no second e-mail, the units counted back once', async () => {
  const { owner, registry, item, reservationId } = await reserved({}, { email: 'twice@example.com' });
  await Promise.all([release(owner, registry, reservationId).expect(204), release(owner, registry, reservationId).expect(204)]);
  await release(owner, registry, reservationId).expect(204);
  const [{ reserved_quantity }] = await t.db.query<{ reserved_quantity: number }[]>('SELECT reserved_quantity FROM items WHERE id = $1', [item.id]);
  expect(reserved_quantity).toBe(0);
  await smtp.waitFor(1, (m) => smtp.to('twice@example.com').some((x) => x === m && (m.subject?.includes('released') ?? false)));
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(smtp.to('twice@example.com').filter((m) => m.subject?.includes('released'))).toHaveLength(1);
});

it('releases a reservation the guest had already undone without an e-mail', async () => {
  const { owner, registry, reservationId } = await reserved({}, { email: 'undone@example.com' });
  await t.db.query("UPDATE reservations SET status = 'cancelled' WHERE id = $1", [reservationId]);
  await release(owner, registry, reservationId).expect(204);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(smtp.to('undone@example.com').filter((m) => m.subject?.includes('released'))).toEqual([]);
});

it('works in surprise mode, and tells the couple nothing about the guest', async () => {
  const { owner, registry, item, reservationId } = await reserved(
    { surpriseMode: true, revealDate: '2099-06-01' },
    { name: 'Secret Santa', email: 'santa@example.com' },
  );
  const response = await release(owner, registry, reservationId).expect(204);
  expect(response.text).toBe('');
  expect(JSON.stringify(response.headers)).not.toContain('santa');
  const list = await owner.agent().get(`/api/registries/${registry.id}/reservations`).query({ status: 'all' }).expect(200);
  expect(list.body.reservations).toMatchObject([{ id: reservationId, itemId: item.id, status: 'cancelled', guest: null }]);
  expect(JSON.stringify(list.body)).not.toContain('Santa');
  await smtp.waitFor(1, (m) => smtp.to('santa@example.com').includes(m) && (m.subject?.includes('released') ?? false));
});

it("answers 404 for another couple's registry or reservation, an unknown one, and 401 without signing in", async () => {
  const { owner, registry, item, reservationId } = await reserved();
  const other = await reserved();
  const stranger = await createUser(t);

  expectMatchesSpec(await release(stranger, registry, reservationId).expect(404), 'DELETE', RELEASE);
  // The other couple's reservation through this couple's registry, and this couple's through the other registry.
  await release(owner, registry, other.reservationId).expect(404);
  await release(other.owner, other.registry, reservationId).expect(404);
  await release(owner, registry, '00000000-0000-4000-8000-000000000000').expect(404);
  expectMatchesSpec(await release(owner, registry, 'nope').expect(400), 'DELETE', RELEASE);
  await t.http().delete(`/api/registries/${registry.id}/reservations/${reservationId}`).expect(401);

  const [{ reserved_quantity }] = await t.db.query<{ reserved_quantity: number }[]>('SELECT reserved_quantity FROM items WHERE id = $1', [item.id]);
  expect(reserved_quantity).toBe(2);
});

describe('taking a reserved gift off the list (issue 15, item 9)', () => {
  it('archives it (guests no longer see it), releases every reservation and e-mails each guest', async () => {
    const { owner, registry, item } = await reserved({ coupleNames: 'Ana & Ben' }, { email: 'first@example.com' });
    await t
      .http()
      .post(`/api/public/registries/${registry.slug}/reservations`)
      .send(reservationBody(item.id, { email: 'second@example.com' }))
      .expect(201);

    const response = await owner.agent().post(`/api/registries/${registry.id}/items/${item.id}/withdraw`).expect(200);
    expectMatchesSpec(response, 'POST', '/api/registries/{registryId}/items/{itemId}/withdraw');
    expect(response.body).toEqual({ released: 2 });
    expect((await giftList(registry)).items).toEqual([]);
    const [row] = await t.db.query<{ archived: boolean; reserved_quantity: number }[]>('SELECT archived, reserved_quantity FROM items WHERE id = $1', [
      item.id,
    ]);
    expect(row).toEqual({ archived: true, reserved_quantity: 0 });
    for (const address of ['first@example.com', 'second@example.com']) {
      await smtp.waitFor(1, (m) => smtp.to(address).includes(m) && (m.subject?.startsWith('Ana & Ben released your reservation of') ?? false));
    }
    // Nothing is reserved any more, so the couple may now delete it for good.
    await owner.agent().delete(`/api/registries/${registry.id}/items/${item.id}`).expect(204);
  });

  it("answers 404 for another couple's item", async () => {
    const { registry, item } = await reserved();
    const stranger = await createUser(t);
    await stranger.agent().post(`/api/registries/${registry.id}/items/${item.id}/withdraw`).expect(404);
  });
});
