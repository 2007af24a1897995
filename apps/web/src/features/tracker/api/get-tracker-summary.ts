import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The charts' figures: reservations and pledges per day, wanted against reserved per category, each fund, the counts. */
export const getTrackerSummary = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/tracker/summary', { params: { path: { registryId } } }));

export const trackerSummaryQueryOptions = (registryId: string) =>
  queryOptions({ queryKey: [...queryKeys.tracker(registryId), 'summary'], queryFn: () => getTrackerSummary(registryId) });

export const useTrackerSummary = (registryId: string) => useQuery(trackerSummaryQueryOptions(registryId));
