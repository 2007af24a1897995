import { randomBytes, randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { TestUser, createRegistry, createUser } from './support/factories';
import { expectMatchesSpec } from './support/openapi-contract';
import { TestApp, startTestApp } from './support/test-app';

/** Issue 11, item 4: who may become an owner (the invited, verified address only), and owners leaving or removing each other. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';
const ACCEPT = '/api/partner-invitations/{token}/accept';
const OWNER = '/api/registries/{registryId}/owners/{userId}';
const uniqueEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.com`;

function expectProblem(response: Response, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: PROBLEMS + type, status });
}

async function invite(owner: TestUser, registryId: string, email: string): Promise<string> {
  const response = await owner.agent().post(`/api/registries/${registryId}/partner-invitations`).send({ email }).expect(201);
  return new URL(response.body.acceptUrl as string).pathname.split('/').pop()!;
}

const accept = (user: TestUser, token: string) => user.agent().post(`/api/partner-invitations/${token}/accept`);
const removeOwner = (user: TestUser, registryId: string, userId: string) => user.agent().delete(`/api/registries/${registryId}/owners/${userId}`);
const registryOf = async (user: TestUser, registryId: string) => (await user.agent().get(`/api/registries/${registryId}`).expect(200)).body;
const ownerIds = async (registryId: string) =>
  ((await t.db.query('SELECT user_id FROM registry_owners WHERE registry_id = $1 ORDER BY created_at', [registryId])) as { user_id: string }[]).map(
    (r) => r.user_id,
  );

/** Ana owns a registry with Ben as co-owner. */
async function couple() {
  const ana = await createUser(t, { verified: true, displayName: 'Ana' });
  const ben = await createUser(t, { verified: true, displayName: 'Ben' });
  const registry = await createRegistry(ana);
  await accept(ben, await invite(ana, registry.id, ben.email)).expect(200);
  return { ana, ben, registry };
}

describe('GET /api/public/partner-invitations/{token}', () => {
  it('tells the partner, before they sign in, whose list it is, who invited them and which address to use; once used it is gone', async () => {
    const ana = await createUser(t, { verified: true, displayName: 'Ana' });
    const registry = await createRegistry(ana, { title: 'Ana & Ben are getting married', coupleNames: 'Ana & Ben' });
    const benEmail = uniqueEmail('ben');
    const token = await invite(ana, registry.id, benEmail);

    const preview = await t.http().get(`/api/public/partner-invitations/${token}`).expect(200);
    expectMatchesSpec(preview, 'GET', '/api/public/partner-invitations/{token}');
    expect(preview.headers['cache-control']).toBe('no-store');
    expect(preview.body).toEqual({
      registryTitle: 'Ana & Ben are getting married',
      coupleNames: 'Ana & Ben',
      invitedBy: 'Ana',
      email: benEmail,
      expiresAt: expect.any(String),
    });

    expectProblem(await t.http().get(`/api/public/partner-invitations/${token}x`), 404, 'not-found');
    const ben = await createUser(t, { verified: true, email: benEmail });
    await accept(ben, token).expect(200);
    expectProblem(await t.http().get(`/api/public/partner-invitations/${token}`), 404, 'not-found');
  });
});

describe('accepting a partner invitation', () => {
  it('refuses an account with another address (the link was forwarded or leaked): 403 naming the invited address, masked', async () => {
    const ana = await createUser(t, { verified: true });
    const benEmail = uniqueEmail('benjamin');
    const registry = await createRegistry(ana);
    const token = await invite(ana, registry.id, benEmail.toUpperCase());
    const before = await registryOf(ana, registry.id);

    const thief = await createUser(t, { verified: true });
    const refused = await accept(thief, token);
    expectMatchesSpec(refused, 'POST', ACCEPT);
    expectProblem(refused, 403, 'invitation-for-another-address');
    const masked = `b******@${benEmail.split('@')[1]}`;
    expect(refused.body.invitedEmail).toBe(masked);
    expect(refused.body.detail).toContain(`sent to ${masked}`);
    expect(refused.body.detail).toMatch(/sign in with that address/i);
    expect(JSON.stringify(refused.body)).not.toContain(benEmail);
    expect(await ownerIds(registry.id)).toEqual([ana.id]);
    expect(await registryOf(ana, registry.id)).toEqual(before);

    // The invitation is still there for the person it was sent to (typed in capitals by Ana: addresses compare case-insensitively).
    const ben = await createUser(t, { verified: true, email: benEmail });
    await accept(ben, token).expect(200);
    expect(await ownerIds(registry.id)).toEqual([ana.id, ben.id]);
  });

  it('refuses the invited address until it is verified, saying so', async () => {
    const ana = await createUser(t, { verified: true });
    const ben = await createUser(t);
    const registry = await createRegistry(ana);
    const token = await invite(ana, registry.id, ben.email);

    const unverified = await accept(ben, token);
    expectMatchesSpec(unverified, 'POST', ACCEPT);
    expectProblem(unverified, 403, 'email-unverified');
    expect(unverified.body.detail).toMatch(/verify your e-mail address/i);
    expect(await ownerIds(registry.id)).toEqual([ana.id]);

    await t.db.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [ben.id]);
    await accept(ben, token).expect(200);
  });
});

describe('DELETE /api/registries/{registryId}/owners/{userId}', () => {
  it('lets an owner remove the co-owner, who then no longer sees the registry (version bumped, no stale copy)', async () => {
    const { ana, ben, registry } = await couple();
    const seenByBen = await ben.agent().get(`/api/registries/${registry.id}`).expect(200);
    const version = seenByBen.body.version as number;

    const removed = await removeOwner(ana, registry.id, ben.id).expect(204);
    expectMatchesSpec(removed, 'DELETE', OWNER);
    expect(await ownerIds(registry.id)).toEqual([ana.id]);
    const now = await registryOf(ana, registry.id);
    expect(now.version).toBe(version + 1);
    expect(now.owners.map((o: { id: string }) => o.id)).toEqual([ana.id]);

    // Ben's cached copy is not revalidated for him, and the registry is gone from his list.
    await ben
      .agent()
      .get(`/api/registries/${registry.id}`)
      .set('if-none-match', seenByBen.headers.etag as string)
      .expect(404);
    expect((await ben.agent().get('/api/registries').expect(200)).body).toEqual([]);
    await ben.agent().patch(`/api/registries/${registry.id}`).send({ title: 'Still mine?' }).expect(404);
  });

  it('lets a co-owner leave with their own id', async () => {
    const { ana, ben, registry } = await couple();
    await removeOwner(ben, registry.id, ben.id).expect(204);
    expect(await ownerIds(registry.id)).toEqual([ana.id]);
    await ben.agent().get(`/api/registries/${registry.id}`).expect(404);
    // The original owner may leave too, as long as someone is left.
    const other = await couple();
    await removeOwner(other.ana, other.registry.id, other.ana.id).expect(204);
    expect(await ownerIds(other.registry.id)).toEqual([other.ben.id]);
  });

  it('refuses to remove the last owner: 409 last-owner, nothing changes', async () => {
    const ana = await createUser(t);
    const registry = await createRegistry(ana);
    const before = await registryOf(ana, registry.id);
    const refused = await removeOwner(ana, registry.id, ana.id);
    expectMatchesSpec(refused, 'DELETE', OWNER);
    expectProblem(refused, 409, 'last-owner');
    expect(refused.body.detail).toMatch(/only owner/);
    expect(await registryOf(ana, registry.id)).toEqual(before);
  });

  it('keeps one owner when both remove each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const { ana, ben, registry } = await couple();
      const answers = await Promise.all([removeOwner(ana, registry.id, ben.id), removeOwner(ben, registry.id, ana.id)]);
      expect(answers.map((a) => a.status).sort()).toEqual([204, 404]);
      expect(await ownerIds(registry.id)).toHaveLength(1);
    }
  });

  it("answers 404 for another couple's registry or someone who is not an owner, 400 for a bad id, 401 without credentials", async () => {
    const { ana, ben, registry } = await couple();
    const stranger = await createUser(t);
    const before = await registryOf(ana, registry.id);

    const foreign = await removeOwner(stranger, registry.id, ben.id);
    expectMatchesSpec(foreign, 'DELETE', OWNER);
    expectProblem(foreign, 404, 'not-found');
    await removeOwner(stranger, registry.id, stranger.id).expect(404);
    expectProblem(await removeOwner(ana, registry.id, stranger.id), 404, 'not-found');
    await removeOwner(ana, registry.id, randomUUID()).expect(404);
    expectMatchesSpec(await removeOwner(ana, registry.id, 'not-a-uuid').expect(400), 'DELETE', OWNER);
    const anonymous = await t.http().delete(`/api/registries/${registry.id}/owners/${ben.id}`).expect(401);
    expectMatchesSpec(anonymous, 'DELETE', OWNER);

    expect(await registryOf(ana, registry.id)).toEqual(before);
    expect(await ownerIds(registry.id)).toEqual([ana.id, ben.id]);
  });
});
