import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const getGuestPage = (token: string) => unwrap(api.GET('/api/public/guests/{token}', { params: { path: { token } } }));

export const guestPageQueryOptions = (token: string) => queryOptions({ queryKey: queryKeys.guestPage(token), queryFn: () => getGuestPage(token) });

/** The guest's reservations and pledges on one list, opened with the token from their e-mail. */
export const useGuestPage = (token: string, enabled = true) => useQuery({ ...guestPageQueryOptions(token), enabled });
