import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { showGuestPage } from './guest-page-cache';

export const releaseGuestPledge = (token: string, pledgeId: string) =>
  unwrap(api.DELETE('/api/public/guests/{token}/pledges/{pledgeId}', { params: { path: { token, pledgeId } } }));

/** Undoes a pledge that has not been received yet. */
export function useReleaseGuestPledge(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pledgeId: string) => releaseGuestPledge(token, pledgeId),
    onSuccess: (page) => showGuestPage(queryClient, token, page),
  });
}
