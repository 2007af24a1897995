import type { Counter } from 'prom-client';

/**
 * A `collect` for a counter fed from running totals some component already keeps (e.g. `VersionStore.lookups`):
 * read when scraped, so the hot path pays nothing for metrics. Adds what grew since the last scrape, per label value.
 */
export function collectTotals<L extends string>(label: L, read: () => Record<string, number>): (this: Counter<L>) => void {
  const seen = new Map<string, number>();
  return function (this: Counter<L>) {
    for (const [value, total] of Object.entries(read())) {
      const grew = total - (seen.get(value) ?? 0);
      if (grew >= 0) this.inc({ [label]: value } as Partial<Record<L, string | number>>, grew);
      seen.set(value, total);
    }
  };
}
