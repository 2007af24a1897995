import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fileUpload, unwrap, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const uploadItemImage = (registryId: string, itemId: string, file: Blob) =>
  unwrap(api.PUT('/api/registries/{registryId}/items/{itemId}/image', { params: { path: { registryId, itemId } }, body: fileUpload(file) }));

export const removeItemImage = (registryId: string, itemId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/items/{itemId}/image', { params: { path: { registryId, itemId } } }));

/**
 * Upload (a file) or remove (null) an item's photo; the answer is the item with its new image and etag. The item is
 * named per call, so a gift that was just created can have its photo sent as soon as it has an id.
 */
export function useItemImage(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, file }: { itemId: string; file: Blob | null }) =>
      file ? uploadItemImage(registryId, itemId, file) : removeItemImage(registryId, itemId),
    onSuccess: (item: Item) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items?.map((i) => (i.id === item.id ? item : i))),
  });
}
