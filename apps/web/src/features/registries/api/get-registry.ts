import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** One registry with its `etag`, which every change to it sends back as If-Match. */
export const getRegistry = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}', { params: { path: { registryId } } }));

export const registryQueryOptions = (registryId: string) => queryOptions({ queryKey: queryKeys.registry(registryId), queryFn: () => getRegistry(registryId) });

export const useRegistry = (registryId: string) => useQuery(registryQueryOptions(registryId));
