import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { OutboundMailLimits1764700000000 } from '../src/database/migrations/1764700000000-outbound-mail-limits';
import { createTestDatabase, databaseUrl, dropDatabase } from './support/databases';

/** Invitations sent before the deploy still count against the new per-account limits: the migration carries them over. */
let name: string;
let db: DataSource;
beforeAll(async () => {
  name = await createTestDatabase();
  db = await new DataSource(dataSourceOptions(databaseUrl(name), 1)).initialize();
});
afterAll(async () => {
  await db.destroy();
  await dropDatabase(name);
});

it('copies the invitations already sent into sent_invitations, and undoes cleanly', async () => {
  const migration = new OutboundMailLimits1764700000000();
  const runner = db.createQueryRunner();
  try {
    await migration.down(runner);
    const [{ id: userId }] = (await runner.query(
      `INSERT INTO users (email, password_hash, display_name) VALUES ('ana@example.com', 'x', 'Ana') RETURNING id`,
    )) as {
      id: string;
    }[];
    const [{ id: registryId }] = (await runner.query(
      `INSERT INTO registries (slug, title, couple_names, currency) VALUES ('ana-and-ben', 'T', 'Ana & Ben', 'EUR') RETURNING id`,
    )) as { id: string }[];
    await runner.query(
      `INSERT INTO share_invitations (registry_id, email, invited_by, created_at) VALUES ($1, 'may@example.com', $2, now() - interval '2 hours')`,
      [registryId, userId],
    );
    await runner.query(
      `INSERT INTO partner_invitations (registry_id, email, token_hash, invited_by, expires_at) VALUES ($1, 'ben@example.com', 'h', $2, now() + interval '14 days')`,
      [registryId, userId],
    );

    await migration.up(runner);
    const rows = (await runner.query('SELECT user_id, kind, registry_id, email FROM sent_invitations ORDER BY kind')) as Record<string, string>[];
    expect(rows).toEqual([
      { user_id: userId, kind: 'partner', registry_id: registryId, email: 'ben@example.com' },
      { user_id: userId, kind: 'share', registry_id: registryId, email: 'may@example.com' },
    ]);
    const [{ suppressed }] = (await runner.query(
      `SELECT count(*)::int AS suppressed FROM information_schema.columns WHERE table_name = 'email_deliveries' AND column_name = 'suppressed'`,
    )) as { suppressed: number }[];
    expect(suppressed).toBe(1);
  } finally {
    await runner.release();
  }
});
