import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { backup, Manifest, restore } from '../src/backups/backups';
import { databaseUrl, newDatabaseName, withAdminClient } from './support/databases';
import { createItem, createRegistry, createUser, reservationBody } from './support/factories';
import { smallWebp } from './support/image-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The restore drill (issue 19 §2): seed a registry with gifts, a reservation and a photo; back up; drop the
 * database and the media; restore into a fresh database and an empty directory; every table's row count and
 * checksum and every media file must come back as they were.
 */
jest.setTimeout(60_000);

const scratch = mkdtempSync(join(tmpdir(), 'wg-backups-'));
const restoredDatabases: string[] = [];

afterAll(async () => {
  await withAdminClient(async (admin) => {
    for (const name of restoredDatabases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  rmSync(scratch, { recursive: true, force: true });
});

async function countRows(url: string, table: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  let t: TestApp | undefined;
  let backupDir: string;
  let manifest: Manifest;
  let mediaBefore: Record<string, Buffer>;

  beforeAll(async () => {
    const media = join(scratch, 'media');
    t = await startTestApp({ MEDIA_DIR: media });
    const owner = await createUser(t);
    const registry = await createRegistry(owner);
    const toaster = await createItem(owner, registry, { name: 'A toaster', quantity: 1 });
    await createItem(owner, registry, { name: 'Dinner plates', quantity: 6 });
    await t.http().post(`/api/public/registries/${registry.slug}/reservations`).send(reservationBody(toaster.id)).expect(201);
    await owner
      .agent()
      .put(`/api/registries/${registry.id}/header-image`)
      .attach('file', await smallWebp(), 'us.webp')
      .expect(200);

    ({ dir: backupDir, manifest } = await backup({ databaseUrl: t.config.databaseUrl, mediaDir: media, backupDir: join(scratch, 'backups') }));
    mediaBefore = Object.fromEntries(Object.keys(manifest.media).map((file) => [file, readFileSync(join(media, file))]));
    // The disaster: the database and the media are gone.
    await t.close();
    t = undefined;
    rmSync(media, { recursive: true, force: true });
  });
  afterAll(() => t?.close());

  it('records what it holds: each table with its rows, each media file', () => {
    expect(manifest.tables.registries.rows).toBe(1);
    expect(manifest.tables.items.rows).toBe(2);
    expect(manifest.tables.reservations.rows).toBe(1);
    expect(manifest.tables.migrations.rows).toBeGreaterThan(5);
    expect(Object.keys(manifest.media).length).toBeGreaterThan(0);
  });

  it('restores into a fresh database and an empty media directory, every checksum equal', async () => {
    const name = newDatabaseName('db');
    restoredDatabases.push(name);
    const media = join(scratch, 'restored-media');
    const report = await restore({ from: backupDir, databaseUrl: databaseUrl(name), mediaDir: media });
    expect(report).toEqual({
      tables: Object.keys(manifest.tables).length,
      rows: Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0),
      mediaFiles: Object.keys(manifest.media).length,
    });
    expect(await countRows(databaseUrl(name), 'items')).toBe(2);
    for (const [file, bytes] of Object.entries(mediaBefore)) expect(readFileSync(join(media, file)).equals(bytes)).toBe(true);
    // The restored database is a working one: the API starts on it and serves the list.
    // (As a second instance of an app on that database, so closing it leaves the database alone.)
    const prefix = `wgtest:restored:${name.slice(-8)}:`;
    const restored = { database: name, config: { redisKeyPrefix: prefix, mediaDir: media } } as unknown as TestApp;
    const app = await startTestApp({ MEDIA_DIR: media }, restored);
    try {
      const [{ slug }] = (await app.db.query('SELECT slug FROM registries')) as { slug: string }[];
      const list = await app.http().get(`/api/public/registries/${slug}`).expect(200);
      expect(list.body.items.map((i: { name: string }) => i.name).sort()).toEqual(['A toaster', 'Dinner plates']);
    } finally {
      const keys = await app.redis.keys(`${prefix}*`);
      if (keys.length) await app.redis.del(...keys);
      await app.close();
    }
  });

  it('refuses a target that is not empty', async () => {
    const name = restoredDatabases[0];
    await expect(restore({ from: backupDir, databaseUrl: databaseUrl(name), mediaDir: join(scratch, 'other-media') })).rejects.toThrow(/not empty/);
  });

  it('fails loudly when the restored data differ from what was backed up', async () => {
    const tampered = join(scratch, 'tampered');
    rmSync(tampered, { recursive: true, force: true });
    cpSync(backupDir, tampered, { recursive: true });
    const edited = JSON.parse(readFileSync(join(tampered, 'manifest.json'), 'utf8')) as Manifest;
    edited.tables.items.rows = 3;
    writeFileSync(join(tampered, 'manifest.json'), JSON.stringify(edited));
    const name = newDatabaseName('db');
    restoredDatabases.push(name);
    await expect(restore({ from: tampered, databaseUrl: databaseUrl(name), mediaDir: join(scratch, 'tampered-media') })).rejects.toThrow(
      /items: backed up 3 rows .*, restored 2 rows/,
    );
  });
});

describe('retention', () => {
  it('removes backups older than the kept days after a successful one, never the newest', async () => {
    const t = await startTestApp();
    try {
      const backupDir = join(scratch, 'retention');
      const day = (n: number) => new Date(Date.UTC(2026, 11, n, 3));
      const common = { databaseUrl: t.config.databaseUrl, mediaDir: t.config.mediaDir, backupDir, keepDays: 14 };
      const first = await backup({ ...common, now: day(1) });
      const second = await backup({ ...common, now: day(10) });
      const third = await backup({ ...common, now: day(20) });
      expect(first.removed).toEqual([]);
      expect(third.removed).toEqual([first.dir.split('/').pop()]);
      expect(readdirSync(backupDir).sort()).toEqual([second.dir, third.dir].map((d) => d.split('/').pop()));
    } finally {
      await t.close();
    }
  });
});
