import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/**
 * The whole gift list in one response. The API answers with an ETag and `max-age=0`, so every refetch (on window
 * focus, after a reservation) is a conditional request the browser makes for us and usually a 304.
 */
export const getGiftList = (slug: string) => unwrap(api.GET('/api/public/registries/{slug}', { params: { path: { slug } } }));

export const giftListQueryOptions = (slug: string) => queryOptions({ queryKey: queryKeys.giftList(slug), queryFn: () => getGiftList(slug) });

export const useGiftList = (slug: string) => useQuery(giftListQueryOptions(slug));
