import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CreatePledgeInput, type GiftList } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { withItem } from '@/lib/gift-list-cache';
import { queryKeys } from '@/lib/query-keys';

export interface CreatePledgeVariables {
  input: CreatePledgeInput;
  /** One per attempt: a retry after a lost answer returns the first pledge instead of making a second. */
  idempotencyKey?: string;
}

export const createPledge = (slug: string, { input, idempotencyKey }: CreatePledgeVariables) =>
  unwrap(
    api.POST('/api/public/registries/{slug}/pledges', {
      params: { path: { slug }, header: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined },
      body: input,
    }),
  );

/**
 * A guest chips in. No optimistic guess: the database decides whether the amount still fits, and the answer (or a 409)
 * carries what the gift's progress is now.
 */
export function useCreatePledge(slug: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.giftList(slug);
  return useMutation({
    mutationFn: (variables: CreatePledgeVariables) => createPledge(slug, variables),
    onSuccess: (created) => queryClient.setQueryData<GiftList>(key, (list) => list && withItem(list, created.item)),
    // Someone chipped in meanwhile, or the gift changed: read the list again (a cheap conditional GET).
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
