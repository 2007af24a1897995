import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { forgetRememberedGuest } from '@/lib/remembered-guest';
import { queryKeys } from '@/lib/query-keys';

export const forgetGuest = (token: string) => unwrap(api.DELETE('/api/public/guests/{token}', { params: { path: { token } } }));

/** "Forget me": erased on the server, and this browser forgets the name and e-mail it remembered too. */
export function useForgetGuest(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => forgetGuest(token),
    onSuccess: () => {
      forgetRememberedGuest();
      queryClient.removeQueries({ queryKey: queryKeys.guestPage(token) });
    },
  });
}
