import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getAdminAudit = (targetId: string, cursor?: string) =>
  unwrap(api.GET('/api/admin/audit', { params: { query: { ...(targetId ? { targetId } : {}), ...(cursor ? { cursor } : {}) } } }));

/** The audit log, newest first (only one account's or registry's entries when `targetId` is set). */
export const adminAuditQueryOptions = (targetId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.adminAudit(targetId),
    queryFn: ({ pageParam }) => getAdminAudit(targetId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useAdminAudit = (targetId: string) => useInfiniteQuery(adminAuditQueryOptions(targetId));
