import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type User } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const verifyEmail = (token: string) => unwrap(api.POST('/api/auth/verify-email', { body: { token } }));

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyEmail,
    // If the verified account is the one signed in here, its banner goes away at once.
    onSuccess: ({ email, emailVerifiedAt }) =>
      queryClient.setQueryData<User | null>(queryKeys.me(), (me) => (me && me.email === email ? { ...me, emailVerifiedAt } : me)),
  });
}
