import type { QueryClient } from '@tanstack/react-query';
import type { GuestPage } from '@whispergifts/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Every guest-page write answers with the page as it is now: show that, and let the gift list (if this browser has
 * it) ask again, since the counts moved (a cheap conditional GET).
 */
export function showGuestPage(queryClient: QueryClient, token: string, page: GuestPage): void {
  queryClient.setQueryData(queryKeys.guestPage(token), page);
  void queryClient.invalidateQueries({ queryKey: queryKeys.giftList(page.registry.slug) });
}
