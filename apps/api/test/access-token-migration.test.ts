import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { databaseUrl, dropDatabase, newDatabaseName, withAdminClient } from './support/databases';

/** Tokens made before scopes and expiry keep what they could do (write) and get an expiry from the migration on. */
let database: string;
let db: DataSource;
beforeAll(async () => {
  // An empty database (not the migrated template): this test runs the migrations itself, up to the old schema.
  database = newDatabaseName('db');
  await withAdminClient((client) => client.query(`CREATE DATABASE ${database}`));
  db = await new DataSource(dataSourceOptions(databaseUrl(database), 2)).initialize();
});
afterAll(async () => {
  await db.destroy();
  await dropDatabase(database);
});

it('gives existing tokens the write scope they had and an expiry of at most 90 days from now (sooner ones keep theirs)', async () => {
  const migrations = [...db.migrations].sort((a, b) => a.name!.slice(-13).localeCompare(b.name!.slice(-13)));
  const scopes = migrations.findIndex((m) => m.name === 'AccessTokenScopes1763945000000');
  expect(scopes).toBeGreaterThan(0);
  const runner = db.createQueryRunner();
  // Everything before the scopes migration, then tokens as the old schema allowed them.
  for (const migration of migrations.slice(0, scopes)) await migration.up(runner);
  const [{ id: userId }] = (await db.query(
    "INSERT INTO users (email, password_hash, display_name, role) VALUES ('old@example.com', 'x', 'Old', 'user') RETURNING id",
  )) as {
    id: string;
  }[];
  await db.query(
    `INSERT INTO access_tokens (user_id, name, token_hash, token_hint, expires_at) VALUES
       ($1, 'forever', 'h1', 'aaaa', NULL), ($1, 'soon', 'h2', 'bbbb', now() + interval '3 days'), ($1, 'ten years', 'h3', 'cccc', now() + interval '10 years')`,
    [userId],
  );
  await migrations[scopes].up(runner);
  await runner.release();

  const rows = (await db.query('SELECT name, scope, extract(epoch FROM expires_at - now()) / 86400 AS days FROM access_tokens ORDER BY name')) as {
    name: string;
    scope: string;
    days: string;
  }[];
  const byName = Object.fromEntries(rows.map((r) => [r.name, { scope: r.scope, days: Math.round(Number(r.days)) }]));
  expect(byName).toEqual({ forever: { scope: 'write', days: 90 }, soon: { scope: 'write', days: 3 }, 'ten years': { scope: 'write', days: 365 } });
  // From now on both are required, and only the two scopes exist.
  await expect(
    db.query("INSERT INTO access_tokens (user_id, name, token_hash, token_hint, scope) VALUES ($1, 'x', 'h4', 'dddd', 'read')", [userId]),
  ).rejects.toThrow(/expires_at/);
  await expect(
    db.query("INSERT INTO access_tokens (user_id, name, token_hash, token_hint, scope, expires_at) VALUES ($1, 'x', 'h5', 'eeee', 'admin', now())", [userId]),
  ).rejects.toThrow(/access_tokens_scope_check/);
});
