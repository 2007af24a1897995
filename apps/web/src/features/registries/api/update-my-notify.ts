import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type OwnerNotify } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Sets how the signed-in owner hears of new reservations and pledges on this registry (their own setting only). */
export const updateMyNotify = (registryId: string, notify: OwnerNotify) =>
  unwrap(api.PATCH('/api/registries/{registryId}/owners/me', { params: { path: { registryId } }, body: { notify } }));

export function useUpdateMyNotify(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notify: OwnerNotify) => updateMyNotify(registryId, notify),
    // The registry's version moved: load it again for the new etag (the settings form moves its base along).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId), exact: true }),
  });
}
