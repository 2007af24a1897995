import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The signed-in couple's personal access tokens, newest first: names and hints only, never the secrets. */
export const getAccessTokens = () => unwrap(api.GET('/api/me/tokens'));

export const accessTokensQueryOptions = () => queryOptions({ queryKey: queryKeys.accessTokens(), queryFn: getAccessTokens });

export const useAccessTokens = () => useQuery(accessTokensQueryOptions());
