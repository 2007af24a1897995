import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type GiftList } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { withItem } from '@/lib/gift-list-cache';
import { queryKeys } from '@/lib/query-keys';

export const undoPledge = (token: string) => unwrap(api.DELETE('/api/public/pledges/{token}', { params: { path: { token } } }));

/** Undoes with the token from the confirmation; when the guest is on the list, the gift's progress goes back at once. */
export function useUndoPledge(slug?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoPledge,
    onSuccess: ({ item }) => {
      if (slug) queryClient.setQueryData<GiftList>(queryKeys.giftList(slug), (list) => list && withItem(list, item));
    },
  });
}
