import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiProblem, unwrap, type Item, type UpdateItemInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateItemVariables {
  itemId: string;
  changes: UpdateItemInput;
  /** The item's etag as the couple saw it: a change by the partner in between gives 412, never a silent overwrite. */
  etag: string;
}

export const updateItem = (registryId: string, { itemId, changes, etag }: UpdateItemVariables) =>
  unwrap(api.PATCH('/api/registries/{registryId}/items/{itemId}', { params: { path: { registryId, itemId } }, body: changes, headers: { 'If-Match': etag } }));

export function useUpdateItem(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Someone else changed the item: show the saved version (the caller tells the person why).
    onError: (error) => {
      if (isApiProblem(error, 'precondition-failed')) void queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) });
    },
    mutationFn: (variables: UpdateItemVariables) => updateItem(registryId, variables),
    onSuccess: (item) => queryClient.setQueryData<Item[]>(queryKeys.items(registryId), (items) => items?.map((i) => (i.id === item.id ? item : i))),
  });
}
