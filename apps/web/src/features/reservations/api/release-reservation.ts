import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export const releaseReservation = (registryId: string, reservationId: string) =>
  unwrap(api.DELETE('/api/registries/{registryId}/reservations/{reservationId}', { params: { path: { registryId, reservationId } } }));

/** The couple releases a reservation; the reservations and the items' counts are read again (a cheap conditional GET). */
export function useReleaseReservation(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reservationId: string) => releaseReservation(registryId, reservationId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reservations(registryId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) }),
      ]),
  });
}
