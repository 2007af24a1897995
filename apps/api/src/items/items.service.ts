import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, msg, notFound, validationProblem } from '../common/problem/problem';
import { isCheckViolation } from '../database/errors';
import { ReplicaReads, VersionFence } from '../database/replica-reads';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites } from '../registries/registry-writes.service';
import { CreateItemDto, ReorderItemsDto, UpdateItemDto } from './dto/item-input.dto';
import { ItemDto } from './dto/item.dto';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { Item } from './item.entity';
import type { Registry } from '../registries/registry.entity';
import { assertRoomForNewItem, assertTextFitsAfterEdit } from './list-size';
import { moneyColumns } from './item-kinds';
import { assertItemRoomFor } from '../plans/item-room';
import { insertReturning, updateReturning } from '../database/hydrate';

@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(Item) private readonly items: Repository<Item>,
    private readonly registries: RegistriesService,
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
    private readonly replica: ReplicaReads,
  ) {}

  /** All items of an owned registry, archived ones included, in their manual order (from the replica when it has caught up with `fence`). */
  list(registryId: string, userId: string, fence: VersionFence | null): Promise<ItemDto[]> {
    return this.replica.read(fence, async (manager) => {
      const registry = await this.registries.findOwned(registryId, userId, manager);
      const items = await manager.find(Item, { where: { registryId: registry.id }, order: { position: 'ASC', createdAt: 'ASC' } });
      return items.map((item) => this.present(item));
    });
  }

  create(registryId: string, userId: string, dto: CreateItemDto): Promise<ItemDto> {
    assertPriceRange(dto.priceMin, dto.priceMax);
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      // One look at the list answers the plan's limit, the list's bounds and the next position.
      return this.present(await this.insert(tx, registry, dto, (count) => assertItemRoomFor(registry, count)));
    });
  }

  /**
   * Adds one item at the end of the list inside the caller's RegistryWrites transaction: the one create path, used by
   * `create` and by the spreadsheet import and starter ideas (which check the plan's room once for all their rows).
   */
  async insert(tx: EntityManager, registry: Registry, dto: CreateItemDto, checkPlanRoom?: (count: number) => void): Promise<Item> {
    assertPriceRange(dto.priceMin, dto.priceMax);
    const text = { name: dto.name, description: dto.description ?? '', url: dto.url ?? null, category: dto.category ?? null };
    const money = moneyColumns(dto, null, registry.currency.trim());
    const next = await assertRoomForNewItem(tx, this.config, registry.id, text, checkPlanRoom);
    return insertReturning(tx, Item, {
      registryId: registry.id,
      name: text.name,
      description: text.description,
      url: text.url,
      priceMin: dto.priceMin ?? null,
      priceMax: dto.priceMax ?? null,
      quantity: dto.quantity === undefined ? 1 : dto.quantity,
      priority: dto.priority ?? 'medium',
      category: text.category,
      position: next,
      archived: false,
      kind: 'gift',
      suggestedAmounts: [],
      allowOverfunding: false,
      hideTotals: false,
      ...money,
    });
  }

  /** Honours If-Match with the item's tag (`etag` in ItemDto): a partner's edit in between gives 412, not a silent overwrite. */
  update(registryId: string, itemId: string, userId: string, dto: UpdateItemDto, preconditions?: WritePreconditions): Promise<ItemDto> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const item = await findItem(tx, registry.id, itemId);
      this.writes.checkPreconditions(preconditions, item, 'item');
      assertPriceRange(dto.priceMin !== undefined ? dto.priceMin : item.priceMin, dto.priceMax !== undefined ? dto.priceMax : item.priceMax);
      if (dto.name !== undefined || dto.description !== undefined || dto.url !== undefined || dto.category !== undefined) {
        const text = {
          name: dto.name ?? item.name,
          description: dto.description ?? item.description,
          url: dto.url !== undefined ? dto.url : item.url,
          category: dto.category !== undefined ? dto.category : item.category,
        };
        await assertTextFitsAfterEdit(tx, this.config, registry.id, item.id, text);
      }
      const money = moneyColumns(dto, item, registry.currency.trim());
      try {
        // Fields not sent are undefined (TypeORM leaves them out); the touch (the item's own version) goes with the change.
        const changes = Object.fromEntries(Object.entries({ ...dto, ...money }).filter(([, value]) => value !== undefined));
        return this.present(await updateReturning(tx, Item, item.id, { ...changes, version: () => 'version + 1', updatedAt: () => 'clock_timestamp()' }));
      } catch (error) {
        if (isCheckViolation(error, 'items_not_overpledged')) {
          throw new ProblemException(409, 'conflict', msg('problems:items.target-below-pledged', { amount: item.pledgedAmount }), {
            errors: [{ pointer: '#/targetAmount', code: 'too-small', limit: item.pledgedAmount, detail: `must be at least ${item.pledgedAmount}` }],
          });
        }
        if (isCheckViolation(error, 'items_not_oversold')) {
          throw new ProblemException(409, 'conflict', msg('problems:items.quantity-below-reserved', { count: item.reservedQuantity }), {
            errors: [{ pointer: '#/quantity', code: 'too-small', limit: item.reservedQuantity, detail: `must be at least ${item.reservedQuantity}` }],
          });
        }
        throw error;
      }
    });
  }

  async remove(registryId: string, itemId: string, userId: string, preconditions?: WritePreconditions): Promise<void> {
    await this.writes.asOwner(registryId, userId, async (tx, registry) => {
      // Without a precondition to compare, the delete itself says whether it may go: one statement in the usual case.
      if (!preconditions?.ifMatch && !preconditions?.ifUnmodifiedSince) {
        const [, deleted] = (await tx.query('DELETE FROM items WHERE id = $1 AND registry_id = $2 AND pledge_count = 0 AND reserved_quantity = 0', [
          itemId,
          registry.id,
        ])) as [unknown, number];
        if (deleted) return;
      }
      const item = await findItem(tx, registry.id, itemId);
      this.writes.checkPreconditions(preconditions, item, 'item');
      if (item.pledgeCount > 0) {
        throw new ProblemException(409, 'conflict', msg('problems:items.delete-pledged', { count: item.pledgeCount }));
      }
      if (item.reservedQuantity > 0) {
        throw new ProblemException(409, 'conflict', msg('problems:items.delete-reserved', { count: item.reservedQuantity }));
      }
      await tx.delete(Item, { id: item.id });
    });
  }

  /** Puts all items in the given order in one transaction; only the items that moved get a new version. */
  reorder(registryId: string, userId: string, dto: ReorderItemsDto): Promise<ItemDto[]> {
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const current = await tx.find(Item, { where: { registryId: registry.id }, select: { id: true, position: true } });
      const known = new Set(current.map((i) => i.id));
      if (dto.itemIds.length !== known.size || dto.itemIds.some((id) => !known.has(id))) {
        throw validationProblem([{ pointer: '#/itemIds', code: 'invalid', detail: `must list each of the registry's ${known.size} item ids exactly once` }]);
      }
      const positionOf = new Map(current.map((i) => [i.id, i.position]));
      const moved = dto.itemIds.map((id, position) => ({ id, position })).filter(({ id, position }) => positionOf.get(id) !== position);
      if (moved.length) {
        await tx.query(
          `UPDATE items SET position = moved.position, version = version + 1, updated_at = clock_timestamp()
             FROM unnest($2::uuid[], $3::int[]) AS moved(id, position)
            WHERE items.registry_id = $1 AND items.id = moved.id`,
          [registry.id, moved.map((m) => m.id), moved.map((m) => m.position)],
        );
      }
      const items = await tx.find(Item, { where: { registryId: registry.id }, order: { position: 'ASC' } });
      return items.map((item) => this.present(item));
    });
  }

  present(item: Item): ItemDto {
    return { ...ItemDto.from(item, this.config.mediaUrl), etag: this.writes.etag(item.id, item.version, 'item') };
  }
}

export async function findItem(tx: EntityManager, registryId: string, itemId: string): Promise<Item> {
  const item = await tx.findOneBy(Item, { id: itemId, registryId });
  if (!item) throw notFound('item');
  return item;
}

export function assertPriceRange(min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null && min > max)
    throw validationProblem([{ pointer: '#/priceMax', code: 'too-small', limit: min, detail: 'priceMax must be at least priceMin' }]);
}
