import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type UpdateGuestReservationInput } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { showGuestPage } from './guest-page-cache';

export const updateGuestReservation = (token: string, reservationId: string, input: UpdateGuestReservationInput) =>
  unwrap(api.PATCH('/api/public/guests/{token}/reservations/{reservationId}', { params: { path: { token, reservationId } }, body: input }));

/** "I bought it" / "not yet", or a new quantity. */
export function useUpdateGuestReservation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, input }: { reservationId: string; input: UpdateGuestReservationInput }) =>
      updateGuestReservation(token, reservationId, input),
    onSuccess: (page) => showGuestPage(queryClient, token, page),
  });
}
