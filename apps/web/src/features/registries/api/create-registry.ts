import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateRegistryInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const createRegistry = (body: CreateRegistryInput) => unwrap(api.POST('/api/registries', { body }));

export function useCreateRegistry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRegistry,
    onSuccess: (registry) => {
      queryClient.setQueryData(queryKeys.registry(registry.id), registry);
      return queryClient.invalidateQueries({ queryKey: queryKeys.registries(), exact: true });
    },
  });
}
