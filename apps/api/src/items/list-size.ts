import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../common/config/app-config';
import { ProblemException, msg } from '../common/problem/problem';
import type { Item } from './item.entity';

/**
 * The whole gift list is one response (built, compressed and cached as one document), so besides each field's
 * own bound a registry has two: how many items it holds (REGISTRY_MAX_ITEMS, archived ones included) and how many
 * bytes of item text (REGISTRY_MAX_TEXT_BYTES). Together they give the public document a known maximum size.
 * Both are checked inside the registry's write transaction (RegistryWrites holds its row lock), so two
 * concurrent writes cannot both slip under a bound.
 */

export type ItemText = Pick<Item, 'name' | 'description' | 'url' | 'category'>;

/** Bytes an item's text takes as JSON (quotes and escapes included), as PostgreSQL serializes it. */
const textBytes = (name: string, description: string, url: string, category: string) =>
  `octet_length(to_json(${name})::text) + octet_length(to_json(${description})::text)` +
  ` + coalesce(octet_length(to_json(${url})::text), 0) + coalesce(octet_length(to_json(${category})::text), 0)`;
const ITEM_TEXT = textBytes('i.name', 'i.description', 'i.url', 'i.category');
const GIVEN_TEXT = textBytes('$2::text', '$3::text', '$4::text', '$5::text');

/** Refuses an item the registry has no room for; returns the new item's position (last). */
export async function assertRoomForNewItem(
  tx: EntityManager,
  config: AppConfig,
  registryId: string,
  text: ItemText,
  /** Checks of its own on the number of items there are (the plan's limit), made first. */
  checkCount: (count: number) => void = () => {},
): Promise<number> {
  const [row] = (await tx.query(
    `SELECT count(*)::int AS count, coalesce(max(i.position) + 1, 0)::int AS next,
            coalesce(sum(${ITEM_TEXT}), 0)::float8 AS used, (${GIVEN_TEXT})::float8 AS adding
       FROM items i WHERE i.registry_id = $1`,
    [registryId, text.name, text.description, text.url, text.category],
  )) as { count: number; next: number; used: number; adding: number }[];
  checkCount(row.count);
  if (row.count >= config.registryMaxItems) {
    throw new ProblemException(409, 'item-limit', msg('problems:items.item-limit', { max: config.registryMaxItems }), { limit: config.registryMaxItems });
  }
  assertTextFits(config, row.used, row.used + row.adding);
  return row.next;
}

/** Refuses an edit that grows the registry's item text beyond the bound (shrinking is always allowed). */
export async function assertTextFitsAfterEdit(tx: EntityManager, config: AppConfig, registryId: string, itemId: string, text: ItemText): Promise<void> {
  const [row] = (await tx.query(
    `SELECT coalesce(sum(${ITEM_TEXT}), 0)::float8 AS used,
            coalesce(sum(${ITEM_TEXT}) FILTER (WHERE i.id <> $6), 0)::float8 + (${GIVEN_TEXT})::float8 AS after
       FROM items i WHERE i.registry_id = $1`,
    [registryId, text.name, text.description, text.url, text.category, itemId],
  )) as { used: number; after: number }[];
  if (row.after > row.used) assertTextFits(config, row.used, row.after);
}

function assertTextFits(config: AppConfig, used: number, after: number): void {
  if (after <= config.registryMaxTextBytes) return;
  throw new ProblemException(409, 'list-size-limit', msg('problems:items.list-size-limit', { max: config.registryMaxTextBytes, used, after }), {
    limit: config.registryMaxTextBytes,
    used,
    requested: after,
  });
}
