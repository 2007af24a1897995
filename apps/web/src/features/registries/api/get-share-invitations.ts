import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;

/** One page of the invitations the couple e-mailed, newest first. */
export const getShareInvitations = (registryId: string, cursor?: string) =>
  unwrap(api.GET('/api/registries/{registryId}/invitations', { params: { path: { registryId }, query: { limit: PAGE_SIZE, cursor } } }));

export const shareInvitationsQueryOptions = (registryId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.shareInvitations(registryId),
    queryFn: ({ pageParam }) => getShareInvitations(registryId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useShareInvitations = (registryId: string) => useInfiniteQuery(shareInvitationsQueryOptions(registryId));
