import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { uploadFile, useUploadProgress, type UploadOptions } from '@/lib/upload';

export const uploadItemImage = (registryId: string, itemId: string, file: Blob, options?: UploadOptions) =>
  uploadFile('/api/registries/{registryId}/items/{itemId}/image', { registryId, itemId }, file, options);

export const removeItemImage = (registryId: string, itemId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/items/{itemId}/image', { params: { path: { registryId, itemId } } }));

/**
 * Upload (a file) or remove (null) an item's photo; the answer is the item with its new image and etag. The item is
 * named per call, so a gift that was just created can have its photo sent as soon as it has an id. `progress` is the
 * fraction of the file sent (null before the first bytes are counted).
 */
export function useItemImage(registryId: string) {
  const queryClient = useQueryClient();
  const upload = useUploadProgress();
  const mutation = useMutation({
    mutationFn: ({ itemId, file }: { itemId: string; file: Blob | null }) =>
      file ? uploadItemImage(registryId, itemId, file, upload.start()) : removeItemImage(registryId, itemId),
    onSuccess: (item: Item) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items?.map((i) => (i.id === item.id ? item : i))),
  });
  // Only while a file goes up: a removal has no bytes to count.
  return { ...mutation, progress: mutation.isPending && mutation.variables.file ? upload.progress : null };
}
