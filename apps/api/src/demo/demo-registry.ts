import type { CreateItemDto } from '../items/dto/item-input.dto';
import type { CreateRegistryDto } from '../registries/dto/registry-input.dto';

/** The example list's address: the landing page links to it (apps/web/src/config/paths.ts, exampleList). */
export const DEMO_SLUG = 'example-ana-and-ben';
/** Its owner: an address no mail can reach (.invalid is reserved for that), with a password nobody knows. */
export const DEMO_OWNER_EMAIL = 'example-couple@whispergifts.invalid';

export const DEMO_LIST: CreateRegistryDto = {
  slug: DEMO_SLUG,
  title: 'Ana & Ben are getting married',
  coupleNames: 'Ana & Ben',
  eventDate: '2027-06-12',
  currency: 'EUR',
  welcomeMessage: 'This is an example list: have a look around. Reserving works, and nobody will post you a toaster.',
} as CreateRegistryDto;

export const DEMO_ITEMS: CreateItemDto[] = [
  {
    name: 'A toaster that cooks crumpets',
    description: 'Four slots, a crumpet setting, and a reheat button for the second cup of tea.',
    priceMin: 6500,
    priceMax: 9000,
    quantity: 1,
    category: 'Kitchen',
  },
  {
    name: 'Dinner plates',
    description: 'Plain white stoneware, so they go with everything we have already chipped.',
    priceMin: 1800,
    quantity: 8,
    category: 'Kitchen',
  },
  { name: 'Honeymoon fund', description: 'Two weeks of trains through the Alps. Every bit helps.', kind: 'fund', targetAmount: 200000, category: 'Travel' },
  {
    name: 'A proper road bike',
    description: 'Ben has been borrowing his brother’s for six years. Chip in together.',
    kind: 'group-gift',
    targetAmount: 120000,
    category: 'Outdoors',
  },
  { name: 'Linen bed sheets', description: 'Double, in any colour that is not beige.', priceMin: 9000, priceMax: 14000, quantity: 2, category: 'Home' },
  { name: 'A walnut tree for the garden', description: 'To plant on our first anniversary.', priceMin: 4000, quantity: 1, category: 'Garden' },
  { name: 'Cooking class for two', description: 'Anything but sushi: Ana has tried.', priceMin: 12000, quantity: 1, category: 'Experiences' },
  { name: 'Board games evening box', description: 'Surprise us!', quantity: null, category: 'Home' },
] as CreateItemDto[];
