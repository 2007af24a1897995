import { createItem, createRegistry, createUser, pledgeBody } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PLEDGE_EMAIL: '2/3600', RATE_LIMIT_PLEDGE_IP: '4/3600' });
});
afterAll(() => t.close());

describe('guest limits on pledges (issue 11 applied to issue 12)', () => {
  it('refuses a third pledge by one address (+tags folded) and a fifth attempt from one IP (refused attempts count there too) with 429, writing nothing', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const fund = await createItem(owner, registry, { name: 'Fund', kind: 'fund' });
    const post = (email: string) => t.http().post(`/api/public/registries/${registry.slug}/pledges`).send(pledgeBody(fund.id, { email }));
    await post('may@example.com').expect(201);
    await post('may+2@example.com').expect(201);
    const byAddress = await post('MAY+3@example.com');
    expect(byAddress.status).toBe(429);
    expect(byAddress.headers['content-type']).toMatch(/^application\/problem\+json/);
    await post('bob@example.com').expect(201);
    expect((await post('eve@example.com')).status).toBe(429);
    const [row] = await t.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM pledges WHERE item_id = $1', [fund.id]);
    expect(row.n).toBe(3);
  });
});
