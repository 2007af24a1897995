import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type GiftList } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { withItem } from '../utils/gift-list-cache';

export const undoReservation = (token: string) => unwrap(api.DELETE('/api/public/reservations/{token}', { params: { path: { token } } }));

/** Undoes with the token from the confirmation; when the guest is on the list, the freed gift shows at once. */
export function useUndoReservation(slug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoReservation,
    onSuccess: ({ item }) => {
      if (slug) queryClient.setQueryData<GiftList>(queryKeys.giftList(slug), (list) => list && withItem(list, item));
    },
  });
}
