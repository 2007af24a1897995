import type { EntityManager } from 'typeorm';
import { notFound } from '../common/problem/problem';
import { touchItems } from '../registries/registry-writes.service';
import type { StoredImage, ThumbnailSize } from './stored-image';

/** What an image belongs to: an item, or a registry's header. */
export type ImageTarget = { kind: 'item'; registryId: string; itemId: string } | { kind: 'header'; registryId: string };

/**
 * The image columns, read and written in a RegistryWrites transaction (which bumps the registry's version; an
 * item's own version is bumped here). A replaced or removed image's files are queued for deletion by a trigger
 * in the same transaction (migration 1763930000000), whatever removed it: this, deleting the item or the registry.
 */
export async function writeImage(tx: EntityManager, target: ImageTarget, image: StoredImage | null): Promise<void> {
  const value = image && JSON.stringify(image);
  if (target.kind === 'header') {
    await tx.query('UPDATE registries SET header_image = $2::jsonb WHERE id = $1', [target.registryId, value]);
    return;
  }
  const [rows] = (await tx.query('UPDATE items SET image = $3::jsonb WHERE id = $1 AND registry_id = $2 RETURNING id', [
    target.itemId,
    target.registryId,
    value,
  ])) as [unknown[], number];
  if (!rows.length) throw notFound('item');
  await touchItems(tx, target.registryId, [target.itemId]);
}

/** Records the worker's thumbnails, if the target still shows this original; false when it was replaced or removed meanwhile. */
export async function recordThumbnails(tx: EntityManager, target: ImageTarget, original: string, thumbnails: ThumbnailSize[]): Promise<boolean> {
  const [table, column, id] = locate(target);
  const [rows] = (await tx.query(
    `UPDATE ${table} SET ${column} = jsonb_set(${column}, '{thumbnails}', $3::jsonb) WHERE id = $1 AND ${column}->>'original' = $2 RETURNING id`,
    [id, original, JSON.stringify(thumbnails)],
  )) as [unknown[], number];
  if (!rows.length) return false;
  if (target.kind === 'item') await touchItems(tx, target.registryId, [target.itemId]);
  return true;
}

/** Whether the target still shows this original. */
export async function showsOriginal(db: EntityManager, target: ImageTarget, original: string): Promise<boolean> {
  const [table, column, id] = locate(target);
  const rows = (await db.query(`SELECT 1 FROM ${table} WHERE id = $1 AND ${column}->>'original' = $2`, [id, original])) as unknown[];
  return rows.length > 0;
}

/** Table, column and row id; fixed strings only, never input. */
function locate(target: ImageTarget): ['items' | 'registries', 'image' | 'header_image', string] {
  return target.kind === 'item' ? ['items', 'image', target.itemId] : ['registries', 'header_image', target.registryId];
}
