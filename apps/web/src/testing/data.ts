import type {
  Plans,
  Order,
  AccessToken,
  GiftList,
  GiftListItem,
  Item,
  OwnerPledge,
  OwnerReservation,
  Registry,
  RegistrySummary,
  User,
} from '@whispergifts/api-client';

// Real-shaped answers, typed from the generated client: when the API's shapes change, these stop compiling.
let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export const aUser = (overrides: Partial<User> = {}): User => ({
  id: uuid(),
  email: 'ana@example.com',
  displayName: 'Ana',
  role: 'user',
  emailVerifiedAt: null,
  language: 'en',
  createdAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

export const anAccessToken = (overrides: Partial<AccessToken> = {}): AccessToken => ({
  id: uuid(),
  name: 'Wedding website',
  hint: 'x7Qa',
  scope: 'read',
  createdAt: '2026-11-01T10:00:00.000Z',
  expiresAt: '2099-01-30T10:00:00.000Z',
  lastUsedAt: null,
  ...overrides,
});

export const aGiftListItem = (overrides: Partial<GiftListItem> = {}): GiftListItem => ({
  id: uuid(),
  name: 'A toaster that cooks crumpets',
  description: '',
  url: null,
  priceMin: 4000,
  priceMax: 6000,
  quantity: 1,
  reserved: 0,
  remaining: 1,
  priority: 'medium',
  category: 'Kitchen',
  image: null,
  kind: 'gift',
  targetAmount: null,
  minContribution: null,
  suggestedAmounts: [],
  allowOverfunding: false,
  hideTotals: false,
  pledgedAmount: 0,
  remainingAmount: null,
  pledgeCount: 0,
  ...overrides,
});

export const aGiftList = (items: GiftListItem[] = [aGiftListItem()], registry: Partial<GiftList['registry']> = {}): GiftList => ({
  registry: {
    slug: 'ana-and-ben',
    title: 'Ana & Ben are getting married',
    coupleNames: 'Ana & Ben',
    eventDate: '2027-06-12',
    welcomeMessage: 'Your presence is the best gift.',
    headerImage: null,
    currency: 'EUR',
    theme: 'classic',
    language: 'en',
    giving: null,
    ...registry,
  },
  items,
  version: 7,
  updatedAt: '2026-11-20T12:00:00.000Z',
});

export const aRegistry = (overrides: Partial<Registry> = {}): Registry => {
  const id = overrides.id ?? uuid();
  return {
    id,
    slug: 'ana-and-ben',
    title: 'Ana & Ben are getting married',
    coupleNames: 'Ana & Ben',
    eventDate: '2027-06-12',
    welcomeMessage: '',
    headerImage: null,
    currency: 'EUR',
    visibility: 'public',
    surpriseMode: false,
    revealDate: null,
    guestsConfirmByEmail: false,
    timeZone: 'UTC',
    language: 'en',
    remindersEnabled: true,
    theme: 'classic',
    plan: 'free',
    customDomain: null,
    suspension: null,
    giving: null,
    guestDataRetentionDays: 365,
    guestDataErasedAt: null,
    version: 3,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T12:00:00.000Z',
    owners: [{ id: uuid(), displayName: 'Ana', email: 'ana@example.com', notify: 'each' }],
    guestUrl: 'http://localhost:3000/r/ana-and-ben',
    etag: `W/"1-${id}-3"`,
    ...overrides,
  };
};

export const aRegistrySummary = (registry: Registry): RegistrySummary => ({
  id: registry.id,
  slug: registry.slug,
  title: registry.title,
  coupleNames: registry.coupleNames,
  eventDate: registry.eventDate,
  visibility: registry.visibility,
  version: registry.version,
  updatedAt: registry.updatedAt,
});

export const anItem = (overrides: Partial<Item> = {}): Item => {
  const id = overrides.id ?? uuid();
  const version = overrides.version ?? 1;
  return {
    id,
    name: 'A toaster that cooks crumpets',
    description: '',
    url: null,
    priceMin: 4000,
    priceMax: 6000,
    quantity: 1,
    reserved: 0,
    remaining: 1,
    priority: 'medium',
    category: 'Kitchen',
    position: 0,
    image: null,
    archived: false,
    kind: 'gift',
    targetAmount: null,
    minContribution: null,
    suggestedAmounts: [],
    allowOverfunding: false,
    hideTotals: false,
    pledgedAmount: 0,
    remainingAmount: null,
    pledgeCount: 0,
    version,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T12:00:00.000Z',
    etag: `W/"1-${id}-${version}"`,
    ...overrides,
  };
};

export const anOwnerReservation = (overrides: Partial<OwnerReservation> = {}): OwnerReservation => ({
  id: uuid(),
  itemId: uuid(),
  itemName: 'A toaster that cooks crumpets',
  quantity: 1,
  status: 'active',
  heldUntil: null,
  createdAt: '2026-11-21T09:30:00.000Z',
  cancelledAt: null,
  guest: { name: 'Aunt May', email: 'may@example.com', message: 'Enjoy the crumpets!', address: null },
  ...overrides,
});

export const anOwnerPledge = (overrides: Partial<OwnerPledge> = {}): OwnerPledge => {
  return {
    id: uuid(),
    itemId: uuid(),
    itemName: 'Honeymoon in Lisbon',
    amount: 5000,
    currency: 'EUR',
    status: 'pledged',
    receivedAmount: null,
    reference: 'WG-7K3F',
    createdAt: '2026-11-21T09:30:00.000Z',
    receivedAt: null,
    cancelledAt: null,
    guest: { name: 'Aunt May', email: 'may@example.com', message: 'Have a lovely trip!', address: null },
    ...overrides,
  };
};

/** GET /api/plans as configured by default (Free 40 gifts, Standard €49, Premium €89). */
export const somePlans = (overrides: Partial<Plans> = {}): Plans => ({
  defaultPlan: 'free',
  paymentsEnabled: true,
  plans: [
    { id: 'free', name: 'Free', price: 0, currency: 'EUR', limits: { items: 40, themes: 2, customDomain: false, guestCards: false } },
    { id: 'standard', name: 'Standard', price: 4900, currency: 'EUR', limits: { items: 150, themes: null, customDomain: true, guestCards: false } },
    { id: 'premium', name: 'Premium', price: 8900, currency: 'EUR', limits: { items: null, themes: null, customDomain: true, guestCards: true } },
  ],
  ...overrides,
});

export const anOrder = (overrides: Partial<Order> = {}): Order => ({
  id: uuid(),
  registryId: uuid(),
  registrySlug: 'ana-and-ben',
  registryTitle: 'Ana & Ben',
  buyerEmail: 'ana@example.com',
  plan: 'standard',
  previousPlan: 'free',
  amount: 4900,
  currency: 'EUR',
  status: 'paid',
  createdAt: '2026-11-20T10:00:00.000Z',
  paidAt: '2026-11-20T10:01:00.000Z',
  refundRequestedAt: null,
  refundedAt: null,
  ...overrides,
});
