import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Deletes the account (the password confirms it); the API ends every session, this one included. */
export const deleteAccount = (password: string) => unwrap(api.DELETE('/api/me', { body: { password } }));

/** Like logging out: `leave` runs first (navigate away), then every cached answer of the account is dropped. */
export function useDeleteAccount({ leave }: { leave?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      await leave?.();
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me(), null);
    },
  });
}
