import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const deleteRegistry = (registryId: string, etag: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}', { params: { path: { registryId } }, headers: { 'If-Match': etag } }));

export function useDeleteRegistry(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) => deleteRegistry(registryId, etag),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.registry(registryId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.registries(), exact: true });
    },
  });
}
