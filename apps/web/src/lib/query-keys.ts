/**
 * Query keys of every feature, in the shared layer so that one feature's mutation can update another feature's
 * cache (a reservation changes the gift list) without the features importing each other.
 */
export const queryKeys = {
  me: () => ['me'] as const,
  accessTokens: () => ['access-tokens'] as const,
  giftList: (slug: string) => ['gift-list', slug] as const,
  registrySearch: (q: string, date: string) => ['registry-search', q, date] as const,
  partnerInvitation: (token: string) => ['partner-invitation', token] as const,
  undoLink: (kind: 'reservation' | 'pledge', token: string) => ['undo-link', kind, token] as const,
  registries: () => ['registries'] as const,
  registry: (registryId: string) => ['registries', registryId] as const,
  items: (registryId: string) => ['registries', registryId, 'items'] as const,
  reservations: (registryId: string) => ['registries', registryId, 'reservations'] as const,
  shareInvitations: (registryId: string) => ['registries', registryId, 'share-invitations'] as const,
  pledges: (registryId: string) => ['registries', registryId, 'pledges'] as const,
  /** The tracker's pages (any filter) and its charts' summary: one prefix, so a mark invalidates both. */
  tracker: (registryId: string) => ['registries', registryId, 'tracker'] as const,
  guestPage: (token: string) => ['guest-page', token] as const,
  /** The admin area: one prefix, so an admin's change refreshes every admin list (and the audit log). */
  admin: () => ['admin'] as const,
  adminUsers: (q: string) => ['admin', 'users', q] as const,
  adminRegistries: (q: string) => ['admin', 'registries', q] as const,
  adminAudit: (targetId: string) => ['admin', 'audit', targetId] as const,
  adminMetrics: (from: string, to: string) => ['admin', 'metrics', from, to] as const,
  plans: () => ['plans'] as const,
  /** Every page of the admin area's orders: one prefix, so a refund refreshes them all. */
  adminOrders: () => ['admin', 'orders'] as const,
  orders: (status: string, offset: number) => ['admin', 'orders', status, offset] as const,
  customDomain: (registryId: string) => ['registries', registryId, 'custom-domain'] as const,
  guestCards: (registryId: string) => ['registries', registryId, 'guest-cards'] as const,
  linkHealth: (registryId: string) => ['registries', registryId, 'link-health'] as const,
};
