import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateAccessTokenInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** The answer carries the token itself, this once: it stays in the mutation's result and never enters the query cache. */
export const createAccessToken = (body: CreateAccessTokenInput) => unwrap(api.POST('/api/me/tokens', { body }));

export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccessToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessTokens(), exact: true }),
  });
}
