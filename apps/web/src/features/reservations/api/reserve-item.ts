import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreateReservationInput, type GiftList } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';
import { freshItemFrom, withItem, withReserved } from '../utils/gift-list-cache';

export interface ReserveItemVariables {
  input: CreateReservationInput;
  /** One per attempt the guest makes: a retry after a lost answer returns the first reservation instead of a second. */
  idempotencyKey?: string;
}

export const reserveItem = (slug: string, { input, idempotencyKey }: ReserveItemVariables) =>
  unwrap(
    api.POST('/api/public/registries/{slug}/reservations', {
      params: { path: { slug }, header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined },
      body: input,
    }),
  );

/**
 * Reserves a gift and shows it reserved at once. If someone else was faster (409), the guess is rolled back and the
 * item shown as the 409 says it is now; the database, not the browser, decides who got it.
 */
export function useReserveItem(slug: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.giftList(slug);
  return useMutation({
    mutationFn: (variables: ReserveItemVariables) => reserveItem(slug, variables),
    onMutate: async ({ input }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<GiftList>(key);
      if (previous) queryClient.setQueryData<GiftList>(key, withReserved(previous, input.itemId, input.quantity ?? 1));
      return { previous };
    },
    onError: (error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData<GiftList>(key, context.previous);
      const fresh = freshItemFrom(error);
      if (fresh) queryClient.setQueryData<GiftList>(key, (list) => list && withItem(list, fresh));
      // Without a fresh item we do not know the state: ask again (a cheap conditional GET).
      else void queryClient.invalidateQueries({ queryKey: key });
    },
    // The answer holds the item as the database left it, with this reservation counted.
    onSuccess: (created) => queryClient.setQueryData<GiftList>(key, (list) => list && withItem(list, created.item)),
  });
}
