import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Removes an owner of the registry: the co-owner, or yourself (leaving it). */
export const removeOwner = (registryId: string, userId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/owners/{userId}', { params: { path: { registryId, userId } } }));

export function useRemoveOwner(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; leaving: boolean }) => removeOwner(registryId, userId),
    onSuccess: (_, { leaving }) => {
      // Leaving: the registry is no longer ours to load. Removing the partner: load it again to show one owner.
      if (leaving) queryClient.removeQueries({ queryKey: queryKeys.registry(registryId) });
      else void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.registries(), exact: true });
    },
  });
}
