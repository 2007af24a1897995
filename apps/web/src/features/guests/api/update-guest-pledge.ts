import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateGuestPledgeInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { showGuestPage } from './guest-page-cache';

export const updateGuestPledge = (token: string, pledgeId: string, input: UpdateGuestPledgeInput) =>
  unwrap(api.PATCH('/api/public/guests/{token}/pledges/{pledgeId}', { params: { path: { token, pledgeId } }, body: input }));

/** "I sent it" / "not yet", or a new amount. */
export function useUpdateGuestPledge(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pledgeId, input }: { pledgeId: string; input: UpdateGuestPledgeInput }) => updateGuestPledge(token, pledgeId, input),
    onSuccess: (page) => showGuestPage(queryClient, token, page),
  });
}
