import { createRegistry, createUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PLAN_LIMIT = 'https://whispergifts.com/problems/plan-limit';
const setPlan = (registryId: string, plan: string) => t.db.query('UPDATE registries SET plan = $1 WHERE id = $2', [plan, registryId]);

describe('themes and plans', () => {
  it('lets a Free list use the first two themes and refuses the others with 403 plan-limit naming Standard', async () => {
    const owner = await createUser(t);
    const refused = await owner
      .agent()
      .post('/api/registries')
      .send({ slug: `themes-${Date.now()}`, title: 'T', coupleNames: 'A & B', currency: 'EUR', theme: 'modern' });
    expectMatchesSpec(refused, 'POST', '/api/registries');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: PLAN_LIMIT, plan: 'free', feature: 'themes', requiredPlan: 'standard', limit: 2 });

    const registry = await createRegistry(owner, { theme: 'garden' });
    expect(registry).toMatchObject({ theme: 'garden', plan: 'free' });
    const patch = await owner.agent().patch(`/api/registries/${registry.id}`).send({ theme: 'coastal', title: 'Not half-written' });
    expectMatchesSpec(patch, 'PATCH', '/api/registries/{registryId}');
    expect(patch.status).toBe(403);
    expect(patch.body).toMatchObject({ type: PLAN_LIMIT, feature: 'themes', requiredPlan: 'standard' });
    // Nothing of the refused change was written.
    const after = (await owner.agent().get(`/api/registries/${registry.id}`).expect(200)).body as Record<string, unknown>;
    expect(after).toMatchObject({ theme: 'garden', title: 'We are getting married', version: registry.version });
  });

  it('lets a Standard list use every theme, and keeps it after a move back to Free until it is changed', async () => {
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    await setPlan(registry.id, 'standard');
    for (const theme of ['modern', 'midnight', 'terracotta', 'coastal']) {
      const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ theme }).expect(200);
      expect(response.body.theme).toBe(theme);
    }
    await setPlan(registry.id, 'free');
    // The theme chosen while on Standard stays; the list's other settings still change, even when the theme is sent as it is.
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Still ours', theme: 'coastal' }).expect(200);
    expect((await owner.agent().get(`/api/public/registries/${registry.slug}`).expect(200)).body.registry.theme).toBe('coastal');
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ theme: 'midnight' }).expect(403);
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ theme: 'classic' }).expect(200);
  });
});
