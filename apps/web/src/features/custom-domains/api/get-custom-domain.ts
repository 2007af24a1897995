import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The registry's custom domain: the DNS records to set and whether it is verified (status `none` when there is none). */
export const getCustomDomain = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/custom-domain', { params: { path: { registryId } } }));

export const customDomainQueryOptions = (registryId: string) =>
  queryOptions({ queryKey: queryKeys.customDomain(registryId), queryFn: () => getCustomDomain(registryId) });

export const useCustomDomain = (registryId: string, enabled = true) => useQuery({ ...customDomainQueryOptions(registryId), enabled });
