import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap, type GuestCards } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getGuestCards = (registryId: string) => unwrap(api.GET('/api/registries/{registryId}/guest-cards', { params: { path: { registryId } } }));

/** While the newest render is being drawn, ask again every second and a half; otherwise not at all. */
export const RENDER_POLL_MS = 1500;

export const guestCardsQueryOptions = (registryId: string) =>
  queryOptions({
    queryKey: queryKeys.guestCards(registryId),
    queryFn: () => getGuestCards(registryId),
    refetchInterval: (query) => ((query.state.data as GuestCards[] | undefined)?.[0]?.status === 'rendering' ? RENDER_POLL_MS : false),
  });

/** The latest renders, newest first. */
export const useGuestCards = (registryId: string, enabled = true) => useQuery({ ...guestCardsQueryOptions(registryId), enabled });
