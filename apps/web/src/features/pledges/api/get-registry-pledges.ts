import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, type OwnerPledges } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;

/**
 * One page of the couple's pledges, newest first, with the totals per gift and for the list, and the list's ETag:
 * marking a pledge received sends it as If-Match, so a change by the partner in between gives 412, not a blind write.
 */
export async function getRegistryPledges(registryId: string, cursor?: string): Promise<OwnerPledges & { etag: string }> {
  const request = api.GET('/api/registries/{registryId}/pledges', { params: { path: { registryId }, query: { limit: PAGE_SIZE, cursor, status: 'all' } } });
  const [page, { response }] = await Promise.all([unwrap(request), request]);
  return { ...page, etag: response.headers.get('ETag') ?? '' };
}

export const registryPledgesQueryOptions = (registryId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.pledges(registryId),
    queryFn: ({ pageParam }) => getRegistryPledges(registryId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useRegistryPledges = (registryId: string) => useInfiniteQuery(registryPledgesQueryOptions(registryId));
