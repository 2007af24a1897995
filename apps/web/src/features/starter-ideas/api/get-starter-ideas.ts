import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

/** The curated starter lists; they change only with a deploy, so one read per visit is enough. */
export const getStarterIdeas = () => unwrap(api.GET('/api/starter-ideas'));

export const starterIdeasQueryOptions = () => queryOptions({ queryKey: ['starter-ideas'] as const, queryFn: getStarterIdeas, staleTime: Infinity });

export const useStarterIdeas = (enabled = true) => useQuery({ ...starterIdeasQueryOptions(), enabled });
