import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type AccessToken } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Deletes the token: anything using it is refused from the next request on. */
export const revokeAccessToken = (tokenId: string) => unwrap(api.DELETE('/api/me/tokens/{tokenId}', { params: { path: { tokenId } } }));

export function useRevokeAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: AccessToken) => revokeAccessToken(token.id),
    // Also after a 404 (revoked meanwhile, e.g. in another tab): the list then shows what is left.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.accessTokens(), exact: true }),
  });
}
