import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

export const confirmPasswordReset = (token: string, password: string) => unwrap(api.POST('/api/auth/password-reset/confirm', { body: { token, password } }));

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) => confirmPasswordReset(token, password),
    // The API ends every session of the account: nothing cached here belongs to anyone any more.
    onSuccess: () => queryClient.clear(),
  });
}
