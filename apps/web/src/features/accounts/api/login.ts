import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type LoginInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const login = (body: LoginInput) => unwrap(api.POST('/api/auth/login', { body }));

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // A new session: whatever the previous visitor could see is not ours to show.
    onSuccess: (user) => {
      queryClient.removeQueries({ queryKey: queryKeys.registries() });
      queryClient.setQueryData(queryKeys.me(), user);
    },
  });
}
