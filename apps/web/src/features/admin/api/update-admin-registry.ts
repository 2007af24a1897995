import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateAdminRegistryInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const updateAdminRegistry = (registryId: string, body: UpdateAdminRegistryInput) =>
  unwrap(api.PATCH('/api/admin/registries/{registryId}', { params: { path: { registryId } }, body }));

/** Change the plan, suspend with a reason, lift; the lists and the audit log refetch afterwards. */
export function useUpdateAdminRegistry(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAdminRegistryInput) => updateAdminRegistry(registryId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin() }),
  });
}
