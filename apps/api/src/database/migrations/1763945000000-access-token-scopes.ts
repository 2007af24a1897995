import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal access tokens get a scope (`read` or `write`) and always expire.
 *
 * Existing tokens could do everything, so they keep that (`write`): narrowing them would break their scripts
 * without warning. Those that never expired now expire 90 days from the migration (the default lifetime of a
 * new token), and none outlives a year from now; their owners can see both in the token list and replace them.
 */
export class AccessTokenScopes1763945000000 implements MigrationInterface {
  name = 'AccessTokenScopes1763945000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE access_tokens ADD COLUMN scope text;
      UPDATE access_tokens SET scope = 'write',
        expires_at = LEAST(coalesce(expires_at, now() + interval '90 days'), now() + interval '365 days');
      ALTER TABLE access_tokens ALTER COLUMN scope SET NOT NULL,
        ADD CONSTRAINT access_tokens_scope_check CHECK (scope IN ('read', 'write')),
        ALTER COLUMN expires_at SET NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE access_tokens ALTER COLUMN expires_at DROP NOT NULL;
      ALTER TABLE access_tokens DROP COLUMN scope;
    `);
  }
}
