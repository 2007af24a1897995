import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type Item } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const fetchItemImage = (registryId: string, itemId: string, url: string) =>
  unwrap(api.PUT('/api/registries/{registryId}/items/{itemId}/image/from-url', { params: { path: { registryId, itemId } }, body: { url } }));

/** Puts a shop's product photo (a shop link's suggestion) on a gift: the server fetches it and treats it as an upload. */
export function useItemImageFromUrl(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, url }: { itemId: string; url: string }) => fetchItemImage(registryId, itemId, url),
    onSuccess: (item: Item) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items?.map((i) => (i.id === item.id ? item : i))),
  });
}
