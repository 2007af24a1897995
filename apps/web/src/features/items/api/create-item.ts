import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateItemInput, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const createItem = (registryId: string, body: CreateItemInput) =>
  unwrap(api.POST('/api/registries/{registryId}/items', { params: { path: { registryId } }, body }));

export function useCreateItem(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateItemInput) => createItem(registryId, body),
    // Added at the end of the list, as the API does.
    onSuccess: (item) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items && [...items, item]),
  });
}
