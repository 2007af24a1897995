import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@whispergifts/api-client';
import { api } from '@/lib/api';

type PaidPlan = 'standard' | 'premium';

/** Starts a Stripe Checkout for a plan above the current one; the answer is Stripe's payment page. */
export const startCheckout = (registryId: string, plan: PaidPlan) =>
  unwrap(api.POST('/api/registries/{registryId}/checkout', { params: { path: { registryId } }, body: { plan } }));

/** On success the browser leaves for Stripe; it comes back to the plan page, which reads `?checkout=`. */
export function useStartCheckout(registryId: string, leave: (url: string) => void = (url) => window.location.assign(url)) {
  return useMutation({
    mutationFn: (plan: PaidPlan) => startCheckout(registryId, plan),
    onSuccess: ({ url }) => leave(url),
  });
}
