import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const reorderItems = (registryId: string, itemIds: string[]) =>
  unwrap(api.PUT('/api/registries/{registryId}/items/order', { params: { path: { registryId } }, body: { itemIds } }));

/** Moves items at once on screen; the API's answer (the items in their new order, new etags) replaces the guess. */
export function useReorderItems(registryId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.items(registryId);
  return useMutation({
    mutationFn: (ordered: Item[]) =>
      reorderItems(
        registryId,
        ordered.map((item) => item.id),
      ),
    onMutate: async (ordered) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Item[]>(key);
      queryClient.setQueryData<Item[]>(key, ordered);
      return { previous };
    },
    onError: (_error, _ordered, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (items) => queryClient.setQueryData(key, items),
  });
}
