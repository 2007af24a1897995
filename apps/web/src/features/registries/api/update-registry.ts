import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateRegistryInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateRegistryVariables {
  changes: UpdateRegistryInput;
  /** The etag of the version the couple edited: if someone changed it since, the API answers 412 instead of overwriting. */
  etag: string;
}

export const updateRegistry = (registryId: string, { changes, etag }: UpdateRegistryVariables) =>
  unwrap(api.PATCH('/api/registries/{registryId}', { params: { path: { registryId } }, body: changes, headers: { 'If-Match': etag } }));

export function useUpdateRegistry(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateRegistryVariables) => updateRegistry(registryId, variables),
    onSuccess: (registry) => {
      queryClient.setQueryData(queryKeys.registry(registryId), registry);
      return queryClient.invalidateQueries({ queryKey: queryKeys.registries(), exact: true });
    },
  });
}
