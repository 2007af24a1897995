import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { currentLanguage } from '@/lib/i18n';

/** The curated starter lists in a language; they change only with a deploy, so one read per visit and language is enough. */
export const getStarterIdeas = (language: string) => unwrap(api.GET('/api/starter-ideas', { headers: { 'accept-language': language } }));

export const starterIdeasQueryOptions = (language: string) =>
  queryOptions({ queryKey: ['starter-ideas', language] as const, queryFn: () => getStarterIdeas(language), staleTime: Infinity });

/** In the language the dashboard speaks now. */
export const useStarterIdeas = (enabled = true) => useQuery({ ...starterIdeasQueryOptions(currentLanguage()), enabled });
