import { Injectable } from '@nestjs/common';
import type { Language } from '@whispergifts/i18n';
import { translator } from '@whispergifts/i18n/node';
import type { CreateItemDto } from '../items/dto/item-input.dto';
import type { ItemImportDto } from '../item-imports/dto/item-import.dto';
import { ItemImportsService } from '../item-imports/item-imports.service';
import { RegistriesService } from '../registries/registries.service';
import { StarterIdeasDto } from './dto/starter-ideas.dto';
import { STARTER_CURRENCY, STARTER_IDEAS, STARTER_LISTS, StarterIdea, type StarterIdeaId, type StarterListId } from './starter-ideas';
import { STARTER_TEXT } from './starter-ideas.text';

/** Curated gift ideas a couple picks from; adding goes through the import's commit (one transaction, the plan's room checked). */
@Injectable()
export class StarterIdeasService {
  constructor(
    private readonly registries: RegistriesService,
    private readonly imports: ItemImportsService,
  ) {}

  /** The lists in a language (the request's). */
  list(language: Language): StarterIdeasDto {
    const say = (key: StarterKey) => translator().t(language, key);
    return {
      currency: STARTER_CURRENCY,
      lists: (Object.keys(STARTER_LISTS) as StarterListId[]).map((list) => ({
        id: list,
        title: say(STARTER_TEXT.lists[list].title),
        description: say(STARTER_TEXT.lists[list].description),
        ideas: [...STARTER_IDEAS.values()]
          .filter((idea) => idea.list === list)
          .map((idea) => ({
            id: idea.id,
            name: say(STARTER_TEXT.ideas[idea.id].name),
            description: say(STARTER_TEXT.ideas[idea.id].description),
            kind: idea.kind,
            priceMin: idea.priceMin ?? null,
            priceMax: idea.priceMax ?? null,
            targetAmount: idea.target ?? null,
          })),
      })),
    };
  }

  async add(registryId: string, userId: string, ideaIds: string[]): Promise<ItemImportDto> {
    const registry = await this.registries.findOwned(registryId, userId);
    const sameCurrency = registry.currency.trim() === STARTER_CURRENCY;
    // The gifts are the list's: in its language, whatever the couple's dashboard speaks.
    const items = ideaIds.map((id) => asItem(STARTER_IDEAS.get(id) as StarterIdea, sameCurrency, registry.language));
    const created = await this.imports.commit(registryId, userId, items);
    const rows = items.map((item, i) => ({
      row: i + 1,
      name: item.name,
      description: item.description ?? '',
      url: null,
      priceMin: item.priceMin ?? null,
      priceMax: item.priceMax ?? null,
      quantity: item.kind === 'gift' ? 1 : null,
      kind: item.kind ?? 'gift',
      targetAmount: item.targetAmount ?? null,
      category: item.category ?? null,
      priority: 'medium' as const,
      valid: true,
    }));
    return { rows, errors: [], created };
  }
}

type StarterKey =
  (typeof STARTER_TEXT)['lists'][StarterListId]['title' | 'description'] | (typeof STARTER_TEXT)['ideas'][StarterIdeaId]['name' | 'description'];

/** An idea as the items' create takes it, in a language: its list's title as category; prices only in the currency they were written in. */
function asItem(idea: StarterIdea, sameCurrency: boolean, language: Language): CreateItemDto {
  const say = (key: StarterKey) => translator().t(language, key);
  const text = STARTER_TEXT.ideas[idea.id];
  return {
    name: say(text.name),
    description: say(text.description),
    kind: idea.kind,
    category: say(STARTER_TEXT.lists[idea.list].title),
    ...(sameCurrency && idea.kind === 'gift' ? { priceMin: idea.priceMin ?? null, priceMax: idea.priceMax ?? null } : {}),
    ...(sameCurrency && idea.kind !== 'gift' && idea.target ? { targetAmount: idea.target } : {}),
  };
}
