import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Session } from 'fastify';
import { Repository } from 'typeorm';
import { verifyPassword } from '../accounts/passwords';
import { RateLimits } from '../common/http/rate-limits';
import { ProblemException, notFound } from '../common/problem/problem';
import { Item } from '../items/item.entity';
import { assertGuestMayRead, unlockStamp } from '../registries/guest-access';
import { Registry } from '../registries/registry.entity';
import { GiftListDto, GiftListItemDto, GiftListRegistryDto, UnlockDto } from './dto/gift-list.dto';

/**
 * The guest's view of a registry. Two SQL queries whatever the size of the list: the registry by slug, then
 * its items in order. Reserved counts are kept on the item rows, so no join or aggregate over reservations.
 */
@Injectable()
export class GiftListService {
  constructor(
    @InjectRepository(Registry) private readonly registries: Repository<Registry>,
    @InjectRepository(Item) private readonly items: Repository<Item>,
    private readonly rateLimits: RateLimits,
  ) {}

  async get(slug: string, session: Session | undefined): Promise<GiftListDto> {
    const registry = await this.findBySlug(slug);
    assertGuestMayRead(registry, session);
    const items = await this.items.find({ where: { registryId: registry.id, archived: false }, order: { position: 'ASC', createdAt: 'ASC' } });
    return {
      registry: GiftListRegistryDto.from(registry),
      items: items.map(GiftListItemDto.from),
      version: registry.version,
      updatedAt: registry.updatedAt.toISOString(),
    };
  }

  /** Checks the password and remembers, in this browser's session, that the registry is unlocked. */
  async unlock(slug: string, dto: UnlockDto, session: Session, ip: string): Promise<void> {
    await this.rateLimits.consume('unlock-ip', `${ip}:${slug}`);
    const registry = await this.findBySlug(slug);
    if (registry.visibility !== 'password' || !registry.passwordHash) return;
    if (!(await verifyPassword(registry.passwordHash, dto.password))) {
      throw new ProblemException(401, 'registry-locked', 'That is not the password of this gift list. Ask the couple for it.');
    }
    session.unlocked = { ...session.unlocked, [registry.id]: unlockStamp(registry.passwordHash) };
  }

  private async findBySlug(slug: string): Promise<Registry> {
    const registry = await this.registries.createQueryBuilder('r').addSelect('r.passwordHash').where('r.slug = :slug', { slug }).getOne();
    if (!registry) throw notFound('This gift list');
    return registry;
  }
}
