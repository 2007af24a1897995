import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RegistriesService } from '../registries/registries.service';
import { LinkHealthDto } from './dto/link-health.dto';
import { ItemLinkCheck } from './link-check.entity';

@Injectable()
export class LinkHealthService {
  constructor(
    @InjectRepository(ItemLinkCheck) private readonly checks: Repository<ItemLinkCheck>,
    private readonly registries: RegistriesService,
  ) {}

  /** The checks of the items whose link is still the one checked (an edited link has no verdict until next week). */
  async list(registryId: string, userId: string): Promise<LinkHealthDto[]> {
    const registry = await this.registries.findOwned(registryId, userId);
    const rows = await this.checks
      .createQueryBuilder('c')
      .innerJoin('items', 'i', 'i.id = c.item_id AND i.url = c.url')
      .where('c.registry_id = :registryId', { registryId: registry.id })
      .orderBy('c.item_id')
      .getMany();
    return rows.map((c) => ({ itemId: c.itemId, status: c.status, reason: c.reason, checkedAt: c.checkedAt.toISOString() }));
  }
}
