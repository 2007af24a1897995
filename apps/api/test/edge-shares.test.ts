import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry, createUser } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

/**
 * The marks that tell nginx which gift lists it may keep (caching/edge-shares.ts): present exactly while a list is
 * public or unlisted at its address, withdrawn before a change to private commits. The edge's side is in e2e/edge.test.ts.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const marked = (slug: string) => existsSync(join(t.config.edgeShareDir, slug));

it('lives in MEDIA_DIR/.shareable unless EDGE_SHARE_DIR says otherwise', () => {
  expect(t.config.edgeShareDir).toBe(join(t.config.mediaDir, '.shareable'));
});

it('follows a list through public, password, unlisted, a new slug and deletion', async () => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  expect(marked(registry.slug)).toBe(true);
  const patch = (body: Record<string, unknown>) => owner.agent().patch(`/api/registries/${registry.id}`).send(body).expect(200);

  await patch({ visibility: 'password', password: 'open sesame' });
  expect(marked(registry.slug)).toBe(false);
  await patch({ title: 'Still private' });
  expect(marked(registry.slug)).toBe(false);
  await patch({ visibility: 'unlisted' });
  expect(marked(registry.slug)).toBe(true);

  const moved = `${registry.slug}-moved`;
  await patch({ slug: moved });
  expect([marked(registry.slug), marked(moved)]).toEqual([false, true]);

  await owner.agent().delete(`/api/registries/${registry.id}`).expect(204);
  expect(marked(moved)).toBe(false);
});

it('refuses the switch to private when the mark cannot be withdrawn, and changes nothing', async () => {
  const owner = await createUser(t);
  const registry = await createRegistry(owner);
  // A directory where the mark should be: it cannot be removed as a file, as on a read-only or broken share.
  const mark = join(t.config.edgeShareDir, registry.slug);
  rmSync(mark);
  mkdirSync(join(mark, 'stuck'), { recursive: true });
  try {
    const response = await owner.agent().patch(`/api/registries/${registry.id}`).send({ visibility: 'password', password: 'open sesame' });
    expect(response.status).toBe(500);
    const current = await owner.agent().get(`/api/registries/${registry.id}`).expect(200);
    expect(current.body).toMatchObject({ visibility: 'public', version: registry.version });
  } finally {
    rmSync(mark, { recursive: true, force: true });
    writeFileSync(mark, '');
  }
});

it('marks the shareable lists that exist when the API starts (seeded, or made before marks existed), and only those', async () => {
  const owner = await createUser(t);
  const open = await createRegistry(owner);
  const locked = await createRegistry(owner, { visibility: 'password', password: 'open sesame' });
  rmSync(join(t.config.edgeShareDir, open.slug));
  const second = await startTestApp({}, t);
  try {
    expect([marked(open.slug), marked(locked.slug)]).toEqual([true, false]);
  } finally {
    await second.close();
  }
});
