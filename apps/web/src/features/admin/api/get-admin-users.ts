import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getAdminUsers = (q: string, cursor?: string) =>
  unwrap(api.GET('/api/admin/users', { params: { query: { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) } } }));

/** Accounts matching `q` (all when empty), newest first, a page at a time. */
export const adminUsersQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.adminUsers(q),
    queryFn: ({ pageParam }) => getAdminUsers(q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useAdminUsers = (q: string) => useInfiniteQuery(adminUsersQueryOptions(q));
