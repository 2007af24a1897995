import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { showGuestPage } from './guest-page-cache';

export const releaseGuestReservation = (token: string, reservationId: string) =>
  unwrap(api.DELETE('/api/public/guests/{token}/reservations/{reservationId}', { params: { path: { token, reservationId } } }));

/** Gives the gift back to the list. */
export function useReleaseGuestReservation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => releaseGuestReservation(token, reservationId),
    onSuccess: (page) => showGuestPage(queryClient, token, page),
  });
}
