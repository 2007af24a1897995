import { translator } from '@whispergifts/i18n/node';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { RateLimits } from '../common/http/rate-limits';
import { msg, notFound } from '../common/problem/problem';
import { Outbox } from '../outbox/outbox.service';
import { planLimitProblem, planOf } from '../plans/plans';
import { QUEUES } from '../queues/queues';
import { RegistriesService } from '../registries/registries.service';
import { CreateGuestCardsDto, GuestCardsDto } from './dto/guest-card.dto';
import { GUEST_CARD_JOBS } from './guest-card-jobs';
import { GuestCard, GuestCardOptions } from './guest-card.entity';

/** Renders kept per registry; starting another deletes the oldest (its files follow through the trigger). */
export const KEPT_RENDERS = 3;

/**
 * Printed guest cards (Premium). Starting a render writes its row and its job in one transaction (the outbox), so the
 * worker draws it after the commit; the couple polls the row. No registry representation shows cards, so this is
 * not a registry write (no version bump).
 */
@Injectable()
export class GuestCardsService {
  constructor(
    @InjectRepository(GuestCard) private readonly cards: Repository<GuestCard>,
    private readonly registries: RegistriesService,
    private readonly outbox: Outbox,
    private readonly rateLimits: RateLimits,
    private readonly config: AppConfig,
  ) {}

  async start(registryId: string, userId: string, dto: CreateGuestCardsDto): Promise<{ id: string }> {
    const registry = await this.registries.findOwned(registryId, userId);
    if (!planOf(registry.plan).limits.guestCards) {
      throw planLimitProblem(registry.plan, 'guestCards', (limits) => limits.guestCards, msg('problems:plans.guest-cards'));
    }
    await this.rateLimits.consume('guest-cards', registryId, 'guest card renders');
    const options: GuestCardOptions = {
      theme: dto.theme ?? registry.theme,
      paper: dto.paper,
      perPage: dto.perPage,
      heading: dto.heading ?? translator().t(registry.language, 'cards:heading.default'),
      message: dto.message ?? '',
    };
    return this.cards.manager.transaction(async (tx) => {
      const { identifiers } = await tx.insert(GuestCard, { registryId, status: 'rendering', options });
      const id = identifiers[0].id as string;
      await this.outbox.add(tx, QUEUES.guestCards, GUEST_CARD_JOBS.render, { guestCardId: id });
      await tx.query(
        `DELETE FROM guest_cards WHERE registry_id = $1 AND id NOT IN (SELECT id FROM guest_cards WHERE registry_id = $1 ORDER BY created_at DESC, id LIMIT $2)`,
        [registryId, KEPT_RENDERS],
      );
      return { id };
    });
  }

  async get(registryId: string, userId: string, id: string): Promise<GuestCardsDto> {
    await this.registries.findOwned(registryId, userId);
    const card = await this.cards.findOneBy({ id, registryId });
    if (!card) throw notFound('guest-cards');
    return GuestCardsDto.from(card, this.config.mediaUrl);
  }

  async list(registryId: string, userId: string): Promise<GuestCardsDto[]> {
    await this.registries.findOwned(registryId, userId);
    const cards = await this.cards.find({ where: { registryId }, order: { createdAt: 'DESC' }, take: KEPT_RENDERS });
    return cards.map((card) => GuestCardsDto.from(card, this.config.mediaUrl));
  }
}
