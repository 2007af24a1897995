import { Client } from 'pg';
import type { CapturedQuery } from './api-server';

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent, with the parameters it sent them with, on the big
 * database. Each runs inside a transaction that is rolled back, so writes are measured and undone; a write that
 * cannot run again (a unique key it already used) is explained without ANALYZE. A sequential scan of a table with
 * more than BIG_ROWS rows is flagged.
 */
export interface ExplainedQuery {
  /** Which request sent it (the first seen). */
  request: string;
  sql: string;
  parameters: unknown[];
  analyzed: boolean;
  plan: string;
  ms: number | null;
  /** Indexes the plan reads. */
  indexes: string[];
  /** Sequential scans of big tables (the problem) and of small ones (expected: the planner's choice there). */
  seqScansBig: string[];
  seqScansSmall: string[];
  sharedHit: number;
  sharedRead: number;
}

export const BIG_ROWS = 10_000;

const SKIP = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|SELECT 1\b|SELECT version\(\)|SELECT current_)/i;

export interface CapturedFrom {
  request: string;
  queries: CapturedQuery[];
}

/** One entry per distinct statement text, with the parameters of its first use. */
export function distinct(captures: CapturedFrom[]): { request: string; query: CapturedQuery }[] {
  const seen = new Map<string, { request: string; query: CapturedQuery }>();
  for (const { request, queries } of captures)
    for (const query of queries) {
      if (SKIP.test(query.sql)) continue;
      const key = query.sql.replace(/\s+/g, ' ').trim();
      if (!seen.has(key)) seen.set(key, { request, query });
    }
  return [...seen.values()];
}

export async function explainAll(databaseUrl: string, captures: CapturedFrom[]): Promise<ExplainedQuery[]> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'wg-bench-scale-explain' });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; rows: number }>(
      `SELECT relname AS name, reltuples::float8 AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    const sizes = new Map(rows.map((r) => [r.name, r.rows]));
    const explained: ExplainedQuery[] = [];
    for (const { request, query } of distinct(captures)) explained.push(await explainOne(client, request, query, sizes));
    return explained;
  } finally {
    await client.end();
  }
}

async function explainOne(client: Client, request: string, query: CapturedQuery, sizes: Map<string, number>): Promise<ExplainedQuery> {
  const attempt = async (analyze: boolean) => {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (${analyze ? 'ANALYZE, BUFFERS, ' : ''}COSTS) ${query.sql}`,
        query.parameters as unknown[],
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await client.query('ROLLBACK');
    }
  };
  let analyzed = true;
  let plan: string;
  try {
    plan = await attempt(true);
  } catch (error) {
    analyzed = false;
    try {
      plan = `(not run again: ${String((error as Error).message)})\n${await attempt(false)}`;
    } catch (again) {
      plan = `(could not be explained: ${String((again as Error).message)})`;
    }
  }
  const seq = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
  const unique = (values: string[]) => [...new Set(values)];
  const sum = (pattern: RegExp) => [...plan.matchAll(pattern)].reduce((total, m) => Math.max(total, Number(m[1])), 0);
  return {
    request,
    sql: query.sql.replace(/\s+/g, ' ').trim(),
    parameters: query.parameters,
    analyzed,
    plan,
    ms: analyzed ? Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN) : null,
    indexes: unique([...plan.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g)].map((m) => m[1])),
    seqScansBig: unique(seq.filter((table) => (sizes.get(table) ?? 0) > BIG_ROWS)),
    seqScansSmall: unique(seq.filter((table) => (sizes.get(table) ?? 0) <= BIG_ROWS)),
    // The top node's buffers include its children's: the largest figure in the plan is the statement's.
    sharedHit: sum(/shared hit=(\d+)/g),
    sharedRead: sum(/read=(\d+)/g),
  };
}
