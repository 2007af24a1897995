import { guestPageUrl, guestToken } from '../src/guests/guest-links';
import { createItem, createRegistry, createUser, pledgeBody, reservationBody, TestRegistry, TestUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/** The guest's own page: opened with the signed link, bounded to that address on that registry, every write through RegistryWrites. */
let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t);
});
afterAll(() => t.close());

let sequence = 0;
const tokenOf = (registry: TestRegistry, email: string) => guestPageUrl(t.config, registry.id, email).split('/my-gifts/')[1];

async function reserve(registry: TestRegistry, itemId: string, fields: Record<string, unknown> = {}) {
  const response = await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(itemId, fields)).expect(201);
  return response.body.reservation as { id: string };
}
async function pledge(registry: TestRegistry, itemId: string, fields: Record<string, unknown> = {}) {
  const response = await t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(itemId, fields)).expect(201);
  return response.body.pledge as { id: string };
}
async function giftList(registry: TestRegistry) {
  return (await t.http().get(`/api/public/registries/${registry.slug}`).expect(200)).body as {
    items: { id: string; reserved: number; pledgedAmount: number }[];
  };
}

/** A registry where May reserved 2 of 4 toasters (leaving an address) and pledged €50 to a €200 group gift; June reserved the vase. */
async function world() {
  const registry = await createRegistry(owner, { coupleNames: 'Ana & Ben' });
  const may = `may${++sequence}@example.com`;
  const june = `june${sequence}@example.com`;
  const toaster = await createItem(owner, registry, { name: 'Toaster', quantity: 4 });
  const vase = await createItem(owner, registry, { name: 'Vase', quantity: 1 });
  const boat = await createItem(owner, registry, { name: 'Boat', kind: 'group-gift', targetAmount: 20_000 });
  const toasterReservation = await reserve(registry, toaster.id, { email: may, name: 'May Parker', quantity: 2, address: '  1 Ivy Lane, Queens  ' });
  const boatPledge = await pledge(registry, boat.id, { email: may, name: 'May Parker', amount: 5000 });
  const vaseReservation = await reserve(registry, vase.id, { email: june, name: 'June' });
  return { registry, may, june, toaster, vase, boat, toasterReservation, boatPledge, vaseReservation, token: tokenOf(registry, may) };
}

describe('GET /api/public/guests/{token}', () => {
  it("lists that guest's reservations and pledges on that registry only, privately", async () => {
    const w = await world();
    const response = await t.http().get(`/api/public/guests/${w.token}`).expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expectMatchesSpec(response, 'GET', '/api/public/guests/{token}');
    expect(response.body.registry).toEqual({
      slug: w.registry.slug,
      title: 'We are getting married',
      coupleNames: 'Ana & Ben',
      eventDate: null,
      currency: 'EUR',
      theme: 'classic',
    });
    expect(response.body.guest).toEqual({ name: 'May Parker', email: w.may, address: '1 Ivy Lane, Queens' });
    expect(response.body.reservations).toEqual([
      expect.objectContaining({
        id: w.toasterReservation.id,
        quantity: 2,
        maxQuantity: 4,
        status: 'active',
        boughtAt: null,
        item: expect.objectContaining({ name: 'Toaster' }),
      }),
    ]);
    expect(response.body.pledges).toEqual([
      expect.objectContaining({ id: w.boatPledge.id, amount: 5000, maxAmount: 20_000, minAmount: 500, currency: 'EUR', status: 'pledged' }),
    ]);
    // The address went into the row as typed, trimmed; the public list never shows it.
    const [row] = (await t.db.query('SELECT guest_address FROM reservations WHERE id = $1', [w.toasterReservation.id])) as { guest_address: string }[];
    expect(row.guest_address).toBe('1 Ivy Lane, Queens');
    expect(JSON.stringify(await giftList(w.registry))).not.toContain('Ivy Lane');
  });

  it('answers 404 to a forged, tampered, expired or foreign-secret token, and to a deleted registry', async () => {
    const w = await world();
    const past = guestToken(t.config.sessionSecret, { registryId: w.registry.id, email: w.may, expiresAt: new Date(Date.now() - 1000) });
    const foreign = guestToken('some-other-secret-that-is-long-enough', {
      registryId: w.registry.id,
      email: w.may,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const tampered = w.token.slice(0, -2) + (w.token.endsWith('AA') ? 'BB' : 'AA');
    for (const token of [past, foreign, tampered, 'wgg_nope', 'x'.repeat(90)]) {
      const response = await t.http().get(`/api/public/guests/${token}`).expect(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    await owner.agent().delete(`/api/registries/${w.registry.id}`).expect(204);
    await t.http().get(`/api/public/guests/${w.token}`).expect(404);
  });
});

describe('guest actions', () => {
  it('marks a reservation bought and not bought, bumping the registry version', async () => {
    const w = await world();
    const before = await giftList(w.registry);
    const bought = await t.http().patch(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).send({ bought: true }).expect(200);
    expect(bought.headers['cache-control']).toBe('private, no-store');
    expectMatchesSpec(bought, 'PATCH', '/api/public/guests/{token}/reservations/{reservationId}');
    const boughtAt = bought.body.reservations[0].boughtAt as string;
    expect(Date.parse(boughtAt)).toBeGreaterThan(Date.now() - 60_000);
    // Saying it twice keeps the first time.
    const again = await t.http().patch(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).send({ bought: true }).expect(200);
    expect(again.body.reservations[0].boughtAt).toBe(boughtAt);
    const [{ version }] = (await t.db.query('SELECT version::int AS version FROM registries WHERE id = $1', [w.registry.id])) as { version: number }[];
    expect(version).toBeGreaterThan((before as unknown as { version: number }).version);
    const undone = await t.http().patch(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).send({ bought: false }).expect(200);
    expect(undone.body.reservations[0].boughtAt).toBeNull();
  });

  it("changes a reservation's quantity within what is left, and the gift list follows", async () => {
    const w = await world();
    const url = `/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`;
    const more = await t.http().patch(url).send({ quantity: 4 }).expect(200);
    expect(more.body.reservations[0]).toMatchObject({ quantity: 4, maxQuantity: 4 });
    expect((await giftList(w.registry)).items.find((i) => i.id === w.toaster.id)).toMatchObject({ reserved: 4 });
    const tooMany = await t.http().patch(url).send({ quantity: 5 }).expect(409);
    expect(tooMany.body).toMatchObject({ type: expect.stringContaining('not-enough-remaining'), maxQuantity: 4 });
    await t.http().patch(url).send({ quantity: 1 }).expect(200);
    expect((await giftList(w.registry)).items.find((i) => i.id === w.toaster.id)).toMatchObject({ reserved: 1 });
    for (const quantity of [0, -1, 1.5, '2', 101]) {
      const refused = await t.http().patch(url).send({ quantity }).expect(400);
      expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '#/quantity' })]));
    }
    const [{ sum }] = (await t.db.query("SELECT sum(quantity)::int AS sum FROM reservations WHERE item_id = $1 AND status IN ('active', 'held')", [
      w.toaster.id,
    ])) as {
      sum: number;
    }[];
    expect(sum).toBe(1);
  });

  it('releases a reservation: the gift is free again and it leaves the page', async () => {
    const w = await world();
    const released = await t.http().delete(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).expect(200);
    expectMatchesSpec(released, 'DELETE', '/api/public/guests/{token}/reservations/{reservationId}');
    expect(released.body.reservations).toEqual([]);
    expect((await giftList(w.registry)).items.find((i) => i.id === w.toaster.id)).toMatchObject({ reserved: 0 });
    // Gone from the page, so a second release is "not found".
    await t.http().delete(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).expect(404);
  });

  it('refuses changes once the couple has received the gift', async () => {
    const w = await world();
    await t.db.query('UPDATE reservations SET received_at = now() WHERE id = $1', [w.toasterReservation.id]);
    const url = `/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`;
    expect((await t.http().patch(url).send({ quantity: 1 }).expect(409)).body.type).toContain('conflict');
    await t.http().delete(url).expect(409);
  });

  it('refuses "bought" on a held reservation (confirm first) and any change to a received pledge', async () => {
    const w = await world();
    await t.db.query("UPDATE reservations SET status = 'held', held_until = now() + interval '30 minutes' WHERE id = $1", [w.toasterReservation.id]);
    const held = await t.http().patch(`/api/public/guests/${w.token}/reservations/${w.toasterReservation.id}`).send({ bought: true }).expect(409);
    expect(held.body.detail).toContain('Confirm');
    await t.db.query("UPDATE pledges SET status = 'received', received_amount = amount, received_at = now() WHERE id = $1", [w.boatPledge.id]);
    const url = `/api/public/guests/${w.token}/pledges/${w.boatPledge.id}`;
    await t.http().patch(url).send({ amount: 6000 }).expect(409);
    await t.http().delete(url).expect(409);
    const [p] = (await t.db.query('SELECT amount::int AS amount, status FROM pledges WHERE id = $1', [w.boatPledge.id])) as unknown[];
    expect(p).toEqual({ amount: 5000, status: 'received' });
  });

  it("changes a pledge's amount within the target and the minimum, marks it sent, and undoes it", async () => {
    const w = await world();
    const url = `/api/public/guests/${w.token}/pledges/${w.boatPledge.id}`;
    const changed = await t.http().patch(url).send({ amount: 20_000 }).expect(200);
    expect(changed.body.pledges[0]).toMatchObject({ amount: 20_000, maxAmount: 20_000 });
    expect((await giftList(w.registry)).items.find((i) => i.id === w.boat.id)).toMatchObject({ pledgedAmount: 20_000 });
    const over = await t.http().patch(url).send({ amount: 20_001 }).expect(409);
    expect(over.body).toMatchObject({ type: expect.stringContaining('pledge-exceeds-target'), maxAmount: 20_000 });
    const under = await t.http().patch(url).send({ amount: 100 }).expect(400);
    expect(under.body.errors).toEqual([expect.objectContaining({ pointer: '#/amount' })]);
    const sent = await t.http().patch(url).send({ bought: true, amount: 7500 }).expect(200);
    expectMatchesSpec(sent, 'PATCH', '/api/public/guests/{token}/pledges/{pledgeId}');
    expect(sent.body.pledges[0]).toMatchObject({ amount: 7500, boughtAt: expect.any(String) });
    const undone = await t.http().delete(url).expect(200);
    expectMatchesSpec(undone, 'DELETE', '/api/public/guests/{token}/pledges/{pledgeId}');
    expect(undone.body.pledges).toEqual([]);
    expect((await giftList(w.registry)).items.find((i) => i.id === w.boat.id)).toMatchObject({ pledgedAmount: 0 });
  });

  it("never reaches another guest's rows: June's reservation is not found with May's token", async () => {
    const w = await world();
    await t.http().patch(`/api/public/guests/${w.token}/reservations/${w.vaseReservation.id}`).send({ bought: true }).expect(404);
    await t.http().delete(`/api/public/guests/${w.token}/reservations/${w.vaseReservation.id}`).expect(404);
    // Nor May's rows on another registry with this registry's token.
    const other = await createRegistry(owner);
    const lamp = await createItem(owner, other, { name: 'Lamp' });
    const elsewhere = await reserve(other, lamp.id, { email: w.may });
    await t.http().patch(`/api/public/guests/${w.token}/reservations/${elsewhere.id}`).send({ bought: true }).expect(404);
    const [row] = (await t.db.query('SELECT bought_at FROM reservations WHERE id = ANY($1::uuid[]) AND bought_at IS NOT NULL', [
      [w.vaseReservation.id, elsewhere.id],
    ])) as unknown[];
    expect(row).toBeUndefined();
  });

  it("sets, changes and removes the address on all of the guest's rows, bounded to 500 characters", async () => {
    const w = await world();
    const url = `/api/public/guests/${w.token}/address`;
    const set = await t.http().put(url).send({ address: ' 20 Ingram St\nForest Hills ' }).expect(200);
    expectMatchesSpec(set, 'PUT', '/api/public/guests/{token}/address');
    expect(set.body.guest.address).toBe('20 Ingram St\nForest Hills');
    const rows = (await t.db.query(
      'SELECT guest_address FROM reservations WHERE registry_id = $1 AND guest_email = $2 UNION ALL SELECT guest_address FROM pledges WHERE registry_id = $1 AND guest_email = $2',
      [w.registry.id, w.may],
    )) as { guest_address: string | null }[];
    expect(rows.map((r) => r.guest_address)).toEqual(['20 Ingram St\nForest Hills', '20 Ingram St\nForest Hills']);
    const tooLong = await t
      .http()
      .put(url)
      .send({ address: 'x'.repeat(501) })
      .expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ pointer: '#/address' })]);
    await t.http().put(url).send({}).expect(400);
    expect((await t.http().put(url).send({ address: '' }).expect(200)).body.guest.address).toBeNull();
    expect((await t.http().put(url).send({ address: null }).expect(200)).body.guest.address).toBeNull();
    // June's address (none) and row are untouched.
    const [june] = (await t.db.query('SELECT guest_address FROM reservations WHERE id = $1', [w.vaseReservation.id])) as { guest_address: string | null }[];
    expect(june.guest_address).toBeNull();
  });

  it('refuses an address over 500 characters on a new reservation too', async () => {
    const w = await world();
    const refused = await t
      .http()
      .post(`/api/public/registries/${w.registry.slug}/reservations`)
      .send(reservationBody(w.toaster.id, { address: 'x'.repeat(501) }))
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '#/address' })]);
  });

  it("forgets the guest: name, e-mail, address and message go on this registry; the reservation stays, anonymous, and June's is untouched", async () => {
    const w = await world();
    await t.http().delete(`/api/public/guests/${w.token}`).expect(204);
    const rows = (await t.db.query(
      `SELECT id, guest_name, guest_email, message, guest_address, status, quantity, personal_data_erased_at IS NOT NULL AS erased
         FROM reservations WHERE registry_id = $1 ORDER BY created_at`,
      [w.registry.id],
    )) as { id: string; guest_name: string; guest_email: string; status: string; quantity: number; erased: boolean }[];
    expect(rows).toEqual([
      { id: w.toasterReservation.id, guest_name: '', guest_email: '', message: '', guest_address: null, status: 'active', quantity: 2, erased: true },
      expect.objectContaining({ id: w.vaseReservation.id, guest_name: 'June', guest_email: w.june, erased: false }),
    ]);
    const [p] = (await t.db.query('SELECT guest_name, guest_email, amount::int AS amount, status FROM pledges WHERE id = $1', [w.boatPledge.id])) as unknown[];
    expect(p).toEqual({ guest_name: '', guest_email: '', amount: 5000, status: 'pledged' });
    // The gift list still counts them.
    expect((await giftList(w.registry)).items.find((i) => i.id === w.toaster.id)).toMatchObject({ reserved: 2 });
    // The link finds nobody now (the address is gone), and forgetting twice is harmless.
    const page = await t.http().get(`/api/public/guests/${w.token}`).expect(404);
    expect(page.body.detail).toContain('erased');
    await t.http().delete(`/api/public/guests/${w.token}`).expect(204);
    await t
      .http()
      .get(`/api/public/guests/${tokenOf(w.registry, w.june)}`)
      .expect(200);
  });
});
