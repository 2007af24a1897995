import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getAdminRegistries = (q: string, cursor?: string) =>
  unwrap(api.GET('/api/admin/registries', { params: { query: { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } } }));

/** Registries matching `q` (all when empty), newest first, a page at a time. */
export const adminRegistriesQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.adminRegistries(q),
    queryFn: ({ pageParam }) => getAdminRegistries(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useAdminRegistries = (q: string) => useInfiniteQuery(adminRegistriesQueryOptions(q));
