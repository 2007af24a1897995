import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Takes a reserved gift off the list: archived (hidden from guests), its reservations released, each guest e-mailed. */
export const withdrawItem = (registryId: string, itemId: string) =>
  unwrap(api.POST('/api/registries/{registryId}/items/{itemId}/withdraw', { params: { path: { registryId, itemId } } }));

export function useWithdrawItem(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => withdrawItem(registryId, itemId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) }),
  });
}
