import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After any tracker write: its pages and charts, and the pledges and reservations views (a pledge marked received
 * there is the same row), are read again. On 412 too, so the couple sees the saved version before trying again.
 */
export const invalidateTracker = (queryClient: QueryClient, registryId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.tracker(registryId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.pledges(registryId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.reservations(registryId) }),
  ]);
