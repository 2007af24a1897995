import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, notFound, validationProblem } from '../common/problem/problem';
import { isCheckViolation } from '../database/errors';
import { RegistriesService } from '../registries/registries.service';
import { RegistryWrites, touchItems } from '../registries/registry-writes.service';
import { CreateItemDto, ReorderItemsDto, UpdateItemDto } from './dto/item-input.dto';
import { ItemDto } from './dto/item.dto';
import type { WritePreconditions } from '../common/http/preconditions.decorator';
import { Item } from './item.entity';
import { assertRoomForNewItem, assertTextFitsAfterEdit } from './list-size';
import { moneyColumns } from './item-kinds';
import { assertItemRoom } from '../plans/item-room';

@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(Item) private readonly items: Repository<Item>,
    private readonly registries: RegistriesService,
    private readonly writes: RegistryWrites,
    private readonly config: AppConfig,
  ) {}

  /** All items of an owned registry, archived ones included, in their manual order. */
  async list(registryId: string, userId: string): Promise<ItemDto[]> {
    const registry = await this.registries.findOwned(registryId, userId);
    const items = await this.items.find({ where: { registryId: registry.id }, order: { position: 'ASC', createdAt: 'ASC' } });
    return items.map((item) => this.present(item));
  }

  create(registryId: string, userId: string, dto: CreateItemDto): Promise<ItemDto> {
    assertPriceRange(dto.priceMin, dto.priceMax);
    return this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const text = { name: dto.name, description: dto.description ?? '', url: dto.url ?? null, category: dto.category ?? null };
      const money = moneyColumns(dto, null, registry.currency.trim());
      await assertItemRoom(tx, registry);
      const next = await assertRoomForNewItem(tx, this.config, registry.id, text);
      const { identifiers } = await tx.insert(Item, {
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
      return this.present(await tx.findOneByOrFail(Item, { id: identifiers[0].id as string }));
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
      await touchItems(tx, registry.id, [item.id]);
      try {
        // Fields not sent are present as undefined; with none sent TypeORM refuses an UPDATE without values (it was a 500).
        const changes = { ...dto, ...money };
        if (Object.values(changes).some((value) => value !== undefined)) await tx.update(Item, { id: item.id }, changes);
      } catch (error) {
        if (isCheckViolation(error, 'items_not_overpledged')) {
          throw new ProblemException(
            409,
            'conflict',
            `Guests have already pledged ${item.pledgedAmount}; the target cannot be lower unless overfunding is allowed.`,
            {
              errors: [{ pointer: '#/targetAmount', code: 'too-small', limit: item.pledgedAmount, detail: `must be at least ${item.pledgedAmount}` }],
            },
          );
        }
        if (isCheckViolation(error, 'items_not_oversold')) {
          throw new ProblemException(409, 'conflict', `Guests have already reserved ${item.reservedQuantity} of this item; the quantity cannot be lower.`, {
            errors: [{ pointer: '#/quantity', code: 'too-small', limit: item.reservedQuantity, detail: `must be at least ${item.reservedQuantity}` }],
          });
        }
        throw error;
      }
      return this.present(await tx.findOneByOrFail(Item, { id: item.id }));
    });
  }

  async remove(registryId: string, itemId: string, userId: string, preconditions?: WritePreconditions): Promise<void> {
    await this.writes.asOwner(registryId, userId, async (tx, registry) => {
      const item = await findItem(tx, registry.id, itemId);
      this.writes.checkPreconditions(preconditions, item, 'item');
      if (item.pledgeCount > 0) {
        throw new ProblemException(409, 'conflict', `Guests have pledged to this item (${item.pledgeCount}). Archive it instead, so their pledges are kept.`);
      }
      if (item.reservedQuantity > 0) {
        throw new ProblemException(
          409,
          'conflict',
          `Guests have reserved this item (${item.reservedQuantity}). Archive it instead, so their reservations are kept.`,
        );
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

function assertPriceRange(min: number | null | undefined, max: number | null | undefined) {
  if (min != null && max != null && min > max)
    throw validationProblem([{ pointer: '#/priceMax', code: 'too-small', limit: min, detail: 'priceMax must be at least priceMin' }]);
}
