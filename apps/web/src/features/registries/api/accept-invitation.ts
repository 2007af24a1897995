import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const acceptInvitation = (token: string) => unwrap(api.POST('/api/partner-invitations/{token}/accept', { params: { path: { token } } }));

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (registry) => {
      queryClient.setQueryData(queryKeys.registry(registry.id), registry);
      return queryClient.invalidateQueries({ queryKey: queryKeys.registries(), exact: true });
    },
  });
}
