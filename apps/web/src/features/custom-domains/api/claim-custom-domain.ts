import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomDomain } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const claimCustomDomain = (registryId: string, domain: string) =>
  unwrap(api.PUT('/api/registries/{registryId}/custom-domain', { params: { path: { registryId } }, body: { domain } }));

/** Claims a domain: the answer holds the TXT and CNAME records to set. A new domain stops the old one routing. */
export function useClaimCustomDomain(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (domain: string) => claimCustomDomain(registryId, domain),
    onSuccess: (claimed: CustomDomain) => {
      queryClient.setQueryData(queryKeys.customDomain(registryId), claimed);
      void queryClient.invalidateQueries({ queryKey: queryKeys.registry(registryId), exact: true });
    },
  });
}
