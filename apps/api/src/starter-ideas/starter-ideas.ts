import type { ItemKind } from '../items/item.entity';
import { STARTER_TEXT } from './starter-ideas.text';

export type StarterListId = keyof typeof STARTER_TEXT.lists;
export type StarterIdeaId = keyof typeof STARTER_TEXT.ideas;

/** The currency of the price hints; a registry in another currency adds the ideas without them. */
export const STARTER_CURRENCY = 'EUR';

interface StarterIdeaData {
  kind: ItemKind;
  /** Price hint in minor units of STARTER_CURRENCY (gifts), or a fund's suggested target. */
  priceMin?: number;
  priceMax?: number;
  target?: number;
}

/** The starter lists in the order they are offered; the words are in STARTER_TEXT, keyed alike. */
export const STARTER_LISTS: Record<StarterListId, Partial<Record<StarterIdeaId, StarterIdeaData>>> = {
  kitchen: {
    'kitchen.stand-mixer': { kind: 'gift', priceMin: 250_00, priceMax: 450_00 },
    'kitchen.knife-set': { kind: 'gift', priceMin: 80_00, priceMax: 200_00 },
    'kitchen.dutch-oven': { kind: 'gift', priceMin: 90_00, priceMax: 250_00 },
    'kitchen.espresso-machine': { kind: 'gift', priceMin: 200_00, priceMax: 600_00 },
    'kitchen.dinner-set': { kind: 'gift', priceMin: 100_00, priceMax: 250_00 },
    'kitchen.wine-glasses': { kind: 'gift', priceMin: 40_00, priceMax: 90_00 },
    'kitchen.toaster': { kind: 'gift', priceMin: 40_00, priceMax: 120_00 },
    'kitchen.cookbook': { kind: 'gift', priceMin: 20_00, priceMax: 40_00 },
    'kitchen.pans': { kind: 'gift', priceMin: 50_00, priceMax: 120_00 },
  },
  home: {
    'home.bed-linen': { kind: 'gift', priceMin: 60_00, priceMax: 150_00 },
    'home.towels': { kind: 'gift', priceMin: 40_00, priceMax: 100_00 },
    'home.reading-lamp': { kind: 'gift', priceMin: 50_00, priceMax: 180_00 },
    'home.throw-blanket': { kind: 'gift', priceMin: 40_00, priceMax: 120_00 },
    'home.plants': { kind: 'gift', priceMin: 20_00, priceMax: 60_00 },
    'home.vacuum': { kind: 'gift', priceMin: 150_00, priceMax: 400_00 },
    'home.picture-frames': { kind: 'gift', priceMin: 20_00, priceMax: 60_00 },
    'home.toolkit': { kind: 'gift', priceMin: 60_00, priceMax: 200_00 },
    'home.first-home-fund': { kind: 'fund' },
  },
  honeymoon: {
    'honeymoon.fund': { kind: 'fund', target: 3000_00 },
    'honeymoon.dinner': { kind: 'gift', priceMin: 80_00, priceMax: 150_00 },
    'honeymoon.excursion': { kind: 'gift', priceMin: 60_00, priceMax: 200_00 },
    'honeymoon.luggage': { kind: 'gift', priceMin: 150_00, priceMax: 400_00 },
    'honeymoon.camera': { kind: 'gift', priceMin: 200_00, priceMax: 500_00 },
    'honeymoon.spa': { kind: 'gift', priceMin: 100_00, priceMax: 200_00 },
    'honeymoon.upgrade': { kind: 'gift', priceMin: 100_00, priceMax: 300_00 },
    'honeymoon.guidebook': { kind: 'gift', priceMin: 15_00, priceMax: 40_00 },
  },
  experiences: {
    'experiences.concert': { kind: 'gift', priceMin: 60_00, priceMax: 200_00 },
    'experiences.cooking-class': { kind: 'gift', priceMin: 80_00, priceMax: 200_00 },
    'experiences.weekend-away': { kind: 'gift', priceMin: 200_00, priceMax: 500_00 },
    'experiences.dance-lessons': { kind: 'gift', priceMin: 80_00, priceMax: 200_00 },
    'experiences.theatre': { kind: 'gift', priceMin: 60_00, priceMax: 180_00 },
    'experiences.tasting': { kind: 'gift', priceMin: 40_00, priceMax: 120_00 },
    'experiences.balloon': { kind: 'gift', priceMin: 200_00, priceMax: 400_00 },
    'experiences.date-nights': { kind: 'fund' },
  },
};

export interface StarterIdea extends StarterIdeaData {
  id: StarterIdeaId;
  list: StarterListId;
}

export const STARTER_IDEAS: ReadonlyMap<string, StarterIdea> = new Map(
  Object.entries(STARTER_LISTS).flatMap(([list, ideas]) =>
    Object.entries(ideas).map(([id, data]) => [id, { id: id as StarterIdeaId, list: list as StarterListId, ...data }] as const),
  ),
);
