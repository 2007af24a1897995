import type { Client } from 'pg';

export interface TableChecksum {
  rows: number;
  /** md5 over the table's rows in a stable order: equal only if every row came back as it was. */
  md5: string;
}

/** Every table of the public schema, with its row count and checksum, as this connection's snapshot sees them. */
export async function tableChecksums(client: Client): Promise<Record<string, TableChecksum>> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: Record<string, TableChecksum> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*)::text AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM public.${quoted} t`,
    );
    result[name] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? 'empty' };
  }
  return result;
}
