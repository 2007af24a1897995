import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomDomain } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const verifyCustomDomain = (registryId: string) =>
  unwrap(api.POST('/api/registries/{registryId}/custom-domain/verify', { params: { path: { registryId } } }));

/** Asks the API to look the TXT record up now; the answer says verified, or why not yet. */
export function useVerifyCustomDomain(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => verifyCustomDomain(registryId),
    onSuccess: (checked: CustomDomain) => {
      queryClient.setQueryData(queryKeys.customDomain(registryId), checked);
      // The registry's customDomain (and its guest link) follows the verification.
      void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId), exact: true });
    },
  });
}
