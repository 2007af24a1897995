import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type SignupInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const signup = (body: SignupInput) => unwrap(api.POST('/api/auth/signup', { body }));

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signup,
    onSuccess: (user) => {
      queryClient.removeQueries({ queryKey: queryKeys.registries() });
      queryClient.setQueryData(queryKeys.me(), user);
    },
  });
}
