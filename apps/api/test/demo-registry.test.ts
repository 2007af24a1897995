import { DEMO_ITEMS, DEMO_SLUG } from '../src/demo/demo-registry';
import { DemoRegistryService } from '../src/demo/demo-registry.service';
import { reservationBody } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

/** The example list the landing page links to: made at start with DEMO_REGISTRY=true, once. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DEMO_REGISTRY: 'true' });
});
afterAll(() => t.close());

describe('the example list', () => {
  it('is a public list of gifts, a fund and a group gift at /r/example-ana-and-ben, made once however often the API starts', async () => {
    const list = await t.http().get(`/api/public/registries/${DEMO_SLUG}`).expect(200);
    expect(list.body.registry).toMatchObject({ coupleNames: 'Ana & Ben', eventDate: '2027-06-12', currency: 'EUR' });
    expect(list.body.items.map((i: { name: string }) => i.name)).toEqual(DEMO_ITEMS.map((i) => i.name));
    expect(new Set(list.body.items.map((i: { kind: string }) => i.kind))).toEqual(new Set(['gift', 'fund', 'group-gift']));

    // A second start (or a second API copy) finds it and leaves it, and a guest's reservation with it.
    const toaster = list.body.items[0] as { id: string };
    await t.http().post(`/api/public/registries/${DEMO_SLUG}/reservations`).send(reservationBody(toaster.id)).expect(201);
    await Promise.all([t.app.get(DemoRegistryService).ensure(), t.app.get(DemoRegistryService).ensure()]);
    const [{ registries, items, reservations }] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM registries WHERE slug = $1) AS registries,
              (SELECT count(*)::int FROM items i JOIN registries r ON r.id = i.registry_id WHERE r.slug = $1) AS items,
              (SELECT count(*)::int FROM reservations) AS reservations`,
      [DEMO_SLUG],
    )) as { registries: number; items: number; reservations: number }[];
    expect({ registries, items, reservations }).toEqual({ registries: 1, items: DEMO_ITEMS.length, reservations: 1 });
    // Nobody can sign in as its owner.
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'example-couple@whispergifts.invalid', password: '' })
      .expect((r) => expect(r.status).toBeGreaterThanOrEqual(400));
  });
});
