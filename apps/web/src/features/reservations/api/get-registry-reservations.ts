import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap, type operations } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;

type Status = NonNullable<NonNullable<operations['Reservations_list']['parameters']['query']>['status']>;

/** One page of the couple's reservations, newest first; `cursor` comes from the previous page. */
export const getRegistryReservations = (registryId: string, cursor?: string, limit = PAGE_SIZE, status: Status = 'active') =>
  unwrap(api.GET('/api/registries/{registryId}/reservations', { params: { path: { registryId }, query: { status, limit, cursor } } }));

/** Every reservation with its status (held, lapsed and cancelled ones too), for the overview. */
export const registryReservationsQueryOptions = (registryId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.reservations(registryId),
    queryFn: ({ pageParam }) => getRegistryReservations(registryId, pageParam, PAGE_SIZE, 'all'),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const useRegistryReservations = (registryId: string) => useInfiniteQuery(registryReservationsQueryOptions(registryId));
