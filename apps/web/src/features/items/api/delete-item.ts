import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiProblem, unwrap, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const deleteItem = (registryId: string, item: Pick<Item, 'id' | 'etag'>) =>
  unwrap(api.DELETE('/api/registries/{registryId}/items/{itemId}', { params: { path: { registryId, itemId: item.id } }, headers: { 'If-Match': item.etag } }));

export function useDeleteItem(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Someone else changed the item: show the saved version (the caller tells the person why).
    onError: (error) => {
      if (isApiProblem(error, 'precondition-failed')) void queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) });
    },
    mutationFn: (item: Pick<Item, 'id' | 'etag'>) => deleteItem(registryId, item),
    onSuccess: (_, { id }) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items?.filter((i) => i.id !== id)),
  });
}
