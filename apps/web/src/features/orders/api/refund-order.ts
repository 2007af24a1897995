import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';
import { queryKeys } from '@/lib/query-keys';

/** Asks Stripe to refund an order in full; the order settles (and the plan goes down) when Stripe confirms. */
export const refundOrder = (orderId: string) => unwrap(api.POST('/api/admin/orders/{orderId}/refund', { params: { path: { orderId } } }));

export function useRefundOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refundOrder,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminOrders() }),
  });
}
