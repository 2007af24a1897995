import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const removeCustomDomain = (registryId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/custom-domain', { params: { path: { registryId } } }));

export function useRemoveCustomDomain(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeCustomDomain(registryId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customDomain(registryId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId), exact: true });
    },
  });
}
