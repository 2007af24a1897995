import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { showGuestPage } from './guest-page-cache';

export const setGuestAddress = (token: string, address: string | null) =>
  unwrap(api.PUT('/api/public/guests/{token}/address', { params: { path: { token } }, body: { address } }));

/** Leaves, changes or (null) removes the address for the thank-you card. */
export function useSetGuestAddress(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (address: string | null) => setGuestAddress(token, address),
    onSuccess: (page) => showGuestPage(queryClient, token, page),
  });
}
