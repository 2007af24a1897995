import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Each test file gets its own PostgreSQL database, cloned from a template that global setup migrated once.
 * Cloning takes a fraction of a second, and files (and concurrent test runs) never see each other's rows.
 * Names carry their creation time, so a later run can clear what an interrupted one left behind.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = 'wg_test_';
const STALE_AFTER_SECONDS = 3 * 60 * 60;

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function newDatabaseName(kind: 'tpl' | 'db'): string {
  return `${PREFIX}${Math.floor(Date.now() / 1000)}_${kind}_${randomBytes(4).toString('hex')}`;
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function templateDatabase(): string {
  const name = process.env.WG_TEST_TEMPLATE;
  if (!name) throw new Error('WG_TEST_TEMPLATE is not set: run the tests through jest (global setup creates the template).');
  return name;
}

export async function createTestDatabase(): Promise<string> {
  const name = newDatabaseName('db');
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops test databases older than a few hours: leftovers of runs that were killed. */
export async function dropStaleTestDatabases(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [PREFIX]);
    const cutoff = Date.now() / 1000 - STALE_AFTER_SECONDS;
    for (const { datname } of rows) {
      const created = Number(datname.slice(PREFIX.length).split('_')[0]);
      if (!Number.isFinite(created) || created < cutoff) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}
