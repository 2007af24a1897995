import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

export interface MarkPledgeReceivedVariables {
  pledgeId: string;
  receivedAmount: number;
  /** The pledge's etag as the couple saw it: if the partner marked it meanwhile, the API answers 412 instead of overwriting. */
  etag: string;
}

export const markPledgeReceived = (registryId: string, { pledgeId, receivedAmount, etag }: MarkPledgeReceivedVariables) =>
  unwrap(
    api.PATCH('/api/registries/{registryId}/pledges/{pledgeId}', {
      params: { path: { registryId, pledgeId } },
      body: { status: 'received', receivedAmount },
      headers: { 'If-Match': etag },
    }),
  );

/** The couple says the money arrived; the pledges (with their totals) and the items' progress are read again. */
export function useMarkPledgeReceived(registryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MarkPledgeReceivedVariables) => markPledgeReceived(registryId, variables),
    // On success the totals change; on 412 the list shows the saved version. Either way, read it again.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.pledges(registryId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.items(registryId) }),
      ]),
  });
}
