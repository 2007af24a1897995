import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiProblem, unwrap, type User } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The signed-in account, or null for a visitor (a 401 here is an answer, not an error). */
export async function getMe(): Promise<User | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (isApiProblem(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.me(), queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());
