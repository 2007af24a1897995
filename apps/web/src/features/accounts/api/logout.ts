import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const logout = () => unwrap(api.POST('/api/auth/logout'));

/** `leave` runs and finishes first (e.g. navigate away), so a private page never re-renders for "nobody" and bounces to log in. */
export function useLogout({ leave }: { leave?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Drop every cached answer that belonged to the session, then say "nobody is signed in".
    onSuccess: async () => {
      await leave?.();
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me(), null);
    },
  });
}
