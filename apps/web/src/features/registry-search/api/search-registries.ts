import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export interface RegistrySearchTerms {
  q: string;
  /** YYYY-MM-DD, or empty for any date. */
  date: string;
}

/** The API wants at least two characters; shorter terms are not sent at all. */
export const isSearchable = (terms: RegistrySearchTerms) => terms.q.trim().length >= 2;

export const searchRegistries = (terms: RegistrySearchTerms, cursor?: string) =>
  unwrap(
    api.GET('/api/public/registries', {
      params: { query: { q: terms.q.trim(), ...(terms.date ? { date: terms.date } : {}), ...(cursor ? { cursor } : {}) } },
    }),
  );

/** Public lists by the couple's names (and the date), a page at a time ("Show more" asks for the next). */
export const registrySearchQueryOptions = (terms: RegistrySearchTerms) =>
  infiniteQueryOptions({
    queryKey: queryKeys.registrySearch(terms.q.trim(), terms.date),
    queryFn: ({ pageParam }) => searchRegistries(terms, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: isSearchable(terms),
    // Results are not cached by the API (a list made unlisted must drop out): no refetch on every focus either.
    staleTime: 30_000,
  });

export const useRegistrySearch = (terms: RegistrySearchTerms) => useInfiniteQuery(registrySearchQueryOptions(terms));
