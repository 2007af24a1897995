/** Every address the app links to, in one place, so a renamed route cannot leave a dead link behind. */
export const paths = {
  landing: () => '/',
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  signup: (next?: string) => (next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'),
  forgotPassword: () => '/forgot-password',
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  verifyEmail: (token: string) => `/verify-email/${encodeURIComponent(token)}`,
  giftList: (slug: string) => `/r/${encodeURIComponent(slug)}`,
  findCouple: (q?: string) => (q ? `/find?q=${encodeURIComponent(q)}` : '/find'),
  undoReservation: (token: string) => `/reservations/undo/${encodeURIComponent(token)}`,
  undoPledge: (token: string) => `/pledges/undo/${encodeURIComponent(token)}`,
  myGifts: (token: string) => `/my-gifts/${encodeURIComponent(token)}`,
  acceptInvitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  dashboard: () => '/dashboard',
  accessTokens: () => '/dashboard/access-tokens',
  account: () => '/dashboard/account',
  privacy: () => '/privacy',
  terms: () => '/terms',
  contact: () => '/contact',
  apiDocs: () => '/api/docs',
  /** The example list the API makes with DEMO_REGISTRY=true (apps/api/src/demo/demo-registry.ts). */
  exampleListSlug: 'example-ana-and-ben',
  registry: (registryId: string) => `/dashboard/registries/${registryId}`,
  registrySettings: (registryId: string) => `/dashboard/registries/${registryId}/settings`,
  registryReservations: (registryId: string) => `/dashboard/registries/${registryId}/reservations`,
  registryPledges: (registryId: string) => `/dashboard/registries/${registryId}/pledges`,
  registryTracker: (registryId: string) => `/dashboard/registries/${registryId}/tracker`,
  registryShare: (registryId: string) => `/dashboard/registries/${registryId}/share`,
  admin: () => '/admin',
  adminUsers: (q?: string) => (q ? `/admin/users?q=${encodeURIComponent(q)}` : '/admin/users'),
  adminRegistries: (q?: string) => (q ? `/admin/registries?q=${encodeURIComponent(q)}` : '/admin/registries'),
  adminAudit: (targetId?: string) => (targetId ? `/admin/audit?target=${encodeURIComponent(targetId)}` : '/admin/audit'),
  /** The payments stream's page (orders, refunds), inside the admin layout. */
  adminOrders: () => '/admin/orders',
  /** Bull Board, served by the API itself (not a page of this app). */
  adminQueues: () => '/api/admin/queues',
  registryPlan: (registryId: string) => `/dashboard/registries/${registryId}/plan`,
  /** Opens the add-gift form filled in from a shop link (the bookmarklet, the share sheet). */
  addFromLink: (registryId: string, link: string) => `/dashboard/registries/${registryId}?add=${encodeURIComponent(link)}`,
  /** Where the bookmarklet and the share sheet land: picks the list, then addFromLink. */
  addPage: () => '/dashboard/add',
} as const;
