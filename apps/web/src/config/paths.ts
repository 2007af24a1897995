/** Every address the app links to, in one place, so a renamed route cannot leave a dead link behind. */
export const paths = {
  landing: () => '/',
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  signup: (next?: string) => (next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'),
  forgotPassword: () => '/forgot-password',
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  verifyEmail: (token: string) => `/verify-email/${encodeURIComponent(token)}`,
  giftList: (slug: string) => `/r/${encodeURIComponent(slug)}`,
  undoReservation: (token: string) => `/reservations/undo/${encodeURIComponent(token)}`,
  acceptInvitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  dashboard: () => '/dashboard',
  accessTokens: () => '/dashboard/access-tokens',
  registry: (registryId: string) => `/dashboard/registries/${registryId}`,
  registrySettings: (registryId: string) => `/dashboard/registries/${registryId}/settings`,
  registryReservations: (registryId: string) => `/dashboard/registries/${registryId}/reservations`,
  registryShare: (registryId: string) => `/dashboard/registries/${registryId}/share`,
} as const;
