import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, type TrackerPage, type TrackerStage } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;

/** What the couple narrowed the tracker to; empty strings mean "any". */
export interface TrackerFilters {
  stage: TrackerStage | '';
  category: string;
  guest: string;
  q: string;
}

export const noTrackerFilters: TrackerFilters = { stage: '', category: '', guest: '', q: '' };

/**
 * One page of the tracker, newest first, with the counts over the whole registry and the list's ETag: a mark sends
 * it as If-Match, so a change by the partner in between gives 412 rather than a blind write.
 */
export async function getTracker(registryId: string, filters: TrackerFilters, cursor?: string): Promise<TrackerPage & { etag: string }> {
  const query = {
    stage: filters.stage || undefined,
    category: filters.category || undefined,
    guest: filters.guest.trim() || undefined,
    q: filters.q.trim() || undefined,
    limit: PAGE_SIZE,
    cursor,
  };
  const request = api.GET('/api/registries/{registryId}/tracker', { params: { path: { registryId }, query } });
  const [page, { response }] = await Promise.all([unwrap(request), request]);
  return { ...page, etag: response.headers.get('ETag') ?? '' };
}

export const trackerQueryOptions = (registryId: string, filters: TrackerFilters) =>
  infiniteQueryOptions({
    queryKey: [...queryKeys.tracker(registryId), 'entries', filters],
    queryFn: ({ pageParam }) => getTracker(registryId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // While the couple types a search, the rows of the previous one stay on screen instead of a skeleton.
    placeholderData: (previous) => previous,
  });

export const useTracker = (registryId: string, filters: TrackerFilters) => useInfiniteQuery(trackerQueryOptions(registryId, filters));
