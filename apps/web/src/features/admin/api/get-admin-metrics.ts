import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getAdminMetrics = (from: string, to: string) => unwrap(api.GET('/api/admin/metrics', { params: { query: { from, to } } }));

/** The nightly daily metrics from `from` to `to` (UTC days, both included). */
export const adminMetricsQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: queryKeys.adminMetrics(from, to), queryFn: () => getAdminMetrics(from, to), staleTime: 5 * 60_000 });

export const useAdminMetrics = (from: string, to: string) => useQuery(adminMetricsQueryOptions(from, to));
