import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;

/** One page of the couple's pledges, newest first, with the totals per gift and for the list. */
export const getRegistryPledges = (registryId: string, cursor?: string) =>
  unwrap(api.GET('/api/registries/{registryId}/pledges', { params: { path: { registryId }, query: { limit: PAGE_SIZE, cursor } } }));

export const registryPledgesQueryOptions = (registryId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.pledges(registryId),
    queryFn: ({ pageParam }) => getRegistryPledges(registryId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useRegistryPledges = (registryId: string) => useInfiniteQuery(registryPledgesQueryOptions(registryId));
