import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateOfflineGiftInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { invalidateTracker } from './invalidate';

export const createOfflineGift = (registryId: string, body: CreateOfflineGiftInput) =>
  unwrap(api.POST('/api/registries/{registryId}/tracker', { params: { path: { registryId } }, body }));

/** A gift given outside the list (a cheque at the party, grandma's quilt), so it gets its thank-you too. */
export function useCreateOfflineGift(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOfflineGiftInput) => createOfflineGift(registryId, body),
    onSuccess: () => invalidateTracker(queryClient, registryId),
  });
}
