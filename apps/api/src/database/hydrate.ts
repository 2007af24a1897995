import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Turns a raw row (`RETURNING *`, column names as in the database) into an entity, converted as TypeORM converts
 * what it loads itself (transformers, dates, bigints). Lets a write hand back what its own statement returned
 * instead of reading the row again. Columns marked `select: false` stay unset, as in a normal load.
 */
export function hydrate<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, raw: Record<string, unknown>): T {
  const metadata = tx.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (!column.isSelect || !(column.databaseName in raw)) continue;
    column.setEntityValue(entity, tx.connection.driver.prepareHydratedValue(raw[column.databaseName], column));
  }
  return entity;
}

/** Updates one row by id and hands back the entity as it now is, from the UPDATE's own RETURNING (no read after). */
export async function updateReturning<T extends ObjectLiteral>(
  tx: EntityManager,
  target: EntityTarget<T>,
  id: string,
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const { raw } = await tx.createQueryBuilder().update(target).set(changes).where('id = :id', { id }).returning('*').execute();
  return hydrate(tx, target, (raw as Record<string, unknown>[])[0]);
}

/** Inserts one row and hands back the entity as stored (defaults included), from the INSERT's own RETURNING. */
export async function insertReturning<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, values: QueryDeepPartialEntity<T>): Promise<T> {
  const { raw } = await tx.createQueryBuilder().insert().into(target).values(values).returning('*').execute();
  return hydrate(tx, target, (raw as Record<string, unknown>[])[0]);
}
