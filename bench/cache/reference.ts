import { Client } from 'pg';
import { giftListFacts } from '../../apps/api/test/support/expected-gift-list';

export { projectLike } from '../../apps/api/test/support/expected-gift-list';

/** What the gift list must say for the current state (the same facts the API's freshness tests check against). */
export async function referenceFacts(databaseUrl: string, slug: string): Promise<unknown> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await giftListFacts(async (sql, parameters) => (await client.query<Record<string, unknown>>(sql, parameters)).rows, { slug });
  } finally {
    await client.end();
  }
}
