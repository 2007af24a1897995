import { createHash } from 'node:crypto';
import { CACHE_SCHEMA_REVISION } from '../../apps/api/src/common/config/app-config';
import { send } from '../load/guests';

/**
 * The cheap way to make a process learn a registry's version: a conditional GET with the ETag it would answer
 * (`W/"{revision}.gift-list.{id}.{version}"`, libs/http-cache/src/etag.ts) is a 304 after the version lookup alone,
 * so the version stores fill without a gift list being built. Seeded registries are at version 1 with ids from
 * the seed's `sid('r', i)`.
 */
export function seededRegistryId(seedNumber: number, index: number): string {
  const h = createHash('md5').update(`${seedNumber}:r${index}`).digest('hex');
  const hex = `${index.toString(16).padStart(12, '0')}4${h.slice(0, 3)}8${h.slice(3, 18)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Conditional GETs for registries from..to; returns the answers by status (304 for every untouched one). */
export async function touchVersions(base: string, seedNumber: number, from: number, to: number, concurrency: number): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  let next = from;
  const worker = async () => {
    while (next <= to) {
      const index = next++;
      const tag = `W/"${CACHE_SCHEMA_REVISION}.gift-list.${seededRegistryId(seedNumber, index)}.1"`;
      const answer = await send(base, { path: `/api/public/registries/couple-${index}`, headers: { 'if-none-match': tag }, decode: false });
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

// Run on its own: touch-versions.ts <base URL> <from> <to> (against an API a `--keep` run left, or a running one).
if (require.main === module) {
  const [base, from, to] = process.argv.slice(2);
  touchVersions(base, Number(process.env.BENCH_SEED ?? 20261203), Number(from), Number(to), 4).then(
    (statuses) => console.log(statuses),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
