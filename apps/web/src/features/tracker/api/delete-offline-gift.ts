import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { invalidateTracker } from './invalidate';

export const deleteOfflineGift = (registryId: string, entryId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/tracker/{entryId}', { params: { path: { registryId, entryId } } }));

/** Removes a gift the couple added by hand (the API refuses for reservations and pledges: those are the guests'). */
export function useDeleteOfflineGift(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => deleteOfflineGift(registryId, entryId),
    onSettled: () => invalidateTracker(queryClient, registryId),
  });
}
